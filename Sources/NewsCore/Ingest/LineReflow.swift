#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rebuilds paragraphs from the lines of a text file. Files arrive in three shapes: one paragraph
/// per line, blank-line paragraphs, and hard-wrapped lines with no blank lines at all (copied
/// from a narrow column). The step tells them apart per article and joins continuation lines;
/// list items and headings are recognised along the way.
public enum LineReflow {
    public enum Flavor: Sendable, Hashable {
        case plainText
        /// Markdown: `#` and underlined headings, lines of a paragraph always joined, inline
        /// markup (links, emphasis, code) reduced to its text.
        case markdown
    }

    /// A heading in plain text stands alone and is at most this many words.
    public static let headingMaxWords = 12
    /// A question line in a hard-wrapped text is a heading up to this many words.
    public static let questionHeadingMaxWords = 12

    /// Paragraph, heading and list-item blocks of `text` (LF line breaks); `lines` index its lines.
    public static func blocks(_ text: String, flavor: Flavor = .plainText) -> [SourceBlock] {
        reflow(text, flavor: flavor).blocks
    }

    /// The blocks of `blocks(_:flavor:)` and, per block, whether it is furniture when that was
    /// already decided on its line (`ChromeRules.isChrome` of the block's text) — nil otherwise.
    /// Plain-text lines are judged once here, while paragraphs are rebuilt, and the chrome
    /// step reuses the verdict instead of judging the block again.
    static func reflow(_ text: String, flavor: Flavor = .plainText) -> (blocks: [SourceBlock], chrome: [Bool?]) {
        let lines = splitLines(text).map(Line.init)
        let wrapped = flavor == .markdown || isHardWrapped(lines)
        var blocks: [SourceBlock] = []
        var chrome: [Bool?] = []
        var open: (kind: PassageKind, parts: [Substring], start: Int, end: Int, collapsed: Bool)?
        var chromeByLine = [Bool?](repeating: nil, count: lines.count)

        /// `ChromeRules.isChrome` of a line's text, asked at most once per line.
        func isChrome(_ number: Int) -> Bool {
            if let known = chromeByLine[number] { return known }
            let line = lines[number]
            let verdict = ChromeRules.isChrome(line.text, words: line.facts.words, allCaps: line.facts.isAllCaps)
            chromeByLine[number] = verdict
            return verdict
        }

        /// Lines that never join a paragraph: all-caps lines and furniture such as "Source: CNN".
        func isStandalone(_ number: Int) -> Bool {
            flavor == .plainText && (lines[number].facts.isAllCaps || isChrome(number))
        }

        func close() {
            guard let block = open else { return }
            // Parts from lines whose whitespace is already collapsed need no second pass.
            let text = block.collapsed ? joinedBySpaces(block.parts)
                : TextShape.collapsingWhitespace(joinedBySpaces(block.parts))
            blocks.append(SourceBlock(kind: block.kind, text: text, lines: block.start..<block.end))
            // A one-line paragraph whose text is its line's: the line's verdict is the block's.
            let sameText = flavor == .plainText && block.kind == .body && block.parts.count == 1 && block.collapsed
            chrome.append(sameText ? isChrome(block.start) : nil)
            open = nil
        }

        for (number, line) in lines.enumerated() {
            if flavor == .markdown, line.isSetextUnderline, let block = open, block.kind == .body,
               block.end == number, block.start + 1 == number {
                open?.kind = .heading
                close()
                continue
            }
            if line.isBlank || line.isRule {
                close()
                continue
            }
            if flavor == .markdown, let heading = line.markdownHeading {
                close()
                blocks.append(SourceBlock(kind: .heading, text: TextShape.collapsingWhitespace(heading), lines: number..<number + 1))
                chrome.append(nil)
                continue
            }
            if let item = line.listItemText {
                close()
                open = (.listItem, [item], number, number + 1, line.facts.isCollapsedInside)
                continue
            }
            if let block = open, block.kind != .heading,
               joins(lines[block.end - 1].text, line.text, wrapped: wrapped, flavor: flavor,
                     standalone: { isStandalone(block.end - 1) || isStandalone(number) }) {
                open?.parts.append(line.text)
                open?.end = number + 1
                open?.collapsed = block.collapsed && line.facts.isCollapsed
                continue
            }
            close()
            open = (.body, [line.text], number, number + 1, line.facts.isCollapsed)
            if isStandalone(number) { close() }
        }
        close()
        if flavor == .markdown {
            blocks = blocks.map { block in
                var block = block
                block.text = MarkdownInline.plainText(block.text)
                return block
            }
        }
        if flavor == .plainText { (blocks, chrome) = mendingBrokenParagraphs(blocks, chrome: chrome) }
        return (classifyHeadings(blocks, lines: lines, wrapped: wrapped, flavor: flavor), chrome)
    }

