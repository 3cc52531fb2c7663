/// Why a file could not become an article.
public struct ArticleParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var reason: String

    public init(reason: String) { self.reason = reason }

    public static let empty = ArticleParseError(reason: "empty file")
    public static let binary = ArticleParseError(reason: "not a text file (binary data)")
    public static let noText = ArticleParseError(reason: "no readable text")

    public var description: String { reason }
}

/// The kinds of file an article can come from, told by the path's extension.
public enum ArticleFormat: String, Sendable, Hashable, CaseIterable {
    case plainText
    case markdown
    case html

    /// `.txt`, `.md`/`.markdown`, `.html`/`.htm` (any case); nil for anything else.
    public init?(path: String) {
        if let format = Self.asciiFormat(path) {
            guard let format else { return nil }
            self = format
            return
        }
        let name = Self.fileName(path)
        guard let dot = Self.lastDot(name), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": self = .plainText
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        default: return nil
        }
    }

    /// `init(path:)` for an ASCII path, read on its bytes: each byte is a character of its own,
    /// and walking the path's views by index from the end cost more than sniffing the file.
    /// The outer nil: the path is not ASCII.
    static func asciiFormat(_ path: String) -> ArticleFormat?? {
        TextShape.withUTF8(path) { bytes -> ArticleFormat?? in
            guard TextShape.isASCII(bytes) else { return nil }
            let slash = UInt8(ascii: "/")
            var end = bytes.count
            while end > 0 && bytes[end - 1] == slash { end -= 1 }
            var start = 0
            if end == 0 {
                // Nothing but slashes: the path is its own name, as `fileName` has it.
                end = bytes.count
            } else {
                start = end
                while start > 0 && bytes[start - 1] != slash { start -= 1 }
            }
            guard let dot = (start..<end).last(where: { bytes[$0] == UInt8(ascii: ".") }), dot != start else { return .some(nil) }
            let ext = UnsafeBufferPointer(rebasing: bytes[dot + 1..<end])
            func named(_ name: StaticString) -> Bool {
                name.utf8CodeUnitCount == ext.count
                    && ext.indices.allSatisfy { (ext[$0] &- 0x41 < 26 ? ext[$0] | 0x20 : ext[$0]) == name.utf8Start[$0] }
            }
            if named("txt") || named("text") { return .some(.plainText) }
            if named("md") || named("markdown") { return .some(.markdown) }
            if named("html") || named("htm") || named("xhtml") { return .some(.html) }
            return .some(nil)
        }
    }

    /// The last "." character of a file name. A "." byte between ASCII bytes is a character
    /// of its own, so the usual case is found on the bytes; walking characters back from the
    /// end cost as much as sniffing the file.
    static func lastDot(_ name: Substring) -> Substring.Index? {
        let utf8 = name.utf8
        if let dot = utf8.lastIndex(of: UInt8(ascii: ".")) {
            let after = utf8.index(after: dot)
            if (dot == utf8.startIndex || utf8[utf8.index(before: dot)] < 0x80)
                && (after == utf8.endIndex || utf8[after] < 0x80) {
                return dot
            }
        } else {
            return nil
        }
        return name.lastIndex(of: ".")
    }

    /// The path's last component, found from the end: splitting the whole path at every "/"
    /// cost more than sniffing the file's bytes.
    static func fileName(_ path: String) -> Substring {
        var trimmed = Substring(path)
        while trimmed.utf8.last == UInt8(ascii: "/") { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return Substring(path) }
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        return trimmed[trimmed.utf8.index(after: slash)...]
    }
}

