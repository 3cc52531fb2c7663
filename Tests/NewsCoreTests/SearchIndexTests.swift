import Testing
@testable import NewsCore

@Suite struct SearchIndexTests {
    static let tagged = LinkFixture.tagged([
        .init(path: "a.txt", passages: [
            "Nvidia shares fell after DeepSeek R1 showed cheap training.",
            "Analysts called it a Sputnik moment for American chips.",
            "Advertisement: buy chips now",
        ], chrome: [2]),
        .init(path: "b.txt", passages: [
            "Liang Wenfeng founded DeepSeek; Nvidia chips were restricted.",
            "Moment of truth: Sputnik was a satellite, the moment passed.",
        ]),
        .init(path: "c.txt", passages: ["Nvidia makes chips. Nvidia chips are everywhere, chips chips."]),
    ], entities: [
        LinkFixture.entity("Nvidia"), LinkFixture.entity("DeepSeek"),
        LinkFixture.entity("DeepSeek R1", .product, parent: "DeepSeek"),
        LinkFixture.entity("Liang Wenfeng", .person, aliases: ["Liang"]),
    ])
    let index = SearchIndex(Self.tagged)

    func texts(_ results: SearchResults) -> [String] {
        results.articles.flatMap(\.passages).map { Self.tagged.corpus.passage($0.passage).text }
    }

    func highlighted(_ hit: PassageHit) -> [String] {
        hit.highlights.map { TextOffsets.slice(Self.tagged.corpus.passage(hit.passage).text, $0) }
    }

    @Test func phrasesMustBeContiguous() throws {
        let results = try index.search(#""sputnik moment""#)
        #expect(texts(results) == ["Analysts called it a Sputnik moment for American chips."])
        #expect(highlighted(results.articles[0].passages[0]) == ["Sputnik moment"])
    }

    @Test func allEntitiesMustAppearAndProductsCountForTheirMaker() throws {
        let results = try index.search("@nvidia @deeps")
        #expect(results.entities == [0, 1])
        #expect(results.totalPassages == 2)
        let first = try #require(results.articles.first?.passages.first)
        #expect(highlighted(first) == ["Nvidia", "DeepSeek R1"])
    }

    @Test func wordsAreAndedAndChromeIsNeverFound() throws {
        let results = try index.search("chips nvidia")
        #expect(results.totalArticles == 2)
        // c.txt says "chips" five times in a short passage: BM25 puts it first.
        #expect(results.articles.map(\.article) == [2, 1])
        #expect(try index.search("advertisement").totalPassages == 0)
    }

    @Test func groupsPassagesByArticleInReadingOrder() throws {
        let results = try index.search("@deepseek")
        #expect(results.articles.map(\.article).sorted() == [0, 1])
        #expect(try index.search("@liang").articles.first?.passages.map(\.passage) == [PassageID(article: 1, passage: 0)])
    }

    @Test func unknownEntitiesAndStopWordsAreErrors() {
        #expect(throws: SearchError.unknownEntity("openai")) { try index.search("@openai") }
        #expect(throws: SearchError.onlyCommonWords(["the", "of"])) { try index.search("the of") }
    }

    @Test func entityLookupRanksExactPrefixWordPrefixFuzzy() {
        let lookup = index.entities
        #expect(lookup.candidates(for: "nvid").map(\.name) == ["Nvidia"])
        #expect(lookup.candidates(for: "deeps").map(\.name) == ["DeepSeek", "DeepSeek R1"])
        #expect(lookup.candidates(for: "deepseek").map(\.match) == [.exact, .prefix])
        #expect(lookup.candidates(for: "wenf").first?.match == .wordPrefix)
        #expect(lookup.candidates(for: "nvdia").first?.name == "Nvidia")
        #expect(lookup.candidates(for: "nvdia").first?.match == .fuzzy)
        #expect(lookup.candidates(for: "lian").first?.name == "Liang Wenfeng")
        #expect(lookup.candidates(for: "nvd").isEmpty)
    }
}
