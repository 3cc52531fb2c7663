import Testing
@testable import NewsCore

/// The linker on the real seed articles, split into passages by hand (`SeedPassages`).
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct LinkSeedTests {
    @Test func trainingCostPassagesRankFirstForDeepSeek() throws {
        let tagged = try SeedPassages.corpus()
        let linker = PassageLinker(tagged)
        let article = try #require(tagged.corpus.articles.firstIndex { $0.path.contains("003") })
        let passage = try #require(tagged.corpus.articles[article].passages.firstIndex {
            $0.text.contains("spent just $5.6 million")
        })
        let deepSeek = try #require(tagged.entities.id(named: "DeepSeek"))
        let related = linker.related(to: PassageID(article: article, passage: passage), entity: deepSeek, limit: 40)
        let text = { (link: RelatedPassage) in tagged.corpus.passage(link.target).text }

        // Every passage of the other seeds giving the ~$6 million training cost, first.
        let sixMillion = related.filter { link in ["$6 million", "$6m", "$6M"].contains { text(link).contains($0) } }
        #expect(sixMillion.count == 7)
        #expect(Set(related.prefix(7).map(\.target)) == Set(sixMillion.map(\.target)))
        #expect(related.contains { text($0).hasPrefix("The questionable part is whether roughly $6 million") })
        for link in related.prefix(7) {
            #expect(link.why.figure?.kind == .comparable, "\(link.why)")
            #expect(link.score > 0.25)
        }
        #expect(related.first?.why.description.contains("figures: $5.6 million ~ $6 million") == true)

        // A passage about what DeepSeek spent ranks above ones that only name it.
        let spent = try #require(related.firstIndex { text($0).contains("what DeepSeek actually spent") })
        let bare = try #require(related.firstIndex { text($0).hasPrefix("‘Experts’ fear China’s DeepSeek AI") })
        #expect(spent < bare)
        #expect(related.allSatisfy { $0.target.article != article })
    }
}
