import Foundation
import NewsCore

/// The Related pane: for the passage under the cursor, each entity's group (header in the
/// entity's colour), then per linked passage its score and article title, a snippet around the
/// mention, and why it was linked. The selected passage is reversed and barred.
enum RelatedView {
    static func top(_ state: ReaderState, rows: [RelatedRow], height: Int) -> Int {
        var top = min(max(state.related.top, 0), max(rows.count - 1, 0))
        if let first = rows.firstIndex(where: { $0.item == state.related.selection }) {
            if first < top { top = first }
            if first + 3 > top + height { top = max(first + 3 - height, 0) }
        }
        return top
    }

    /// Why the cursor's passage has nothing related. A passage naming no entity has nothing to
    /// link by, which is not the same as entities that no other article mentions.
    static func emptyReason(_ state: ReaderState) -> String {
        let passages = state.context.article(state.article).passages
        if state.passage < passages.count && !passages[state.passage].kind.isContent { return "Set-aside text is not linked" }
        if state.context.mentions(state.article, state.passage).isEmpty { return "This passage names no entities" }
        return "No related passages in other articles"
    }

    static func draw(_ state: ReaderState, in rect: Rect, focused: Bool, frame: inout Frame) {
        let theme = state.theme
        let entities = state.context.entities
        let related = state.related
        var detail = "¶\(state.passage)"  // numbered from 0, as `show` does
        if let only = related.only { detail = entities[only].name + " · " + detail }
        // Some groups shown, the rest still being ranked.
        if related.pending && !related.groups.isEmpty { detail += " · finding more…" }
        PaneTitle.draw("Related", detail: detail, focused: focused, in: rect, frame: &frame, theme: theme)
        let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        let rows = related.rows
        if rows.isEmpty {
            let reason = related.pending ? "Finding related passages…" : emptyReason(state)
            frame.put(" " + reason, x: body.x, y: body.y, style: theme.faint, clip: body)
            return
        }
        let top = top(state, rows: rows, height: body.height)
        for slot in 0..<body.height {
            let number = top + slot
            guard number < rows.count else { break }
            let y = body.y + slot
            let clip = Frame.row(body.x + 1, y, body.width - 1)
            let selected = rows[number].item == related.selection
            if selected { frame.put("▌", x: body.x, y: y, style: theme.passageBar) }
            switch rows[number] {
            case .blank:
                break
            case .header(let entity, let count):
                let named = entities[entity]
                let used = frame.put(named.name, x: body.x + 1, y: y, style: theme.entityName(named, chosenRank: state.chosen.firstIndex(of: entity)), clip: clip)
                frame.put(" · \(named.type.rawValue) · \(count)", x: body.x + 1 + used, y: y, style: theme.faint, clip: clip)
            case .title(_, let passage):
                var style = theme.title
                if selected && focused { style.reverse = true }
                let title = state.context.summary(passage.target.article).title
                let text = String(format: " %.2f ", passage.score) + title
                if selected && focused { frame.fill(clip, style: style) }
                frame.put(text, x: body.x + 1, y: y, style: style, clip: clip)
            case .snippet(_, let passage):
                let text = state.context.passage(passage.target).text
                let mentions = state.context.mentions(passage.target.article, passage.target.passage)
                let focusMention = mentions.first { state.context.mention($0, isOf: passage.entity) }
                let snippet = Snippet(text, around: focusMention?.range, width: body.width - 4)
                let spans = mentions.map { mention in
                    StyledSpan(mention.range, style: theme.mention(entities[mention.entity],
                        current: state.context.mention(mention, isOf: passage.entity),
                        chosenRank: state.chosen.firstIndex { state.context.mention(mention, isOf: $0) }))
                }
                frame.putStyled(snippet.text, base: snippet.base, spans: spans, style: theme.text,
                                x: body.x + 3, y: y, clip: clip)
            case .why(_, let passage):
                frame.put("  why: " + passage.why.description, x: body.x + 1, y: y, style: theme.faint, clip: clip)
            }
        }
    }
}
