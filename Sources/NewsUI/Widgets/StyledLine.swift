/// Draws one line of text whose parts are styled by UTF-8 byte ranges (mentions, matches): the
/// base style, then each span's change applied in order where it covers a character.
struct StyledSpan {
    var range: Range<Int>
    var change: (inout Style) -> Void

    init(_ range: Range<Int>, style: Style) {
        self.range = range
        change = { $0 = style }
    }

    init(_ range: Range<Int>, change: @escaping (inout Style) -> Void) {
        self.range = range
        self.change = change
    }
}

extension Frame {
    /// Writes `text` (whose first byte is byte `base` of the spans' coordinates) at (x, y),
    /// clipped to `clip`; returns the cells used.
    @discardableResult
    mutating func putStyled(_ text: some StringProtocol, base: Int = 0, spans: [StyledSpan], style: Style,
                            x: Int, y: Int, clip: Rect) -> Int {
        if spans.isEmpty { return put(text, x: x, y: y, style: style, clip: clip) }
        var column = x
        var byte = base
        var run = ""
        var runStyle = style
        for character in text {
            var characterStyle = style
            for span in spans where span.range.contains(byte) { span.change(&characterStyle) }
            if characterStyle != runStyle && !run.isEmpty {
                column += put(run, x: column, y: y, style: runStyle, clip: clip)
                run = ""
            }
            runStyle = characterStyle
            run.append(character)
            byte += character.utf8.count
        }
        if !run.isEmpty { column += put(run, x: column, y: y, style: runStyle, clip: clip) }
        return column - x
    }

    /// A one-row rectangle clip.
    static func row(_ x: Int, _ y: Int, _ width: Int) -> Rect { Rect(x: x, y: y, width: width, height: 1) }
}

/// Text fitted to a width: cut with an ellipsis when it does not fit.
enum Fit {
    static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if TextWidth.of(text) <= width { return text }
        var out = ""
        var used = 0
        for character in text {
            let cells = TextWrap.cells(character)
            if used + cells > width - 1 { break }
            out.append(character)
            used += cells
        }
        return out + "…"
    }

    /// `left` then `right` flush with the edge, `left` cut to make room.
    static func spread(_ left: String, _ right: String, width: Int) -> String {
        let rightWidth = TextWidth.of(right)
        guard rightWidth < width else { return truncate(left, to: width) }
        let shown = truncate(left, to: width - rightWidth - 1)
        return shown + String(repeating: " ", count: max(width - TextWidth.of(shown) - rightWidth, 1)) + right
    }
}
