import NewsCore

/// Passages grouped under their article's title, as the search prompt and the entity results
/// list them; only passage rows can be selected.
enum PassageList {
    enum Row { case article(Int, count: Int), passage(item: Int, PassageID) }

    static func rows(_ passages: [PassageID]) -> [Row] {
        var rows: [Row] = []
        var index = 0
        while index < passages.count {
            let article = passages[index].article
            var end = index
            while end < passages.count && passages[end].article == article { end += 1 }
            rows.append(.article(article, count: end - index))
            for item in index..<end { rows.append(.passage(item: item, passages[item])) }
            index = end
        }
        return rows
    }

    /// Draws the rows around the selection; `highlights(item)` gives the byte ranges to mark and
    /// the range a snippet should centre on.
    static func draw(_ state: ReaderState, passages: [PassageID], selection: Int, in area: Rect, frame: inout Frame,
                     highlights: (Int, PassageID) -> [StyledSpan], focus: (Int, PassageID) -> Range<Int>?) {
        let theme = state.theme
        let rows = rows(passages)
        // Rows are built for the whole list, but only those in view are drawn; a window of rows
        // around the selection keeps long lists (thousands of passages) cheap.
        let selectedRow = rows.firstIndex { if case .passage(let item, _) = $0 { item == selection } else { false } } ?? 0
        let top = OverlayBox.follow(selectedRow, height: area.height)
        for slot in 0..<area.height {
            let number = top + slot
            guard number < rows.count else { break }
            let y = area.y + slot
            let clip = Frame.row(area.x, y, area.width)
            switch rows[number] {
            case .article(let article, let count):
                let summary = state.context.summary(article)
                let source = summary.source.map { " · " + $0 } ?? ""
                let title = summary.title
                frame.put(Fit.truncate(title + source + " (\(count))", to: area.width), x: area.x, y: y, style: theme.title, clip: clip)
            case .passage(let item, let id):
                let text = state.context.passage(id).text
                let snippet = Snippet(text, around: focus(item, id), width: area.width - 6)
                var style = theme.text
                if item == selection {
                    style.reverse = true
                    frame.fill(clip, style: style)
                }
                let label = "¶\(id.passage)".padding(toLength: 5) + " "
                let used = frame.put(label, x: area.x, y: y, style: item == selection ? style : theme.faint, clip: clip)
                frame.putStyled(snippet.text, base: snippet.base, spans: highlights(item, id), style: style,
                                x: area.x + used, y: y, clip: clip)
            }
        }
    }
}
