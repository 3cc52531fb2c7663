/// Finds the outlet an article names: a "Source: CNN" line, an HTML page's `og:site_name`, a
/// byline handing over to an outlet ("By staff — The Review"), or a wire dateline such as
/// "LONDON (Reuters) -" opening a paragraph, or the site's own promo lines, in that order of trust.
public enum SourceAttribution {
    /// The outlet a "Source: X" / "Source:X" / "Source - X" line names (at most six words).
    public static func sourceLine(_ text: String) -> String? {
        guard mayStartWithSource(text) else { return nil }
        let trimmed = text.drop(while: \.isWhitespace)
        // Every block is asked; only lowercase the (whole) text when it can start with "source".
        guard let initial = trimmed.unicodeScalars.first, initial == "s" || initial == "S",
              trimmed.lowercased().hasPrefix("source") else { return nil }
        var rest = trimmed.dropFirst("source".count).drop(while: \.isWhitespace)
        guard let mark = rest.first, ":-–—".contains(mark) else { return nil }
        rest = rest.dropFirst().drop(while: \.isWhitespace)
        let name = TextShape.collapsingWhitespace(rest.trimmingTrailing { ".;,".contains($0) || $0.isWhitespace })
        guard !name.isEmpty, TextShape.wordCount(name) <= 6, name.first?.isLowercase == false else { return nil }
        return name
    }

    /// False when the text certainly does not start, after whitespace, with "source" in any
    /// case. Every block is asked; walking `Character`s with a whitespace lookup each, and
    /// lowercasing every block that starts with "S", cost 4% of a parse. Only ASCII letters
    /// lowercase to "source", and an ASCII byte other than whitespace decides the first
    /// character's initial scalar whatever follows it.
    private static let sourceWord: [UInt8] = Array("source".utf8)

    private static func mayStartWithSource(_ text: String) -> Bool {
        TextShape.withUTF8(text) { bytes in
            var i = 0
            while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
            guard i < bytes.count, bytes[i] < 0x80, bytes[i] &- 9 >= 5 else { return true }
            guard bytes.count - i >= sourceWord.count else { return false }
            for (offset, letter) in sourceWord.enumerated() where bytes[i + offset] | 0x20 != letter { return false }
            return true
        }
    }

    /// The agency in a dateline at the start of a paragraph: "(Reuters) -", "WASHINGTON (AP) —".
    /// What precedes the parenthesis must be a short place/date without a sentence in it; the
    /// name inside must be one to four capitalised words.
    public static func dateline(_ text: String) -> String? {
        guard TextShape.containsByte(text, UInt8(ascii: "(")), mayHaveDateline(text) else { return nil }
        let head = text.prefix(80)
        guard let open = head.firstIndex(of: "("), let close = head[open...].firstIndex(of: ")") else { return nil }
        let before = head[..<open]
        // A quotation opening the paragraph is speech ("High-Speed Downlink Packet Access (HSDPA) -
        // sometimes called…"), never a place.
        guard before.count <= 40, !before.contains(where: { ".!?\"“‘'".contains($0) }) else { return nil }
        if before.contains(where: \.isLetter), !before.split(separator: " ").allSatisfy({ $0.first?.isLowercase == false }) {
            return nil
        }
        let name = head[head.index(after: open)..<close]
        let words = name.split(separator: " ")
        guard (1...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
              !name.contains(where: \.isNumber) else { return nil }
        let after = head[head.index(after: close)...].drop(while: \.isWhitespace)
        guard let dash = after.first, "-–—".contains(dash) else { return nil }
        return String(name)
    }

    /// False when the bytes before the first "(" already rule a dateline out: more than 40 of
    /// them, or a sentence mark among them. Most paragraphs with a parenthesis are told so
    /// here instead of by slicing and counting `Character`s (5% of a parse). The bytes must be
    /// ASCII without CR or LF, so that each is one character and the counts agree.
    private static func mayHaveDateline(_ text: String) -> Bool {
        TextShape.withUTF8(text) { bytes in
            for (offset, byte) in bytes.enumerated() {
                if byte == UInt8(ascii: "(") { return offset <= 40 }
                guard byte < 0x80, byte != 0x0A, byte != 0x0D else { return true }
                if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") { return false }
            }
            return true
        }
    }

    /// Whether a line is a byline: "By Jane Smith", "By Kestrel staff — Kestrel Review, 29 Jan".
    /// A sentence that merely opens with "By" ("By the close of 2024, the bank…") is not: a
    /// byline is short and either names its author in capitals or hands over to the outlet
    /// after a dash or bar.
    public static func isByline(_ text: String) -> Bool {
        guard text.hasPrefix("By "), TextShape.wordCount(text, limit: 17) <= 16 else { return false }
        let head = bylineSeparators.lazy.compactMap { firstRange(of: $0, in: text) }.first.map { text[..<$0.lowerBound] }
        if let head { return TextShape.wordCount(String(head)) <= 7 && !head.contains(",") }
        let words = text.dropFirst(3).split(separator: " ")
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true || $0 == "and" }
            && !TextShape.endsSentence(text)
    }

