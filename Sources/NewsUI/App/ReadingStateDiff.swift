import NewsCore

/// The reading changes a state holds over an earlier one, by article path: what the state store
/// writes after each event. Pure; empty when nothing a later session would see has changed.
extension ReaderState {
    /// What changed from `old` (the state before an `update`) to this one.
    public func readingChanges(since old: ReaderState) -> [ReadingChange] {
        var changes: [ReadingChange] = []
        if read != old.read {
            changes += read.subtracting(old.read).sorted().map { .read(path: articlePath($0), true) }
            changes += old.read.subtracting(read).sorted().map { .read(path: articlePath($0), false) }
        }
        if bookmarks != old.bookmarks {
            changes += bookmarks.subtracting(old.bookmarks).sorted().map { .bookmark(path: articlePath($0), true) }
            changes += old.bookmarks.subtracting(bookmarks).sorted().map { .bookmark(path: articlePath($0), false) }
        }
        guard context.articleCount > 0 else { return changes }
        let path = articlePath(article)
        if article != old.article { changes.append(.opened(path: path)) }
        if article != old.article || passage != old.passage { changes.append(.visited(path: path, passage: passage)) }
        if article != old.article || passage != old.passage || offset != old.offset {
            changes.append(.position(path: path, ReadingPosition(passage: passage, offset: offset)))
        }
        return changes
    }

    /// What this state, just built from `saved`, adds to it: the article open now is opened
    /// (and so read) and visited, and its position is written when it differs from the saved one.
    /// Only articles the seed did not bring are looked up: the rest came from `saved`.
    public func readingChanges(since saved: SavedReading) -> [ReadingChange] {
        var changes: [ReadingChange] = []
        let read = self.read.subtracting(seed.read).sorted().map(articlePath)
        let bookmarks = self.bookmarks.subtracting(seed.bookmarks).sorted().map(articlePath)
        changes += read.filter { !saved.read.contains($0) }.map { .read(path: $0, true) }
        changes += bookmarks.filter { !saved.bookmarks.contains($0) }.map { .bookmark(path: $0, true) }
        guard context.articleCount > 0 else { return changes }
        let path = articlePath(article)
        let position = ReadingPosition(passage: passage, offset: offset)
        changes.append(.opened(path: path))
        changes.append(.visited(path: path, passage: passage))
        if saved.positions[path] != position { changes.append(.position(path: path, position)) }
        return changes
    }

    func articlePath(_ article: Int) -> String { context.summary(article).path }
}
