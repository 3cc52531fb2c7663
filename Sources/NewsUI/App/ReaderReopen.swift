import NewsCore

/// Moving an open reader onto a refreshed index: the files under it changed while it was open.
extension ReaderState {
    /// This reader on `index`, where article numbers and entity ids may differ: everything is
    /// carried across by article path and entity name. Read marks, bookmarks, saved positions,
    /// the open article and cursor, the panes, the chosen entities and the filter survive; the
    /// back/forward history does not (it names places by number in the old index), and an
    /// article that is gone leaves the cursor on the first article.
    public func reopened(with index: NewsIndex, notice: String) -> ReaderState {
        var saved = SavedReading(read: Set(read.map(articlePath)), bookmarks: Set(bookmarks.map(articlePath)))
        for (article, position) in positions { saved.positions[articlePath(article)] = position }
        if context.articleCount > 0 {
            let path = articlePath(article)
            saved.positions[path] = ReadingPosition(passage: passage, offset: offset)
            saved.lastOpened = path
        }
        var next = ReaderState(index: index, options: ReaderOptions(
            colorDepth: theme.depth, keymap: keymap, saved: saved, notice: notice, width: width, height: height,
            relatedInBackground: context.related.inBackground))
        next.focus = focus
        next.side = side
        next.showRaw = showRaw
        let names = chosen.map { context.entities[$0].name }
        next.chosen = names.compactMap(index.library.entities.id(named:))
        if filtering && !next.chosen.isEmpty { next.setFilter(true) }
        next.message = notice
        return next
    }

    /// This reader with `message` on its status line: news from work done off the reader's
    /// thread (a refresh that failed).
    public func noticed(_ message: String) -> ReaderState {
        var next = self
        next.message = message
        return next
    }
}