    private static let bylineSeparators = [" — ", " – ", " | ", " - ", " · ", " • "]

    /// Where `separator` first occurs in `text`, found on the bytes: what Foundation's
    /// `range(of:)` without options (a literal search) finds, without converting the text to
    /// UTF-16 first (about 100,000 instructions a byline).
    private static func firstRange(of separator: String, in text: String) -> Range<String.Index>? {
        let offset: Int? = TextShape.withUTF8(text) { haystack in
            TextShape.withUTF8(separator) { TextShape.firstOffset(of: $0, in: haystack) }
        }
        guard let offset else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: separator.utf8.count)
    }

    /// The outlet a byline hands over to after its dash or bar, without a trailing date.
    public static func bylineOutlet(_ text: String) -> String? {
        guard text.hasPrefix("By ") else { return nil }
        for separator in bylineSeparators {
            guard let range = firstRange(of: separator, in: text) else { continue }
            let after = text[range.upperBound...]
            let outlet = after.split(separator: ",", maxSplits: 1).first.map { TextShape.collapsingWhitespace($0) } ?? ""
            guard !outlet.isEmpty, TextShape.wordCount(outlet) <= 6, outlet.first?.isUppercase == true,
                  !isDate(outlet) else { return nil }
            return outlet
        }
        return nil
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "updated", "published",
    ]

    /// "January 28" or "28 Jan 2025" after a byline's dash is when, not who.
    private static func isDate(_ text: String) -> Bool {
        text.contains(where: \.isNumber)
            || text.split(separator: " ").first.map { months.contains($0.lowercased()) } == true
    }

    /// The article's outlet from its blocks (any kind) and, for HTML, the page's site name.
    ///
    /// Plain loops: chains of lazy filters and maps over the blocks copied every block they
    /// passed, retaining and releasing its text (a third of this step).
    public static func source(of blocks: [SourceBlock], siteName: String? = nil) -> String? {
        for block in blocks {
            if let line = sourceLine(block.text) { return line }
        }
        if let siteName { return siteName }
        for block in blocks.prefix(4) {
            if let outlet = bylineOutlet(block.text) { return outlet }
        }
        var bodies = 0
        for block in blocks where block.kind == .body {
            if let agency = dateline(block.text) { return agency }
            bodies += 1
            if bodies == 3 { break }
        }
        return PromoOutlet.outlet(of: blocks)
    }
}

private extension Substring {
    func trimmingTrailing(_ drop: (Character) -> Bool) -> Substring {
        var end = endIndex
        while end > startIndex, drop(self[index(before: end)]) { end = index(before: end) }
        return self[startIndex..<end]
    }
}
