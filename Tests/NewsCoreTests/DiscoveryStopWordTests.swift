import Testing
@testable import NewsCore

@Suite struct DiscoveryStopWordTests {
    func discovered(_ texts: [String]) -> [String] {
        let corpus = Corpus(name: "t", articles: texts.enumerated().map { EntityFixtures.article("a\($0.offset)", $0.element) })
        return EntityDiscovery.discover(corpus, known: []).map(\.name)
    }

    @Test func commonTechAcronymsAreNotEntities() {
        let found = discovered([
            "The lab said its AI ran on GPUs behind an API, unlike the Acme Widgets Ltd models.",
            "Rivals said the AI needed more GPUs and a cheaper API than Acme Widgets Ltd offered.",
        ])
        #expect(found == ["Acme Widgets Ltd"])
    }

    @Test func demonymPlusAcronymIsNotAName() {
        let found = discovered([
            "Investors said American AI still leads, as Chinese AI catches up.",
            "Some argue American AI is safe and Chinese AI is cheap.",
        ])
        #expect(found.isEmpty)
    }

    @Test func contractionsAndDescriptiveHyphenationsAreNotNames() {
        #expect(DiscoveryStopWords.contains("I’ve"))
        #expect(DiscoveryStopWords.contains("AI-capable"))
        #expect(DiscoveryStopWords.contains("US-led"))
        #expect(!DiscoveryStopWords.contains("Coca-Cola"))
        #expect(!DiscoveryStopWords.contains("High-Flyer"))
    }
}

@Suite struct DiscoveryGivenNameTests {
    @Test func aGivenNameAloneIsNotAnEntity() {
        let corpus = Corpus(name: "t", articles: [
            "Yesterday the talks with Prince William and Serena Williams ended at Acme Widgets Ltd.",
            "Later, William and Williams spoke to Acme Widgets Ltd again.",
        ].enumerated().map { EntityFixtures.article("a\($0.offset)", $0.element) })
        let names = EntityDiscovery.discover(corpus, known: []).map(\.name)
        #expect(!names.contains("William"))
        #expect(names.contains("Acme Widgets Ltd"))
    }
}
