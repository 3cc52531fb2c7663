import Testing
@testable import NewsCore

@Suite struct PromoOutletTests {
    @Test func promoLinesNameTheirSite() {
        #expect(PromoOutlet.name(in: "You can now listen to Fox News articles!") == "Fox News")
        #expect(PromoOutlet.name(in: "CLICK HERE TO GET THE FOX NEWS APP") == "FOX NEWS")
        #expect(PromoOutlet.name(in: "Click here for more Kestrel Review opinion") == "Kestrel Review")
        #expect(PromoOutlet.name(in: "Sign up for the Ledger newsletter.") == "Ledger")
    }

    @Test func genericPromoLinesNameNothing() {
        #expect(PromoOutlet.name(in: "Listen to this article") == nil)
        #expect(PromoOutlet.name(in: "Get the app") == nil)
        #expect(PromoOutlet.name(in: "Download the free app") == nil)
        #expect(PromoOutlet.name(in: "You can now listen to our articles!") == nil)
        #expect(PromoOutlet.name(in: "for more information, listen to these articles") == nil)
    }

    @Test func theMixedCaseSpellingWinsOverTheShoutedOne() {
        let blocks = [
            SourceBlock(kind: .chrome, text: "CLICK HERE TO GET THE FOX NEWS APP", lines: 0..<1),
            SourceBlock(kind: .body, text: "Get the Ledger app, said nobody in particular.", lines: 1..<2),
            SourceBlock(kind: .chrome, text: "You can now listen to Fox News articles!", lines: 2..<3),
        ]
        #expect(PromoOutlet.outlet(of: blocks) == "Fox News")
    }

    @Test func bodyTextIsNeverAPromoLine() {
        let blocks = [SourceBlock(kind: .body, text: "Readers can now listen to Ledger articles on the train.", lines: 0..<1)]
        #expect(PromoOutlet.outlet(of: blocks) == nil)
    }

    @Test func anArticleWhoseOnlyOutletIsInItsPromoLinesGetsItAsSource() throws {
        let text = """
            Chip stocks slide

            You can now listen to Kestrel News articles!

            Shares of chip makers fell on Monday after a cheaper model was released.

            CLICK HERE TO GET THE KESTREL NEWS APP
            """
        let article = try ArticleParser.parse(path: "promo.txt", bytes: Array(text.utf8))
        #expect(article.source == "Kestrel News")
    }
}
