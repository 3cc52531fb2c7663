import NewsCore

/// Saved reading state (by article path) turned into the reader's article indices for this
/// corpus. Paths no longer in the corpus are dropped; a saved position past the end of a
/// changed article is pulled back onto its last passage.
struct ReadingSeed: Sendable, Hashable {
    var read: Set<Int> = []
    var bookmarks: Set<Int> = []
    var positions: [Int: ReadingPosition] = [:]
    var lastOpened: Int?

    init(_ saved: SavedReading, articles: [Article]) {
        guard saved != .empty else { return }
        var indexByPath: [String: Int] = [:]
        for (index, article) in articles.enumerated() { indexByPath[article.path] = index }
        read = Set(saved.read.compactMap { indexByPath[$0] })
        bookmarks = Set(saved.bookmarks.compactMap { indexByPath[$0] })
        for (path, position) in saved.positions {
            guard let index = indexByPath[path] else { continue }
            let passages = articles[index].passages
            guard !passages.isEmpty else { continue }
            let passage = min(max(position.passage, 0), passages.count - 1)
            let offset = passage == position.passage ? min(max(position.offset, 0), passages[passage].text.utf8.count) : 0
            positions[index] = ReadingPosition(passage: passage, offset: offset)
        }
        lastOpened = saved.lastOpened.flatMap { indexByPath[$0] }
    }
}
