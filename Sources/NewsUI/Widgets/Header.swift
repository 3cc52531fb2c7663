/// The top row: corpus name and counts on the left, the chosen entities (each in its own style)
/// and the filter on the right. The counts are the library's, known without reading articles.
enum Header {
    static func draw(_ state: ReaderState, in rect: Rect, frame: inout Frame) {
        let theme = state.theme
        frame.fill(rect, style: theme.header)
        let library = state.context.library
        let entities = counted(state.context.library.mentionedEntityCount, "entity", plural: "entities")
        let left = " newsreader · \(library.name) · \(counted(state.context.articleCount, "article")) · \(entities) · \(state.read.count) read"
        var right: [(String, Style)] = []
        for (rank, entity) in state.chosen.enumerated() {
            var style = theme.entityName(state.context.entities[entity], chosenRank: rank)
            if style.background == .default { style.background = theme.header.background }
            right.append(("@" + state.context.entities[entity].name, style))
            right.append((" ", theme.header))
        }
        if state.filtering { right.append(("[filter] ", theme.header)) }
        let rightWidth = right.reduce(0) { $0 + TextWidth.of($1.0) }
        let clip = Frame.row(rect.x, rect.y, rect.width)
        frame.put(Fit.truncate(left, to: max(rect.width - rightWidth - 1, 0)), x: rect.x, y: rect.y, style: theme.header, clip: clip)
        var x = max(rect.maxX - rightWidth, rect.x)
        for (text, style) in right { x += frame.put(text, x: x, y: rect.y, style: style, clip: clip) }
    }
}
