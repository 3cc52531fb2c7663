import Testing
@testable import NewsCore

@Suite struct BylineTests {
    @Test func bylineNamesTheOutletAfterItsDash() {
        #expect(SourceAttribution.bylineOutlet("By Kestrel staff — Kestrel Policy Review, 29 January 2025") == "Kestrel Policy Review")
        #expect(SourceAttribution.bylineOutlet("By Jane Smith | The Courier") == "The Courier")
    }

    @Test func aMiddleDotSeparatesTheBylineFromItsDate() {
        #expect(SourceAttribution.isByline("By Sam Writer · 27 January 2025"))
        #expect(SourceAttribution.bylineOutlet("By Sam Writer · 27 January 2025") == nil)
        #expect(SourceAttribution.bylineOutlet("By Sam Writer • The Courier") == "The Courier")
    }

    @Test func aDateAfterTheDashIsNotAnOutlet() {
        #expect(SourceAttribution.bylineOutlet("By Northgate staff — January 28, 2025") == nil)
        #expect(SourceAttribution.isByline("By Northgate staff — January 28, 2025"))
    }

    @Test func aSentenceOpeningWithByIsNotAByline() {
        let sentence = "By the close of 2024, the Bank of China is set to provide loans to 100,000 firms."
        #expect(!SourceAttribution.isByline(sentence))
        #expect(!ChromeRules.isChrome(sentence))
        #expect(SourceAttribution.isByline("By Jane Smith and Li Wei"))
        #expect(ChromeRules.isChrome("By Jane Smith and Li Wei"))
    }

    @Test func markdownBylineGivesSourceAndIsSetAside() throws {
        let text = "# Chips and rules\n\n*By Desk staff — The Kestrel Review, 29 January 2025*\n\nThe rules changed in *October* 2022 for snake_case_names and footnotes*.\n"
        let article = try ArticleParser.parse(path: "a.md", bytes: Array(text.utf8))
        #expect(article.source == "The Kestrel Review")
        #expect(article.passages.map(\.kind) == [.chrome, .body])
        #expect(article.passages[0].text == "By Desk staff — The Kestrel Review, 29 January 2025")
        #expect(article.passages[1].text == "The rules changed in October 2022 for snake_case_names and footnotes*.")
    }

    @Test func aQuotedNameWithItsAcronymIsNotADateline() {
        #expect(SourceAttribution.dateline("\"High-Speed Downlink Packet Access (HSDPA) - sometimes called Super 3G - will be vital,\" it said.") == nil)
        #expect(SourceAttribution.dateline("WASHINGTON (AP) — Chip stocks fell.") == "AP")
    }
}
