/// A metadata block at the top of a Markdown or text file, as static-site generators and
/// note-taking tools save articles: `---` (YAML) or `+++` (TOML) on the first line, `key: value`
/// (or `key = value`) lines, and the same fence closing it. Its title and outlet are the
/// article's; its lines are metadata, not passages.
public struct FrontMatter: Sendable, Equatable {
    /// Lower-cased keys and their values, quotes removed; the first of a repeated key wins.
    public var fields: [String: String]
    /// Lines the block takes, fences included.
    public var lineCount: Int

    public var title: String? { value(of: ["title", "headline"]) }
    public var outlet: String? { value(of: ["source", "publisher", "publication", "site", "site_name", "outlet"]) }

    private func value(of keys: [String]) -> String? {
        keys.lazy.compactMap { fields[$0] }.first { !$0.isEmpty }
    }

    /// The block at the start of `text` (line endings already LF), or nil when the text does
    /// not open with one. Strict, so a story that begins with a rule is not mistaken for it:
    /// the closing fence within the first 100 lines, and every line between a field, a list
    /// entry or indented continuation of one, or blank.
    public static func parse(_ text: String) -> FrontMatter? {
        guard text.hasPrefix("---\n") || text.hasPrefix("+++\n") else { return nil }
        let fence = text.prefix(3)
        let separator: Character = fence == "---" ? ":" : "="
        var fields: [String: String] = [:]
        var sawField = false
        for (offset, line) in text.split(separator: "\n", maxSplits: 100, omittingEmptySubsequences: false).enumerated().dropFirst() {
            if offset == 100 { return nil }
            let trimmed = line.trimmingWhitespace()
            if trimmed == fence { return sawField ? FrontMatter(fields: fields, lineCount: offset + 1) : nil }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" || trimmed.hasPrefix("- ") { continue }
            guard let cut = line.firstIndex(of: separator) else { return nil }
            let key = line[..<cut].trimmingWhitespace()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
            sawField = true
            let name = key.lowercased()
            if fields[name] == nil { fields[name] = unquoted(line[line.index(after: cut)...].trimmingWhitespace()) }
        }
        return nil
    }

    private static func unquoted(_ value: Substring) -> String {
        guard value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first else {
            return String(value)
        }
        let inner = value.dropFirst().dropLast()
        return first == "\"" ? inner.replacingOccurrences(of: "\\\"", with: "\"") : inner.replacingOccurrences(of: "''", with: "'")
    }

    /// The text with the block's lines emptied, so later steps keep their line numbers.
    public func blanked(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<min(lineCount, lines.count) { lines[index] = "" }
        return lines.joined(separator: "\n")
    }
}

private extension Substring {
    func trimmingWhitespace() -> Substring {
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return self[start...end]
    }
}
