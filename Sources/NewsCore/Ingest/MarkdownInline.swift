/// Reduces Markdown inline markup to the words a reader sees: `[text](url)` → text, images
/// dropped, `**strong**`, `__strong__` and `` `code` `` markers removed. A single `*`/`_` is
/// removed only as a matched emphasis pair that opens before a word and closes after one
/// (`*By staff — Outlet*`), because news text also uses them literally (footnote stars,
/// snake_case names).
public enum MarkdownInline {
    public static func plainText(_ text: String) -> String {
        guard text.contains(where: { "[]*_`!".contains($0) }) else { return text }
        var out = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "!" || first == "[", let (label, length) = link(in: rest) {
                if first == "[" { out += label }
                rest = rest.dropFirst(length)
            } else if rest.hasPrefix("**") || rest.hasPrefix("__") {
                rest = rest.dropFirst(2)
            } else if first == "`" {
                rest = rest.dropFirst()
            } else if first == "*" || first == "_", let inner = emphasis(in: rest, after: out.last) {
                out += inner
                rest = rest.dropFirst(inner.count + 2)
            } else {
                out.append(first)
                rest = rest.dropFirst()
            }
        }
        return TextShape.collapsingWhitespace(out)
    }

    /// The text inside a single-marker emphasis pair at the start of `text`: the opening marker
    /// follows a space, punctuation or the line start and precedes a non-space; the closing one
    /// follows a non-space and precedes a space, punctuation or the line end.
    private static func emphasis(in text: Substring, after previous: Character?) -> Substring? {
        let marker = text[text.startIndex]
        if let previous, previous.isLetter || previous.isNumber { return nil }
        let body = text.dropFirst()
        guard let firstInner = body.first, !firstInner.isWhitespace, firstInner != marker,
              let close = body.firstIndex(of: marker) else { return nil }
        let inner = body[..<close]
        guard let lastInner = inner.last, !lastInner.isWhitespace else { return nil }
        let next = body.index(after: close)
        if next < body.endIndex, body[next].isLetter || body[next].isNumber { return nil }
        return inner
    }

    /// `[label](target)` or `![alt](target)` at the start of `text`: its label and length.
    private static func link(in text: Substring) -> (String, Int)? {
        var cursor = text.startIndex
        if text[cursor] == "!" {
            cursor = text.index(after: cursor)
            guard cursor < text.endIndex, text[cursor] == "[" else { return nil }
        }
        guard let close = text[cursor...].firstIndex(of: "]") else { return nil }
        let label = text[text.index(after: cursor)..<close]
        let open = text.index(after: close)
        guard open < text.endIndex, text[open] == "(",
              let end = text[open...].firstIndex(of: ")") else { return nil }
        return (String(label), text.distance(from: text.startIndex, to: end) + 1)
    }
}
