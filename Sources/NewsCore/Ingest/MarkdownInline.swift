/// Reduces Markdown inline markup to the words a reader sees: `[text](url)` → text, images
/// dropped, `**strong**`, `__strong__` and `` `code` `` markers removed. Single `*`/`_` are
/// left alone because news text uses them literally (footnote stars, snake_case names).
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
            } else {
                out.append(first)
                rest = rest.dropFirst()
            }
        }
        return TextShape.collapsingWhitespace(out)
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
