import NewsCore

/// `/`: the query line (the terminal cursor rests at its end), a count or the reason the query
/// cannot run, and the matching passages by article, refreshed as the reader types.
enum SearchPrompt {
    static func draw(_ state: ReaderState, prompt: SearchPromptState, frame: inout Frame) {
        let theme = state.theme
        let inner = OverlayBox.draw(title: "Search — words, \"phrases\", @entity", width: 96, height: frame.height - 4,
                                    on: &frame, theme: theme)
        let used = frame.put("/" + prompt.text, x: inner.x, y: inner.y, style: theme.heading, clip: inner)
        frame.cursor = (min(inner.x + used, inner.maxX - 1), inner.y)
        let info: String
        if let error = prompt.error {
            info = error
        } else if prompt.text.isEmpty {
            info = "Type to search; Enter opens the selected passage"
        } else {
            info = counted(prompt.totalPassages, "passage") + (prompt.totalPassages == 1 ? " matches" : " match")
        }
        frame.put(info, x: inner.x, y: inner.y + 1, style: prompt.error == nil ? theme.faint : theme.message,
                  clip: Frame.row(inner.x, inner.y + 1, inner.width))
        let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        let hits = prompt.hits
        PassageList.draw(state, passages: hits.map(\.passage), selection: prompt.selection, in: list, frame: &frame,
                         highlights: { item, _ in
                             hits[item].highlights.map { range in
                                 let match = theme.searchMatch
                                 return StyledSpan(range) { style in
                                     style.foreground = match.foreground
                                     style.background = match.background
                                     style.reverse = match.reverse != style.reverse
                                 }
                             }
                         },
                         focus: { item, _ in hits[item].highlights.first })
    }
}
