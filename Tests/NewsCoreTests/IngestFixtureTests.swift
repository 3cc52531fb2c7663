import Testing
@testable import NewsCore

/// One fixture per nasty case, each checked passage by passage (kind and text).
@Suite struct IngestFixtureTests {
    typealias Expected = [(PassageKind, String)]

    func article(_ name: String) throws -> Article {
        try ArticleParser.parse(path: name, bytes: SharedData.fixtureBytes("ingest/" + name))
    }

    func expectPassages(_ article: Article, _ expected: Expected, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(article.passages.map(\.kind) == expected.map(\.0), sourceLocation: sourceLocation)
        #expect(article.passages.map(\.text) == expected.map(\.1), sourceLocation: sourceLocation)
        #expect(article.passages.map(\.index) == Array(article.passages.indices), sourceLocation: sourceLocation)
    }

    @Test func hardWrappedTextIsReflowed() throws {
        let article = try article("hard-wrapped.txt")
        #expect(article.title == "Harbour Plan Approved After Long Debate")
        expectPassages(article, [
            (.body, "The city council voted on Tuesday to rebuild the old harbour, a project that has been discussed for a decade and was twice rejected. Officials said the work would begin in spring."),
            (.heading, "What happens next?"),
            (.body, "Contractors will bid for the work over the summer. The first phase covers the northern pier and the fish market."),
        ])
        #expect(article.passages[0].lines == 1..<5)
    }

    @Test func listItemsLoseTheirMarkers() throws {
        let article = try article("list-items.txt")
        #expect(article.title == "Five Things To Know About The Budget")
        expectPassages(article, [
            (.body, "The chancellor set out these measures:"),
            (.listItem, "Income tax unchanged for a third year."),
            (.listItem, "Fuel duty frozen until April."),
            (.listItem, "A new levy on plastic packaging."),
            (.listItem, "More money for schools"),
            (.listItem, "A review of business rates"),
            (.body, "The measures take effect next month."),
        ])
    }

    @Test func frontMatterGivesTitleAndOutletAndWireCreditsAreSetAside() throws {
        let article = try article("front-matter.md")
        #expect(article.title == "Harbour cranes arrive: what comes next")
        #expect(article.source == "The Quay Gazette")
        expectPassages(article, [
            (.body, "Two cranes reached the northern pier on Tuesday after a three-week voyage."),
            (.body, "Reporting by the harbour office was late, officials said."),
            (.chrome, "(Reporting by Jane Roe in Portsmouth; Editing by Kim Doe)"),
            (.chrome, "Reporting by Jane Roe; Editing by Kim Doe"),
            (.chrome, "This article was originally published on quaygazette.example."),
        ])
        // The block's lines are kept in the raw text, and passages keep their line numbers.
        #expect(article.raw.hasPrefix("---\ntitle:"))
        #expect(article.passages[0].lines == 11..<12)
    }

    @Test func aStoryOpeningWithARuleHasNoFrontMatter() {
        #expect(FrontMatter.parse("---\nThe storm came at night.\n---\nIt left at dawn.\n") == nil)
        #expect(FrontMatter.parse("---\ntitle: x\n") == nil)
        #expect(FrontMatter.parse("+++\ntitle = \"Storm\"\n+++\nText.\n")?.title == "Storm")
    }

    @Test func markdownHeadingsParagraphsAndInlineMarkup() throws {
        let article = try article("headings.md")
        #expect(article.title == "Rail Strike Called Off")
        expectPassages(article, [
            (.body, "Unions and operators reached a deal late on Sunday, ending a dispute that had lasted six weeks."),
            (.heading, "What was agreed"),
            (.body, "Pay rises of 5% over two years, according to the union."),
            (.heading, "Timetables"),
            (.listItem, "Services return to normal on Wednesday"),
            (.listItem, "Season tickets will be extended"),
        ])
    }

    @Test func textCopiedFromAPageLosesItsMenuDateCaptionAndLinkSections() throws {
        let article = try article("pasted-page.txt")
        #expect(article.title == "Cranes reach the northern pier after three-week voyage")
        expectPassages(article, [
            (.chrome, "Skip to content"), (.chrome, "Home"), (.chrome, "Ports"), (.chrome, "Weather"),
            (.chrome, "27 January 2025"), (.chrome, "Share"), (.chrome, "Save"),
            (.chrome, "Jane Roe"), (.chrome, "Shipping correspondent"),
            (.chrome, "Getty Images"), (.chrome, "A crane on the barge at dawn"),
            (.body, "Two cranes reached the northern pier on Tuesday after a three-week voyage."),
            (.body, "The port said they cost $12 million together."),
            (.chrome, "Related topics"), (.chrome, "Shipping"), (.chrome, "Harbour"),
            (.chrome, "More on this story"), (.chrome, "Fish market to reopen in May"), (.chrome, "Published 3 days ago"),
            // A paragraph of the story ends the section.
            (.body, "In March the first crane will lift containers for the new terminal, the port said."),
        ])
    }

