import Testing
@testable import NewsCore

/// The cleaning steps one at a time, as pure functions.
@Suite struct IngestStepTests {
    @Test func characterReferences() {
        #expect(HTMLCharacterReferences.decode("caf&#233; &#163;8m Blair&#191;s &#x27;x&#X27;") == "café £8m Blair¿s 'x'")
        #expect(HTMLCharacterReferences.decode("&amp;lt; &nbsp;&mdash;&rsquo;&pound;&Eacute;") == "&lt; \u{A0}—’£É")
        #expect(HTMLCharacterReferences.decode("&#146;&#0;&#99999999;") == "’\u{FFFD}\u{FFFD}")
        #expect(HTMLCharacterReferences.decode("AT&T & co &nosuch; &amp") == "AT&T & co &nosuch; &amp")
    }

    @Test func lineEndings() {
        #expect(LineEndings.normalise("a\r\nb\rc\n") == "a\nb\nc\n")
    }

    @Test func sniffing() {
        #expect(TextSniffing.verdict(Array("hello\n".utf8)) == .text)
        #expect(TextSniffing.verdict([0x50, 0x4B, 0x03, 0x04, 0x00]) == .binary)
        #expect(TextSniffing.verdict([1, 2, 3, 4, 65]) == .binary)
        #expect(TextSniffing.verdict(Array(" \r\n".utf8)) == .empty)
    }

    @Test func hardWrapDetection() {
        #expect(LineReflow.isHardWrapped(["The new AI model", "was developed by a startup", "that was born", "a year ago."]))
        #expect(!LineReflow.isHardWrapped(["One paragraph.", "Another paragraph.", "A heading", "Text."]))
    }

    @Test func blankLineParagraphsAndAllCapsHeadings() {
        let blocks = LineReflow.blocks("Title\n\nFirst para.\n\nWORLD OF WARCRAFT\n\nSecond para ends\n\nmid sentence here.\n")
        #expect(blocks.map(\.kind) == [.heading, .body, .heading, .body])
        #expect(blocks.map(\.text) == ["Title", "First para.", "WORLD OF WARCRAFT", "Second para ends mid sentence here."])
        #expect(blocks.map(\.lines) == [0..<1, 2..<3, 4..<5, 6..<9])
    }

    @Test func chromeRules() {
        #expect(ChromeRules.isChrome("Advertisement"))
        #expect(ChromeRules.isChrome("You can now listen to Fox News articles!"))
        #expect(ChromeRules.isChrome("CLICK HERE TO READ MORE FROM AARON GINN"))
        #expect(ChromeRules.isChrome("Source:CNN"))
        #expect(!ChromeRules.isChrome("Subscribers were told the news on Monday."))
        #expect(!ChromeRules.isChrome("TOO FAST TOO FURIOUS (DIGITAL BRIDGES)"))
        #expect(!ChromeRules.isChrome("The source of the leak was never found, police said."))
    }

    @Test func sourceAttribution() {
        #expect(SourceAttribution.sourceLine("Source:CNN") == "CNN")
        #expect(SourceAttribution.sourceLine("Source: Reuters.") == "Reuters")
        #expect(SourceAttribution.sourceLine("Sources say the deal is off") == nil)
        #expect(SourceAttribution.dateline("WASHINGTON (AP) — Lawmakers met.") == "AP")
        #expect(SourceAttribution.dateline("(Reuters) - Shares fell.") == "Reuters")
        #expect(SourceAttribution.dateline("Shares fell (sharply) - again.") == nil)
    }

    @Test func titleFromAParagraphIsItsFirstSentence() {
        let blocks = [SourceBlock(kind: .body, text: String(repeating: "word ", count: 12) + "ends here. Then more words follow in the same line of text.", lines: 0..<1)]
        let selection = TitleSelection.select(from: blocks)
        #expect(selection.title == String(repeating: "word ", count: 12) + "ends here.")
        #expect(!selection.consumedLine)
        #expect(selection.blocks.count == 1)
    }

    @Test func markdownInline() {
        #expect(MarkdownInline.plainText("See [the report](http://x.y) and ![chart](c.png) **now** `code`") == "See the report and now code")
    }

    @Test func shareBarsStampsAndContributorLinesAreChrome() {
        for line in ["Facebook Tweet Email Link", "Updated 3:45 PM ET, Mon January 27, 2025", "Published 27 Jan 2025 14.05 GMT",
                     "Link Copied!", "Ad Feedback", "AP Business Writers Stan Choe and Matt Ott contributed to this report."] {
            #expect(ChromeRules.isChrome(line), Comment(rawValue: line))
        }
        for line in ["Monday, January 27", "January 2025", "Email and Facebook were down for 3 hours on Monday.",
                     "Share prices fell 3% on Monday"] {
            #expect(!ChromeRules.isChrome(line), Comment(rawValue: line))
        }
    }

    @Test func aDateLineNamesAMonthOrWeekday() {
        #expect(ChromeRules.isDateOnly(TextShape.comparable("27 January 2025")))
        #expect(ChromeRules.isDateOnly(TextShape.comparable("Tue 28 Jan 2025")))
        #expect(!ChromeRules.isDateOnly(TextShape.comparable("3 days ago")))
        #expect(!ChromeRules.isDateOnly(TextShape.comparable("27 January marchers")))
    }

    @Test func htmlTitleLosesSiteName() {
        #expect(HTMLBlocks.stripSiteName("Solar Farm Opens | Daily Planet", "Daily Planet") == "Solar Farm Opens")
        #expect(HTMLBlocks.stripSiteName("Solar Farm Opens - Other", "Daily Planet") == "Solar Farm Opens - Other")
    }

    @Test func aPageWithoutSiteMetadataNamesItsSiteInTheTitle() {
        #expect(HTMLBlocks.siteName(inTitle: "Solar Farm Opens - Daily Planet", heading: "Solar farm opens") == "Daily Planet")
        #expect(HTMLBlocks.siteName(inTitle: "Solar Farm Opens | Daily Planet", heading: nil) == "Daily Planet")
        // Without a headline to compare, a dash may join two halves of one title.
        #expect(HTMLBlocks.siteName(inTitle: "Solar farm opens - and closes", heading: nil) == nil)
        #expect(HTMLBlocks.siteName(inTitle: "Solar Farm Opens - Daily Planet", heading: nil) == nil)
        #expect(HTMLBlocks.siteName(inTitle: "Solar Farm Opens | Daily Planet", heading: "Wind farm closes") == nil)
        let page = "<html><head><title>Solar Farm Opens | Daily Planet</title></head><body><p>The farm opened today.</p></body></html>"
        let article = try? ArticleParser.parse(path: "a.html", bytes: Array(page.utf8))
        #expect(article?.title == "Solar Farm Opens")
        #expect(article?.source == "Daily Planet")
    }
}
