import NewsCore

/// The Article pane: the open article reflowed to the pane, mentions coloured by entity, the
/// current passage marked by a bar in the left margin (`›` on the cursor line), headings bold,
/// list items bulleted, set-aside chrome and repeats dimmed, and on the right edge a strip
/// showing where the current entity occurs (`■`) and which part is in view (`┃`); the raw
/// view, which is not tagged, has no strip.
enum ArticleView {
    /// The first line shown: the stored scroll, moved only as far as needed to show the cursor
    /// at this size.
    static func top(_ state: ReaderState, lines: ArticleLines, height: Int) -> Int {
        let maxTop = max(lines.lines.count - height, 0)
        if state.showRaw { return min(max(state.rawTop, 0), maxTop) }
        var top = min(max(state.articleTop, 0), maxTop)
        let cursor = state.cursorLine(in: lines)
        if cursor < top { top = cursor }
        if cursor >= top + height { top = cursor - height + 1 }
        return top
    }

    static func draw(_ state: ReaderState, in rect: Rect, focused: Bool, lines: ArticleLines, frame: inout Frame) {
        let theme = state.theme
        let article = state.context.article(state.article)
        let detail = (state.showRaw ? "raw · " : "") + counted(state.context.summary(state.article).wordCount, "word")
        PaneTitle.draw("Article", detail: detail, focused: focused, in: rect, frame: &frame, theme: theme)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let top = top(state, lines: lines, height: body.height)
        let textX = body.x + 2
        let textWidth = max(body.width - 4, 1)
        let cursorLine = state.showRaw ? -1 : state.cursorLine(in: lines)
        for row in 0..<body.height {
            let number = top + row
            guard number < lines.lines.count else { break }
            let line = lines.lines[number]
            let y = body.y + row
            let clip = Frame.row(textX, y, textWidth)
            switch line.role {
            case .title:
                frame.put(line.text, x: textX, y: y, style: theme.title, clip: clip)
            case .source, .notice:
                frame.put(line.text, x: textX, y: y, style: theme.faint, clip: clip)
            case .blank:
                break
            case .raw:
                frame.put(line.text, x: textX, y: y, style: theme.text, clip: clip)
            case .passage(let index, let range):
                if index == state.passage {
                    frame.put("▌", x: body.x, y: y, style: theme.passageBar)
                    if number == cursorLine { frame.put("›", x: body.x + 1, y: y, style: theme.passageBar) }
                }
                let passage = article.passages[index]
                let style: Style = switch passage.kind {
                case .heading: theme.heading
                case .chrome, .repeat: theme.setAside
                case .body, .listItem: theme.text
                }
                var x = textX
                if !line.prefix.isEmpty { x += frame.put(line.prefix, x: x, y: y, style: style, clip: clip) }
                frame.putStyled(line.text, base: range.lowerBound, spans: spans(state, passage: index),
                                style: style, x: x, y: y, clip: clip)
            }
        }
        // The raw view has no mentions to mark; its position is in the status line's percentage.
        if !state.showRaw { drawStrip(state, lines: lines, top: top, body: body, frame: &frame) }
    }

    /// Mention, search-match and cursor highlights for one passage of the open article.
    static func spans(_ state: ReaderState, passage: Int) -> [StyledSpan] {
        let theme = state.theme
        let entities = state.context.entities
        var spans: [StyledSpan] = []
        for (index, mention) in state.context.mentions(state.article, passage).enumerated() {
            let entity = entities[mention.entity]
            let current = state.currentEntity.map { state.context.mention(mention, isOf: $0) } ?? false
            let rank = state.chosen.firstIndex { state.context.mention(mention, isOf: $0) }
            var style = theme.mention(entity, current: current, chosenRank: rank)
            if passage == state.passage && index == state.mention { style.reverse = true }
            spans.append(StyledSpan(mention.range, style: style))
        }
        if let hits = state.query?.hits[state.article] {
            for hit in hits where hit.passage.passage == passage {
                for range in hit.highlights {
                    let match = theme.searchMatch
                    spans.append(StyledSpan(range) { style in
                        style.foreground = match.foreground
                        style.background = match.background
                        if match.reverse { style.reverse = true }
                    })
                }
            }
        }
        return spans
    }

    /// One column at the pane's right edge, scaled to the body height.
    static func drawStrip(_ state: ReaderState, lines: ArticleLines, top: Int, body: Rect, frame: inout Frame) {
        let theme = state.theme
        let x = body.maxX - 1
        let height = body.height
        // A long article is scaled to the pane; a short one maps line for row.
        let total = max(lines.lines.count, height, 1)
        func row(_ line: Int) -> Int { min(line * height / total, height - 1) }
        let bottom = min(top + height, total)
        let thumb = row(top)...max(row(top), min((bottom * height + total - 1) / total - 1, height - 1))
        for r in thumb { frame.put("┃", x: x, y: body.y + r, style: theme.faint) }
        guard let entity = state.currentEntity else { return }
        let style = theme.entityName(state.context.entities[entity])
        for passage in state.context.article(state.article).passages.indices {
            for mention in state.context.mentions(state.article, passage) where state.context.mention(mention, isOf: entity) {
                let line = lines.line(passage: passage, offset: mention.range.lowerBound)
                frame.put("■", x: x, y: body.y + row(line), style: style)
            }
        }
    }
}
