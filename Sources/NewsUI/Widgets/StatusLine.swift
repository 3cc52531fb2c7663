/// The bottom row: where the reader is (article i/N, passage, position), the current entity,
/// the mode, and a message or key hints.
enum StatusLine {
    static func draw(_ state: ReaderState, in rect: Rect, articleLines: ArticleLines, top: Int, bodyHeight: Int,
                     frame: inout Frame) {
        let theme = state.theme
        frame.fill(rect, style: theme.status)
        let count = state.context.articleCount
        let passages = count == 0 ? 0 : state.context.summary(state.article).passageCount
        let total = max(articleLines.lines.count, 1)
        let percent = min(100, (top + bodyHeight) * 100 / total)
        // The passage as the commands number it (from 0: `show` prints `[12]`, `related 002:12`
        // takes it), then how many the article has: "¶12 of 40".
        var left = " \(state.article + 1)/\(count)  ¶\(state.passage) of \(passages)  \(percent)%"
        if let entity = state.currentEntity {
            let named = state.context.entities[entity]
            left += "  ◆ \(named.name) (\(named.type.rawValue))"
        }
        let mode = "[\(mode(state))] "
        func right(_ hints: [String]) -> String {
            let lead = state.message ?? hints.joined(separator: " ")
            return (lead.isEmpty ? "" : lead + "  ") + mode
        }
        // Hints only remind; the position and the entity are information. Hints go first, the
        // least useful (last) one at a time, and only then is the left part cut.
        var hints = state.message == nil ? hints(state) : []
        while !hints.isEmpty && TextWidth.of(left) + 1 + TextWidth.of(right(hints)) > rect.width { hints.removeLast() }
        frame.put(Fit.spread(left, right(hints), width: rect.width), x: rect.x, y: rect.y, style: theme.status,
                  clip: Frame.row(rect.x, rect.y, rect.width))
    }

    static func mode(_ state: ReaderState) -> String {
        var parts: [String] = []
        switch state.overlay {
        case .help?: parts.append("help")
        case .search?: parts.append("search")
        case .picker(let picker)?: parts.append(picker.adding ? "add entity" : "entity")
        case .results?: parts.append("passages")
        case nil: parts.append(state.showRaw ? "raw" : "clean")
        }
        if state.filtering { parts.append("filter") }
        if let query = state.query { parts.append("/" + query.text) }
        return parts.joined(separator: " ")
    }

    /// Key hints for the current mode, most useful first (the first to stay when room runs out).
    static func hints(_ state: ReaderState) -> [String] {
        func key(_ action: Action) -> String { state.keymap.keys(for: action).first.map(KeyName.name) ?? "-" }
        switch state.overlay {
        case .search?, .picker?: return ["Enter:open", "↑↓:select", "Esc:close"]
        case .results?, .help?: return ["Enter:open", "Esc:close"]
        case nil:
            return ["\(key(.help)):help", "\(key(.focusNext)):pane", "\(key(.nextMention)):mention", "\(key(.open)):related",
                    "\(key(.search)):search", "\(key(.pickEntity)):entity", "\(key(.quit)):quit"]
        }
    }
}
