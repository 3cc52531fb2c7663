import Testing
@testable import NewsCore

@Suite struct EntityLookupRankingTests {
    /// Two entities: one whose name starts with "blair" (rare), one with a later word that does
    /// (common). The picker should offer the common one first.
    @Test func aLaterWordMatchRanksWithPrefixesByMentions() throws {
        let article = Article(path: "a.txt", title: "t", raw: "", passages: [
            Passage(index: 0, kind: .body, text: "Tony Blair spoke. Tony Blair left. Tony Blair returned. The Blair Witch Project played."),
        ])
        var catalog = EntityCatalog()
        catalog.add(Entity(id: 0, name: "Blair Witch Project", type: .other, aliases: [], origin: .catalog))
        catalog.add(Entity(id: 1, name: "Tony Blair", type: .person, aliases: [], origin: .catalog))
        let tagged = Tagger.tag(Corpus(name: "t", articles: [article]), catalog: catalog, discover: false)
        let candidates = EntityLookup(tagged).candidates(for: "blair")
        #expect(candidates.map(\.name) == ["Tony Blair", "Blair Witch Project"])
        #expect(candidates.map(\.match) == [.wordPrefix, .prefix])
    }

    @Test func ranksExactPrefixWordPrefixFuzzy() {
        let tagged = LinkFixture.tagged([
            .init(path: "a.txt", passages: ["Nvidia shares fell after DeepSeek R1 showed cheap training."]),
            .init(path: "b.txt", passages: ["Liang Wenfeng founded DeepSeek; Nvidia chips were restricted."]),
        ], entities: [
            LinkFixture.entity("Nvidia"), LinkFixture.entity("DeepSeek"),
            LinkFixture.entity("DeepSeek R1", .product, parent: "DeepSeek"),
            LinkFixture.entity("Liang Wenfeng", .person, aliases: ["Liang"]),
        ])
        let lookup = EntityLookup(tagged)
        #expect(lookup.candidates(for: "nvid").map(\.name) == ["Nvidia"])
        #expect(lookup.candidates(for: "deeps").map(\.name) == ["DeepSeek", "DeepSeek R1"])
        #expect(lookup.candidates(for: "deepseek").map(\.match) == [.exact, .prefix])
        #expect(lookup.candidates(for: "wenf").first?.match == .wordPrefix)
        #expect(lookup.candidates(for: "nvdia").first?.name == "Nvidia")
        #expect(lookup.candidates(for: "nvdia").first?.match == .fuzzy)
        #expect(lookup.candidates(for: "lian").first?.name == "Liang Wenfeng")
        #expect(lookup.candidates(for: "nvd").isEmpty)
    }

    @Test func bestIsTheFirstCandidateAlsoForNamesTypedInFull() {
        // "Apple" is one entity's name and, typed exactly, another's alias: mentions decide.
        let tagged = LinkFixture.tagged([
            .init(path: "a.txt", passages: ["Apple Records and Apple Records again; Apple Inc once; Liang Wenfeng."]),
        ], entities: [
            LinkFixture.entity("Apple Inc", aliases: ["Apple"]), LinkFixture.entity("Apple Records", aliases: ["Apple"]),
            LinkFixture.entity("Liang Wenfeng", .person, aliases: ["Liang"]),
        ])
        let lookup = EntityLookup(tagged)
        for query in ["apple", "Apple", " apple ", "APPLE INC", "apple records", "liang", "liang_wenfeng", "wenfeng", "lian", "appl", "", "zzz"] {
            #expect(lookup.best(query) == lookup.candidates(for: query, limit: 1).first?.entity, "\(query)")
        }
        #expect(lookup.best("apple") == 1)
    }
}

@Suite struct DiscoveryTitledFormTests {
    @Test func aTitleBeforeAKnownCandidateIsNotANewEntity() {
        let corpus = Corpus(name: "t", articles: [
            "It was late. Prime Minister Tony Blair has yet to name the date, and aides to Tony Blair said so again.",
            "No comment was made. But Prime Minister Tony Blair has said he will travel, and Tony Blair did.",
        ].enumerated().map { EntityFixtures.article("a\($0.offset)", $0.element) })
        let names = EntityDiscovery.discover(corpus, known: []).map(\.name)
        #expect(names.contains("Tony Blair"))
        #expect(!names.contains { $0.hasSuffix(" Tony Blair") })
    }
}
