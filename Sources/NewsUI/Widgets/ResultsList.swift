import NewsCore

/// After choosing entities: every passage mentioning all of them, by article; Enter jumps there,
/// `+` narrows with another entity, `f` filters the article list.
enum ResultsList {
    static func draw(_ state: ReaderState, results: ResultsState, frame: inout Frame) {
        let theme = state.theme
        let entities = state.context.entities
        let names = results.entities.map { entities[$0].name }.joined(separator: " + ")
        let inner = OverlayBox.draw(title: "Passages mentioning \(names)", width: 96, height: frame.height - 4,
                                    on: &frame, theme: theme)
        let articles = Set(results.passages.map(\.article)).count
        frame.put(counted(results.passages.count, "passage") + " in " + counted(articles, "article") + " — Enter opens, + narrows, f filters the list",
                  x: inner.x, y: inner.y, style: theme.faint, clip: Frame.row(inner.x, inner.y, inner.width))
        let list = Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: inner.height - 2)
        PassageList.draw(state, passages: results.passages, selection: results.selection, in: list, frame: &frame,
                         highlights: { _, id in
                             state.context.mentions(id.article, id.passage).compactMap { mention in
                                 guard let rank = results.entities.firstIndex(where: { state.context.mention(mention, isOf: $0) }) else { return nil }
                                 return StyledSpan(mention.range, style: theme.mention(entities[mention.entity], current: false, chosenRank: rank))
                             }
                         },
                         focus: { _, id in
                             state.context.mentions(id.article, id.passage).first { mention in
                                 results.entities.contains { state.context.mention(mention, isOf: $0) }
                             }?.range
                         })
    }
}