/// Turns one file's bytes into a cleaned `Article`: pure, no file system access.
///
/// Pipeline: sniff (binary/empty) → decode → mojibake repair → line endings → HTML DOM to blocks
/// (HTML only) or front matter set apart (text, Markdown) → character references → line
/// structure → chrome → title → source → repeats.
public enum ArticleParser {
    /// `path` is the article's id and tells the format (plain text when the extension is unknown).
    public static func parse(path: String, bytes: [UInt8]) throws(ArticleParseError) -> Article {
        switch TextSniffing.verdict(bytes) {
        case .binary: throw .binary
        case .empty: throw .empty
        case .text: break
        }
        let decoded = TextDecoding.decode(bytes)
        // A text opening with a visible ASCII byte has a first character that is not whitespace.
        guard startsVisibly(decoded.text) || !decoded.text.allSatisfy(\.isWhitespace) else { throw .empty }
        let repaired = MojibakeRepair.repair(decoded.text)
        var notices = decoded.notice.map { [$0] } ?? []
        if repaired != decoded.text { notices.append("repaired mis-decoded characters (mojibake)") }
        let text = LineEndings.normalise(repaired)

        let format = ArticleFormat(path: path) ?? .plainText
        var blocks: [SourceBlock]
        var chrome: [Bool?] = []
        var pageTitle: String?
        var siteName: String?
        if format == .html {
            let page = HTMLBlocks.page(text)
            blocks = page.blocks.map { block in
                var block = block
                block.text = TextShape.collapsingWhitespace(HTMLCharacterReferences.decode(block.text))
                return block
            }
            pageTitle = page.title.map { TextShape.collapsingWhitespace(HTMLCharacterReferences.decode($0)) }
            siteName = page.siteName.map(HTMLCharacterReferences.decode)
            blocks = blocks.filter { !$0.text.isEmpty }
        } else {
            var body = text
            if let front = FrontMatter.parse(text) {
                body = front.blanked(text)
                pageTitle = front.title.map(TextShape.collapsingWhitespace)
                siteName = front.outlet.map(TextShape.collapsingWhitespace)
            }
            (blocks, chrome) = LineReflow.reflow(HTMLCharacterReferences.decode(body),
                                                 flavor: format == .markdown ? .markdown : .plainText)
        }

        blocks = ChromeRules.mark(blocks, known: chrome)
        if format != .html { blocks = FurnitureRuns.mark(blocks) }
        // Title selection only removes a block, so the rest need only be checked against the title.
        let title: String
        if let pageTitle, !pageTitle.isEmpty {
            title = pageTitle
            blocks = ChromeRules.markingTitleRepeats(TitleSelection.removingHeadline(title, from: blocks), title: title)
        } else {
            let selection = TitleSelection.select(from: blocks)
            title = selection.title
            blocks = selection.consumedLine ? ChromeRules.markingTitleRepeats(selection.blocks, title: title) : selection.blocks
        }
        guard !title.isEmpty || blocks.contains(where: { $0.kind.isContent }) else { throw .noText }
        let source = SourceAttribution.source(of: blocks, siteName: siteName)
        blocks = RepeatMarking.mark(blocks)

        let passages = blocks.enumerated().map { index, block in
            Passage(index: index, kind: block.kind, text: block.text, lines: block.lines, repeatOf: block.repeatOf)
        }
        return Article(path: path, title: title.isEmpty ? fileStem(path) : title, source: source,
                       raw: decoded.text, passages: passages, notices: notices)
    }

    /// Whether the first byte is ASCII and not whitespace: then so is the first scalar, which
    /// decides `Character.isWhitespace`, and the text is not all whitespace.
    static func startsVisibly(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first < 0x80 && first != 0x20 && first &- 9 >= 5
    }

    /// Whether the article parsed from a file is, once its path is updated, what parsing the
    /// same bytes under `newPath` gives: the format (told by the extension) is the same and the
    /// title did not come from the file name. A store uses it to follow a rename without
    /// re-parsing.
    public static func survivesRename(title: String?, from oldPath: String, to newPath: String) -> Bool {
        let format = { (path: String) in ArticleFormat(path: path) ?? .plainText }
        guard format(oldPath) == format(newPath) else { return false }
        return title != fileStem(oldPath)
    }

    private static func fileStem(_ path: String) -> String {
        let name = String(ArticleFormat.fileName(path))
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
