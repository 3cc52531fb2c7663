/// The Articles pane: two rows per article — marks and title, then source and entity count.
/// `▶` marks the open article, `•` an unread one, `*` a bookmark; the list cursor is reversed.
/// Only the rows in view are asked of the library.
enum ArticleList {
    static func draw(_ state: ReaderState, in rect: Rect, focused: Bool, frame: inout Frame) {
        let theme = state.theme
        let detail = state.filtering ? "\(state.listRows.count) of \(state.context.articleCount)" : "\(state.listRows.count)"
        PaneTitle.draw("Articles", detail: detail, focused: focused, in: rect, frame: &frame, theme: theme)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let visible = max(body.height / 2, 1)
        var top = min(state.listTop, max(state.listRows.count - visible, 0))
        if state.listSelection < top { top = state.listSelection }
        if state.listSelection >= top + visible { top = state.listSelection - visible + 1 }
        if state.listRows.isEmpty {
            frame.put(" No article mentions every chosen entity", x: body.x, y: body.y, style: theme.faint, clip: body)
            return
        }
        for slot in 0..<visible {
            let row = top + slot
            guard row < state.listRows.count else { break }
            let index = state.listRows[row]
            let article = state.context.summary(index)
            let y = body.y + slot * 2
            let open = index == state.article
            let marks = (open ? "▶" : " ") + (state.read.contains(index) ? " " : "•") + (state.bookmarks.contains(index) ? "*" : " ") + " "
            var titleStyle = open ? theme.title : (state.read.contains(index) ? theme.text : theme.unread)
            var infoStyle = theme.faint
            let selected = focused && row == state.listSelection
            if selected {
                titleStyle.reverse = true
                infoStyle.reverse = true
                frame.fill(Rect(x: body.x, y: y, width: body.width, height: min(2, body.maxY - y)), style: titleStyle)
            }
            let line = Frame.row(body.x, y, body.width)
            let used = frame.put(marks, x: body.x, y: y, style: titleStyle, clip: line)
            frame.put(Fit.truncate(article.title, to: body.width - used), x: body.x + used, y: y, style: titleStyle, clip: line)
            // No outlet named: just the count, rather than the same "unknown" on every row.
            let entities = counted(article.entityCount, "entity", plural: "entities")
            let info = article.source.map { "\($0) · \(entities)" } ?? entities
            if y + 1 < body.maxY {
                frame.put("    " + Fit.truncate(info, to: body.width - 4), x: body.x, y: y + 1, style: infoStyle,
                          clip: Frame.row(body.x, y + 1, body.width))
            }
        }
    }
}