    /// `parts.joined(separator: " ")`, with the bytes copied once into a string of the right
    /// size: `joined` made a `String` of every part first and grew the result as it went.
    static func joinedBySpaces(_ parts: [Substring]) -> String {
        guard parts.count > 1 else { return parts.first.map(String.init) ?? "" }
        let length = parts.reduce(parts.count - 1) { $0 + $1.utf8.count }
        return String(unsafeUninitializedCapacity: length) { out in
            var at = 0
            for (index, part) in parts.enumerated() {
                if index > 0 { out[at] = 0x20; at += 1 }
                TextShape.withUTF8(part) { bytes in
                    if let from = bytes.baseAddress { (out.baseAddress! + at).update(from: from, count: bytes.count) }
                }
                at += part.utf8.count
            }
            return at
        }
    }

    /// The text's lines (LF-separated, empty ones kept). A line feed is always a character of
    /// its own, so splitting the UTF-8 bytes gives the same lines as splitting characters,
    /// without grapheme breaking every character of the file.
    static func splitLines(_ text: String) -> [Substring] {
        let breaks: [Int] = TextShape.withUTF8(text) { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var from = 0
            while from < bytes.count, let found = memchr(base + from, 0x0A, bytes.count - from) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                from = offset + 1
            }
            return offsets
        }
        let utf8 = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = utf8.startIndex
        for offset in breaks {
            let newline = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(text[start..<newline])
            start = utf8.index(after: newline)
        }
        lines.append(text[start...])
        return lines
    }

    /// A paragraph that stops mid-sentence and is followed, across blank lines, by one that
    /// carries on in lowercase was broken in two by the file's producer (the BBC corpus has
    /// "secured qualification for" / "against Olympiakos on Wednesday"): the two are one. A
    /// bracketed aside such as "(after extra-time)" under a headline is not a continuation.
    static func mendingBrokenParagraphs(_ blocks: [SourceBlock], chrome: [Bool?]) -> ([SourceBlock], [Bool?]) {
        var mended: [SourceBlock] = []
        var verdicts: [Bool?] = []
        mended.reserveCapacity(blocks.count)
        verdicts.reserveCapacity(blocks.count)
        for (block, verdict) in zip(blocks, chrome) {
            if block.kind == .body, let last = mended.last, last.kind == .body,
               !TextShape.endsSentence(last.text), TextShape.firstIsLowercase(block.text),
               !isStandalone(Substring(last.text), flavor: .plainText) {
                mended[mended.count - 1].text += " " + block.text
                mended[mended.count - 1].lines = last.lines.lowerBound..<block.lines.upperBound
                verdicts[verdicts.count - 1] = nil
            } else {
                mended.append(block)
                verdicts.append(verdict)
            }
        }
        return (mended, verdicts)
    }

    /// Hard-wrapped when, among adjacent non-blank lines, at least a quarter (and two or more)
    /// break mid-sentence with the next line carrying on in lowercase.
    public static func isHardWrapped<S: StringProtocol>(_ lines: [S]) -> Bool {
        isHardWrapped(lines.map { Line(Substring($0)) })
    }

    private static func isHardWrapped(_ lines: [Line]) -> Bool {
        var pairs = 0
        var continued = 0
        for (a, b) in zip(lines, lines.dropFirst()) {
            guard !a.isBlank, !b.isBlank, b.listItemText == nil else { continue }
            pairs += 1
            if !TextShape.endsSentence(a.text) && TextShape.startsLowercase(b.text) { continued += 1 }
        }
        return continued >= 2 && continued * 4 >= pairs
    }

    /// Whether `next` continues the paragraph `previous` ends. In a wrapped text a paragraph ends
    /// only where a sentence ends and the next line starts with a capital; elsewhere only a
    /// lowercase line after an unfinished sentence continues it.
    /// `standalone` tells whether either line stands alone (asked only for plain text).
    static func joins(_ previous: Substring, _ next: Substring, wrapped: Bool, flavor: Flavor,
                      standalone: () -> Bool) -> Bool {
        if flavor == .markdown { return true }
        if standalone() { return false }
        let continues = TextShape.startsLowercase(next)
        if wrapped { return continues || !(TextShape.endsSentence(previous) || looksLikeHeadline(previous)) }
        return continues && !TextShape.endsSentence(previous)
    }

    /// A short title-case line without final punctuation: in a wrapped text, a headline that
    /// ends its own paragraph unless the next line carries on in lowercase.
    static func looksLikeHeadline<S: StringProtocol>(_ line: S) -> Bool {
        looksLikeHeadline(line, words: TextShape.wordCount(line, limit: headingMaxWords))
    }

    /// `looksLikeHeadline` with the line's word count already known.
    static func looksLikeHeadline<S: StringProtocol>(_ line: S, words: Int) -> Bool {
        words <= headingMaxWords && !TextShape.endsWithPunctuation(line) && isTitleCase(String(line))
    }

    /// Lines that never join a paragraph: all-caps lines and furniture such as "Source: CNN".
    static func isStandalone(_ line: Substring, flavor: Flavor) -> Bool {
        flavor == .plainText && (TextShape.isAllCaps(line) || ChromeRules.isChrome(line))
    }

    /// Single-line body blocks that read as headings become `.heading`: short lines without
    /// final punctuation (or short all-caps lines) that do not introduce a list, and, in
    /// hard-wrapped text, short questions standing between paragraphs.
    private static func classifyHeadings(_ blocks: [SourceBlock], lines: [Line], wrapped: Bool,
                                         flavor: Flavor) -> [SourceBlock] {
        guard flavor == .plainText else { return blocks }
        return blocks.enumerated().map { index, block in
            guard block.kind == .body, block.lines.count == 1 else { return block }
            // A one-line body block is its line with whitespace collapsed: same words, same letters.
            let facts = lines[block.lines.lowerBound].facts
            let words = facts.words
            let introducesList = index + 1 < blocks.count && blocks[index + 1].kind == .listItem
                && TextShape.startsLowercase(blocks[index + 1].text)
            // Most blocks are paragraphs: their length rules them out before their last mark is read.
            let question = words <= questionHeadingMaxWords && TextShape.finalMark(block.text) == "?"
            var block = block
            if facts.isAllCaps && words < ChromeRules.shoutedPromoWords {
                block.kind = .heading
            } else if question && (wrapped || isTitleCase(block.text)) {
                block.kind = .heading
            } else if wrapped && looksLikeHeadline(block.text, words: words) && endsLikeHeading(block.text) {
                block.kind = .heading
            } else if !wrapped && words <= headingMaxWords && !TextShape.endsWithPunctuation(block.text)
                        && startsLikeHeading(block.text) && endsLikeHeading(block.text) && !introducesList {
                block.kind = .heading
            }
            return block
        }
    }

    /// Headings start with a capital, a digit or a symbol such as an emoji — not with a
    /// lowercase word, a currency amount or a handle.
    private static func startsLikeHeading(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first.isLetter { return first.isUppercase }
        if first.isNumber { return true }
        return !(first.isPunctuation || first.isCurrencySymbol || first.isMathSymbol || "@#$".contains(first))
    }

    /// Headings have words and end in a word, a number or a bracket, not in an emoji or a dash.
    static func endsLikeHeading(_ text: String) -> Bool {
        if let answer = TextShape.withUTF8(text, asciiEndsLikeHeading) { return answer }
        guard let last = text.last, last.isLetter || last.isNumber || last == ")" else { return false }
        // Counting stops at the second letter: filtering the whole line built a string per block.
        var letters = 0
        for character in text where character.isLetter {
            letters += 1
            if letters == 2 { return true }
        }
        return false
    }

    /// `endsLikeHeading` on bytes when the last two and the letters counted are ASCII (nil
    /// otherwise): an ASCII byte after an ASCII byte ends a character of its own, and an ASCII
    /// letter after ASCII bytes starts one, whose first scalar makes it a letter. Walking the
    /// characters of every short block cost 1% of a parse.
    private static func asciiEndsLikeHeading(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let last = bytes.last else { return false }
        guard last < 0x80, last != 0x0A, last != 0x0D, bytes.count == 1 || bytes[bytes.count - 2] < 0x80 else { return nil }
        guard last | 0x20 &- 0x61 < 26 || last &- 0x30 < 10 || last == UInt8(ascii: ")") else { return false }
        var letters = 0
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            if byte | 0x20 &- 0x61 < 26 {
                letters += 1
                if letters == 2 { return true }
            }
        }
        return false
    }

    /// "Technical: What's Actually New About DeepSeek?": most longer words capitalised.
    static func isTitleCase(_ text: String) -> Bool {
        let words = text.split(separator: " ").filter { $0.count > 3 && $0.first?.isLetter == true }
        let capitalised = words.filter { $0.first?.isUppercase == true }.count
        return words.count >= 2 && capitalised * 5 >= words.count * 4
    }
}

