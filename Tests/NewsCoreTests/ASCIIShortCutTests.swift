import Testing
@testable import NewsCore

/// Short cuts that read ASCII bytes where the general code walks `Character`s: every one
/// answers as the characters do, on every ASCII pair and on text with marks and joiners.
@Suite struct ASCIIShortCutTests {
    /// Every ASCII byte alone, every pair of them, and pairs with non-ASCII scalars that join
    /// or not (a combining accent, a prepended mark, a zero-width joiner, an emoji, a no-break space).
    static let texts: [String] = {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        let others = ["\u{301}", "\u{600}", "\u{200D}", "😀", "\u{A0}", "é", "É", "ß", "\u{85}", "\u{2028}", "Ⅻ", "٣"]
        var texts = [""] + ascii + others
        for a in ascii { for b in ascii { texts.append(a + b) } }
        for a in ascii + others { for b in others { texts += [a + b, b + a, "Ab " + a + b, a + b + " cd", "x" + b + a + ")"] } }
        return texts + ["Storm Closes Schools", "Storm closes schools 2025", "A (b)", "1 2 3", "ab 😀", "Ab\r\n", "(a)", "a)"]
    }()

    @Test func firstIsLowercaseAsCharacters() {
        for text in Self.texts {
            let expected = text.first?.isLowercase == true
            #expect(TextShape.firstIsLowercase(text) == expected, Comment(rawValue: text.debugDescription))
        }
    }

    @Test func startsVisiblyOnlyWhenNotAllWhitespace() {
        for text in Self.texts where ArticleParser.startsVisibly(text) {
            let allWhitespace = text.allSatisfy(\.isWhitespace)
            #expect(!allWhitespace, Comment(rawValue: text.debugDescription))
        }
    }

    @Test func endsLikeHeadingAsCharacters() {
        for text in Self.texts {
            let last = text.last
            let expected = last.map { $0.isLetter || $0.isNumber || $0 == ")" } == true
                && text.filter(\.isLetter).count >= 2
            #expect(LineReflow.endsLikeHeading(text) == expected, Comment(rawValue: text.debugDescription))
        }
    }

    @Test func formatsOfASCIIPathsAsByCharacters() {
        let names = ["a.txt", "a.TXT", "a.text", "b.md", "b.Markdown", "c.html", "c.HTM", "c.xhtml", "d.pdf", ".txt", "a.", "a",
                     "dir.md/file", "dir/file.md/", "dir/file.md//", "///", "", "/", "a/.md", "a.b.txt", "x.tXt", "a.txt.", "a\r.md"]
        for path in names + names.map { "some/dir/" + $0 } + names.map { "/" + $0 } {
            let short = ArticleFormat.asciiFormat(path)
            let byCharacters = Self.formatByCharacters(path)
            #expect(short != nil, Comment(rawValue: path))
            #expect(short ?? nil == byCharacters, Comment(rawValue: path))
        }
        let notASCII = ArticleFormat.asciiFormat("café.md")
        #expect(notASCII == nil)
        #expect(ArticleFormat(path: "café.md") == .markdown)
    }

    /// `ArticleFormat.init(path:)` as it reads without the ASCII short cut.
    static func formatByCharacters(_ path: String) -> ArticleFormat? {
        let name = ArticleFormat.fileName(path)
        guard let dot = ArticleFormat.lastDot(name), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "txt", "text": return .plainText
        case "md", "markdown": return .markdown
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }
}
