import CLibXML2

/// Turns an HTML page saved from a browser into the article's blocks by walking libxml2's DOM
/// (its forgiving HTML parser copes with the tag soup real pages are). Page furniture elements
/// are skipped, `<article>`/`<main>` is preferred over the whole body, and block elements become
/// paragraphs, headings and list items. Blocks inside elements whose class or id names an ad,
/// promo or share widget are kept but marked `.chrome`.
public enum HTMLBlocks {
    public struct Page: Sendable, Hashable {
        /// The first `<h1>`, else `<title>` without a trailing " | Site name".
        public var title: String?
        /// `<meta property="og:site_name">`.
        public var siteName: String?
        /// One block per line of the page's cleaned text: `lines` is `i..<i+1`.
        public var blocks: [SourceBlock]
    }

    /// Elements whose content is never article text.
    public static let skipped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template",
        "svg", "iframe", "button", "select", "textarea", "object", "embed", "canvas", "head",
    ]

    /// Elements that start a new block.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "li", "ul", "ol", "dl", "dt",
        "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "td", "th",
        "address", "hr", "body", "center", "details", "summary", "caption",
    ]

    /// Words in a class or id that mark an element as furniture: ads and promos, and the page's
    /// own header, footer, menus, bylines and captions when they are `<div>`s, not elements.
    public static let chromeClassWords: Set<String> = [
        "ad", "ads", "advert", "advertisement", "promo", "newsletter", "share", "sharing", "social",
        "related", "sponsor", "sponsored", "cookie", "subscribe", "subscription", "outbrain", "taboola",
        "header", "footer", "nav", "navigation", "menu", "breadcrumb", "breadcrumbs", "masthead", "toolbar",
        "byline", "timestamp", "caption", "credit", "credits",
    ]

    /// A block of at most this many words whose text is (nine tenths) link text is furniture.
    static let linkListWords = 12

    private static let initialised: Void = { xmlInitParser() }()

    /// Parses `html` (already decoded text) and extracts the page's blocks.
    public static func page(_ html: String) -> Page {
        _ = initialised
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        var utf8 = Array(html.utf8)
        if utf8.isEmpty { utf8 = [32] }
        let parsed = utf8.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document = parsed else { return Page(title: nil, siteName: nil, blocks: []) }
        defer { xmlFreeDoc(document) }
        let top = xmlDocGetRootElement(document)

        let siteName = firstElement(top, skipping: []) { node in
            name(of: node) == "meta" && ["og:site_name", "application-name"].contains(attribute(node, "property") ?? attribute(node, "name") ?? "")
        }.flatMap { attribute($0, "content") }.map(TextShape.collapsingWhitespace).flatMap { $0.isEmpty ? nil : $0 }

        let heading = firstElement(top, skipping: ["script", "style", "nav", "aside", "footer"]) { name(of: $0) == "h1" }
            .map(textContent).flatMap { $0.isEmpty ? nil : $0 }
        let titleElement = firstElement(top, skipping: ["body"]) { name(of: $0) == "title" }.map(textContent)
        let site = siteName ?? titleElement.flatMap { Self.siteName(inTitle: $0, heading: heading) }
        let title = heading ?? titleElement.map { stripSiteName($0, site) }.flatMap { $0.isEmpty ? nil : $0 }

        let root = firstElement(top, skipping: skipped) { name(of: $0) == "article" }
            ?? firstElement(top, skipping: skipped) { name(of: $0) == "main" }
            ?? firstElement(top, skipping: skipped) { name(of: $0) == "body" }
            ?? top
        var walker = Walker()
        if let root { walker.visit(root, context: Walker.Context(kind: .body, chrome: false)) }
        walker.flush(Walker.Context(kind: .body, chrome: false))
        let blocks = walker.texts.enumerated().map { index, item in
            SourceBlock(kind: item.chrome ? .chrome : item.kind, text: item.text, lines: index..<index + 1)
        }
        return Page(title: title, siteName: site, blocks: blocks)
    }

    /// A page without `og:site_name` usually names its site in `<title>`: "Headline | Site" or
    /// "Headline - Site". The tail is the site's name when what comes before it is the page's
    /// `<h1>`; without an `<h1>`, only a short tail after a bar (a dash also joins phrases).
    static func siteName(inTitle title: String, heading: String?) -> String? {
        let title = TextShape.collapsingWhitespace(title)
        for separator in [" | ", " — ", " – ", " - ", " · ", " :: "] {
            guard let cut = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<cut.lowerBound], tail = TextShape.collapsingWhitespace(title[cut.upperBound...])
            guard !tail.isEmpty, TextShape.wordCount(tail) <= 5, tail.first?.isLowercase == false else { continue }
            if let heading {
                if TextShape.comparable(head) == TextShape.comparable(heading) { return tail }
            } else if separator == " | ", TextShape.wordCount(String(head)) > TextShape.wordCount(tail) {
                return tail
            }
        }
        return nil
    }

    /// "Headline | Site" → "Headline" when the trailing part is the site's name.
    static func stripSiteName(_ title: String, _ siteName: String?) -> String {
        guard let siteName else { return title }
        let parts = title.split(omittingEmptySubsequences: false) { "|–—-:".contains($0) }
        guard parts.count > 1, let last = parts.last,
              TextShape.comparable(last) == TextShape.comparable(siteName) else { return title }
        return TextShape.collapsingWhitespace(title.dropLast(last.count + 1))
    }

    private struct Walker {
        struct Context {
            var kind: PassageKind
            var chrome: Bool
        }

        var texts: [(kind: PassageKind, text: String, chrome: Bool)] = []
        var buffer = ""
        /// Where the buffer stood after the last `<br>`: a second one with nothing but
        /// whitespace since ends the paragraph, as pages without `<p>` separate them.
        var lastBreak: Int?
        /// Inside how many `<a>` elements the walk is, and the non-space bytes of link text in
        /// the buffer: a short block that is all links is a menu or a list of other stories.
        var linkDepth = 0
        var linkBytes = 0

        mutating func flush(_ context: Context) {
            let text = TextShape.collapsingWhitespace(buffer)
            let links = linkBytes
            buffer = ""
            lastBreak = nil
            linkBytes = 0
            guard !text.isEmpty else { return }
            let textBytes = text.utf8.reduce(0) { $0 + ($1 == 0x20 ? 0 : 1) }
            let allLinks = links * 10 >= textBytes * 9 && TextShape.wordCount(text, limit: HTMLBlocks.linkListWords) <= HTMLBlocks.linkListWords
            texts.append((context.kind, text, context.chrome || allLinks))
        }

        mutating func visit(_ node: xmlNodePtr, context: Context) {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let text = String(cString: content)
                    buffer += text
                    if linkDepth > 0 { linkBytes += text.utf8.reduce(0) { $0 + ($1 == 0x20 || $1 &- 9 < 5 ? 0 : 1) } }
                }
            case XML_ELEMENT_NODE:
                let element = HTMLBlocks.name(of: node)
                if HTMLBlocks.skipped.contains(element) { return }
                if element == "br" {
                    if let lastBreak, buffer.utf8.dropFirst(lastBreak).allSatisfy({ $0 == 0x20 || $0 &- 9 < 5 }) {
                        flush(context)
                    } else {
                        buffer += " "
                        lastBreak = buffer.utf8.count
                    }
                    return
                }
                guard HTMLBlocks.blockElements.contains(element) else {
                    if element == "a" { linkDepth += 1 }
                    visitChildren(node, context: context)
                    if element == "a" { linkDepth -= 1 }
                    return
                }
                flush(context)
                var inner = context
                switch element {
                case "h1", "h2", "h3", "h4", "h5", "h6": inner.kind = .heading
                case "li": inner.kind = .listItem
                case "figcaption": inner.chrome = true
                default: break
                }
                if HTMLBlocks.looksLikeChrome(node) { inner.chrome = true }
                visitChildren(node, context: inner)
                flush(inner)
            default:
                break
            }
        }

        mutating func visitChildren(_ node: xmlNodePtr, context: Context) {
            var child = node.pointee.children
            while let current = child {
                visit(current, context: context)
                child = current.pointee.next
            }
        }
    }

    static func looksLikeChrome(_ node: xmlNodePtr) -> Bool {
        let names = [attribute(node, "class"), attribute(node, "id")].compactMap { $0 }.joined(separator: " ")
        guard !names.isEmpty else { return false }
        let words = names.lowercased().split { !$0.isLetter }
        return words.contains { chromeClassWords.contains(String($0)) }
    }

    static func name(of node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    /// An attribute's value, read from the node's attribute list (no allocation to free).
    static func attribute(_ node: xmlNodePtr, _ wanted: String) -> String? {
        var property = node.pointee.properties
        while let current = property {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let text = child {
                    if let content = text.pointee.content { value += String(cString: content) }
                    child = text.pointee.next
                }
                return value
            }
            property = current.pointee.next
        }
        return nil
    }

    /// All text under a node, whitespace collapsed.
    static func textContent(_ node: xmlNodePtr) -> String {
        var text = ""
        func collect(_ node: xmlNodePtr) {
            if node.pointee.type == XML_TEXT_NODE || node.pointee.type == XML_CDATA_SECTION_NODE,
               let content = node.pointee.content {
                text += String(cString: content)
            }
            if node.pointee.type == XML_ELEMENT_NODE, ["script", "style"].contains(name(of: node)) { return }
            var child = node.pointee.children
            while let current = child {
                collect(current)
                child = current.pointee.next
            }
        }
        collect(node)
        return TextShape.collapsingWhitespace(text)
    }

    /// Depth-first search for the first element matching `predicate`, not descending into
    /// elements named in `skipping`.
    static func firstElement(_ node: xmlNodePtr?, skipping: Set<String>,
                             where predicate: (xmlNodePtr) -> Bool) -> xmlNodePtr? {
        guard let node else { return nil }
        if node.pointee.type == XML_ELEMENT_NODE {
            if predicate(node) { return node }
            if skipping.contains(name(of: node)) { return nil }
        }
        var child = node.pointee.children
        while let current = child {
            if let found = firstElement(current, skipping: skipping, where: predicate) { return found }
            child = current.pointee.next
        }
        return nil
    }
}