/// One line of the cleaned text, with what it is on its own.
private struct Line {
    /// The line without trailing whitespace (leading whitespace kept).
    let text: Substring
    let facts: LineFacts

    /// One pass over the UTF-8 bytes (`LineFacts`) finds everything later steps ask of the line.
    init(_ raw: Substring) {
        let facts = TextShape.withUTF8(raw) { LineFacts($0) }
        text = raw[raw.startIndex..<raw.utf8.index(raw.startIndex, offsetBy: facts.trimmedLength)]
        self.facts = facts
    }

    /// Leading whitespace, in scalars.
    var indent: Int { facts.indent }
    var isBlank: Bool { facts.isBlank }
    /// The first scalar that is not whitespace.
    var first: Unicode.Scalar? { facts.first }

    private var body: Substring { text.dropFirst(indent) }

    /// `---`, `***`, `___` or `===` alone: a drawn separator, not text.
    var isRule: Bool {
        guard let first, first == "-" || first == "*" || first == "_" || first == "=" else { return false }
        guard mayBeMarksOnly(first) else { return false }
        let marks = text.filter { !$0.isWhitespace }
        guard marks.count >= 3, let first = marks.first, "-*_=".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    var isSetextUnderline: Bool {
        guard let first, first == "=" || first == "-", mayBeMarksOnly(first) else { return false }
        let marks = text.filter { !$0.isWhitespace }
        return marks.count >= 2 && (marks.allSatisfy { $0 == "=" } || marks.allSatisfy { $0 == "-" })
    }

    /// False when an ASCII byte of the line is neither whitespace nor `mark`: that byte's
    /// character is another mark, so the line is no rule or underline. Lines opening with a
    /// dash are often whole paragraphs, and filtering their characters cost 6% of a parse.
    private func mayBeMarksOnly(_ mark: Unicode.Scalar) -> Bool {
        let markByte = UInt8(mark.value)
        return TextShape.withUTF8(text) { bytes in
            !bytes.contains { $0 < 0x80 && $0 != markByte && $0 != 0x20 && $0 &- 9 >= 5 }
        }
    }

    /// "## Heading ##" → "Heading".
    var markdownHeading: Substring? {
        guard first == "#" else { return nil }
        let trimmed = text.drop { $0 == " " }
        let hashes = trimmed.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        let rest = trimmed.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var heading = rest.drop(while: \.isWhitespace)
        while heading.last == "#" || heading.last == " " { heading = heading.dropLast() }
        return heading.isEmpty ? nil : heading
    }

    /// The scalars a list marker starts with: "-*+•·▪◦" or a digit. A switch, where searching
    /// the scalars of a literal for every line cost 2% of a parse.
    private static func listMarkerStarts(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "-", "*", "+", "•", "·", "▪", "◦", "0"..."9": true
        default: false
        }
    }

    /// The text of a list item without its marker: "- ", "* ", "+ ", "• ", "· ", "1. ", "1) ".
    var listItemText: Substring? {
        guard let start = self.first, Self.listMarkerStarts(start) else { return nil }
        let trimmed = body
        guard let first = trimmed.first else { return nil }
        if "-*+•·▪◦".contains(first) {
            let rest = trimmed.dropFirst()
            guard rest.first == " " || rest.first == "\t" else { return nil }
            let item = rest.drop(while: \.isWhitespace)
            return item.isEmpty ? nil : item
        }
        let digits = trimmed.prefix(while: \.isASCII).prefix(while: \.isNumber)
        guard (1...3).contains(digits.count) else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard rest.first == "." || rest.first == ")", rest.dropFirst().first == " " else { return nil }
        let item = rest.dropFirst(2).drop(while: \.isWhitespace)
        return item.isEmpty ? nil : item
    }
}
