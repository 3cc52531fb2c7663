import NewsCore

/// Saved reading state (by article path) turned into the reader's article indices for this
/// corpus, one `articleIndex(path:)` per saved path; paths no longer in the corpus are dropped.
/// No article is loaded here: a saved position is fitted to its article (`fitted(to:)`) when the
/// article opens, since a long-used state file holds positions in thousands of articles.
struct ReadingSeed: Sendable, Hashable {
    var read: Set<Int> = []
    var bookmarks: Set<Int> = []
    var positions: [Int: ReadingPosition] = [:]
    var lastOpened: Int?

    init(_ saved: SavedReading, library: any ArticleLibrary) {
        guard saved != .empty else { return }
        read = Set(saved.read.compactMap(library.articleIndex(path:)))
        bookmarks = Set(saved.bookmarks.compactMap(library.articleIndex(path:)))
        for (path, position) in saved.positions {
            if let index = library.articleIndex(path: path) { positions[index] = position }
        }
        lastOpened = saved.lastOpened.flatMap(library.articleIndex(path:))
    }
}

extension ReadingPosition {
    /// The position in an article that may have changed since it was saved: past its last
    /// passage it is pulled back onto the start of that passage, past a passage's end onto the
    /// end. Nil for an article with no passages.
    func fitted(to passages: [Passage]) -> ReadingPosition? {
        guard !passages.isEmpty else { return nil }
        let fitted = min(max(passage, 0), passages.count - 1)
        let offset = fitted == passage ? min(max(offset, 0), passages[fitted].text.utf8.count) : 0
        return ReadingPosition(passage: fitted, offset: offset)
    }
}