    @Test func divBuiltPagesLoseTheirMenusCaptionsAndLinkLists() throws {
        let article = try article("div-page.html")
        #expect(article.title == "Cranes reach the northern pier")
        #expect(article.source == "Harbour Wire")
        expectPassages(article, [
            (.chrome, "Harbour Wire Ports Ships"),
            (.chrome, "By Jane Roe, Harbour Wire"),
            (.body, "Two cranes reached the northern pier on Tuesday."),
            (.chrome, "A crane on the barge. Photo agency"),
            (.body, "The port said they cost $12 million together, a record for the harbour."),
            (.chrome, "Fish market to reopen in May"),
            (.listItem, "The first crane lifts in March."),
            (.chrome, "Pier timetable"),
            (.chrome, "Contact the newsroom"),
        ])
    }

    @Test func htmlParagraphsSeparatedByTwoLineBreaks() throws {
        let article = try article("line-breaks.html")
        expectPassages(article, [
            (.body, "Chip stocks fell on Monday."),
            (.body, "The index dropped 3.1% as investors sold."),
            (.chrome, "Sign up for our newsletter"),
        ])
    }

    @Test func htmlPageKeepsOnlyTheArticle() throws {
        let article = try article("page.html")
        #expect(article.title == "Solar Farm Opens")
        #expect(article.source == "Daily Planet")
        expectPassages(article, [
            (.body, "The largest solar farm in the region opened on Monday, supplying power to 40,000 homes."),
            (.chrome, "Buy one get one free"),
            (.chrome, "Advertisement"),
            (.heading, "Who built it"),
            (.listItem, "Sunworks Ltd"),
            (.listItem, "Café Energy & Co"),
            (.body, "The project cost £12m."),
        ])
    }

    @Test func characterReferencesAreDecoded() throws {
        let article = try article("entities.txt")
        #expect(article.title == "Café Prices Rise")
        expectPassages(article, [
            (.body, "Prices at the café rose to £8 a meal, Mr Blair¿s aide said — a \"big\" jump."),
            (.body, "José said 3 < 4 && 5 > 2, 'quoted' here &unknown; &amp"),
        ])
        #expect(article.raw.contains("caf&#233;"))
    }

    @Test func binaryAndEmptyFilesAreRefused() throws {
        #expect(throws: ArticleParseError.binary) { try article("binary.txt") }
        #expect(throws: ArticleParseError.empty) { try article("empty.txt") }
        #expect(throws: ArticleParseError.empty) { try ArticleParser.parse(path: "x.txt", bytes: Array(" \n\t\n".utf8)) }
    }

    @Test func crlfLineEndingsAreNormalised() throws {
        let article = try article("crlf.txt")
        #expect(article.title == "Crlf Title")
        expectPassages(article, [
            (.body, "First paragraph ends here."),
            (.body, "Second paragraph continues in lowercase."),
        ])
        #expect(article.raw.contains("\r\n"))
    }

    @Test func sourceTrailerNamesTheOutletAndIsChrome() throws {
        let article = try article("source-trailer.txt")
        #expect(article.source == "Reuters")
        expectPassages(article, [
            (.body, "LONDON (Reuters) - Shares fell across Europe on Thursday as investors worried about interest rates."),
            (.body, "Analysts expect further falls."),
            (.chrome, "Source: Reuters"),
        ])
    }

    @Test func repeatedParagraphsPointAtTheFirst() throws {
        let article = try article("repeats.txt")
        expectPassages(article, [
            (.body, "The council will raise tax by four percent from April to pay for social care."),
            (.body, "Residents were consulted in the autumn."),
            (.repeat, "The council will raise tax by four percent from April to pay for social care."),
            (.repeat, "the council will raise tax by four percent, from April, to pay for social care"),
            (.body, "Residents were consulted in the autumn, officials said, and most agreed. The plan is final."),
            (.repeat, "Residents were consulted in the autumn, officials said, and most agreed."),
        ])
        #expect(article.passages.map(\.repeatOf) == [nil, nil, 0, 0, nil, 4])
    }

    @Test func chromeLinesAreSetAside() throws {
        let article = try article("chrome.txt")
        #expect(article.title == "Storm Closes Schools")
        expectPassages(article, [
            (.chrome, "Advertisement"),
            (.chrome, "News"),
            (.chrome, "NEWYou can now listen to Fox News articles!"),
            (.body, "Hundreds of schools closed on Friday as the storm brought heavy snow."),
            (.chrome, "CLICK HERE TO GET THE FOX NEWS APP"),
            (.chrome, "THERE IS A STORM COMING AND IT WILL CLOSE EVERY SCHOOL, SAYS MAYOR"),
            (.chrome, "Share this article"),
            (.chrome, "Storm Closes Schools"),
            (.chrome, "Roads were gritted overnight. (Photo by Jane Doe/Getty Images)"),
            (.chrome, "Photo: Jane Doe"),
            (.chrome, "Sign up for our morning newsletter"),
            (.chrome, "Read more"),
            (.body, "Subscribers to the paper's weather service were warned on Thursday that the storm would be one of the worst of the decade."),
        ])
        #expect(article.wordCount == 12 + 22)
    }
}
