import Testing
@testable import NewsCore

/// Search on the real seed articles, split into passages by hand (`SeedPassages`).
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct SearchSeedTests {
    @Test func phraseAndEntityQueriesFindTheSeedPassages() throws {
        let tagged = try SeedPassages.corpus()
        let index = SearchIndex(tagged)
        let sputnik = try index.search(#""sputnik moment" @andreessen"#)
        #expect(sputnik.articles.map { tagged.corpus.articles[$0.article].path }.sorted()
            == ["seeds/000.txt", "seeds/001.txt", "seeds/003.txt"])
        let both = try index.search("@nvidia @deeps chips")
        #expect(both.totalPassages > 0)
        for hit in both.articles.flatMap(\.passages) {
            let entities = tagged.entityIDs(in: hit.passage)
            #expect(entities.contains(0) && entities.contains(2))
        }
        #expect(try index.search("@liang").totalArticles == 2)
    }
}
