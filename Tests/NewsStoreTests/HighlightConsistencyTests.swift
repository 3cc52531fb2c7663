import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// The search finds highlights by running the index's tokenizer in Swift; these tests hold it to
/// what FTS5's own `highlight()` marks for the same expression, passage by passage.
@Suite struct HighlightConsistencyTests {
    static let queries = [
        "chips", "trained", "distill*", "export controls", #""export controls""#, "cheap* model", #""sputnik moment""#,
        "Nvidia's", "cafe", "5.6 million", #""$5.6 million""#, "U.S.", "deep*", "the*", "R1", #""DeepSeek R1""#,
        "liang wenfeng", "open-source", "chip* export*", "ran", "running", "universities", "happily", "a*", "billion*",
        #""the company said""#, "2,048", "H800s", "o1", "‘Sputnik’", "naïve", "Wenfeng’s",
    ]

    /// Compares every hit of every query; returns how many passages were compared.
    func check(_ tagged: TaggedCorpus, queries: [String]) throws -> Int {
        let stored = try SearchDatabase(tagged)
        let search = try stored.search(tagged)
        var compared = 0
        for text in queries {
            let query = try SearchQuery.parse(text)
            guard let expression = MatchExpression.build(words: query.words, phrases: query.phrases) else { continue }
            for hit in try search.search(query, limit: 10_000).articles.flatMap(\.passages) {
                let passage = tagged.corpus.passage(hit.passage).text
                let theirs = try #require(try stored.highlight(expression, hit.passage, text: passage))
                #expect(hit.highlights == FullTextSearch.merged(theirs), "\(text) in \(hit.passage): \(passage)")
                compared += 1
            }
        }
        return compared
    }

    @Test func theFixtureAndTheProjectCorpusHighlightAsFTS5Does() throws {
        #expect(try check(SearchFixture.news, queries: Self.queries + ["robo*", "wenfeng cafe robots", #""moment of truth""#]) > 20)
        #expect(try check(try RealCorpus.corpus.get().tagged, queries: Self.queries) > 500)
    }

    @Test(.enabled(if: ProjectPaths.sharedIsAvailable, Comment(rawValue: ProjectPaths.skipMessage)))
    func theSeedsHighlightAsFTS5Does() throws {
        let tagged = try RealCorpus.seeds.get().tagged
        // Plus every tenth distinct longer word of the seeds, and its first four letters as a prefix.
        let words = Set(tagged.corpus.articles.flatMap(\.passages).filter(\.kind.isContent)
            .flatMap { passage in Tokenizer.tokens(in: passage.text).map { TextOffsets.slice(passage.text, $0.range) } })
            .filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }.sorted()
        let sample = stride(from: 0, to: words.count, by: 10).map { words[$0] }
        #expect(try check(tagged, queries: Self.queries + sample + sample.map { String($0.prefix(4)) + "*" }) > 1_500)
    }

    @Test func markersReadBackAsByteRangesOfTheText() {
        let open = HighlightMarkers.open, close = HighlightMarkers.close
        let text = "Liang Wenfeng’s 🐋 café"
        // "Liang " is 6 bytes, "Wenfeng" 7, "’s 🐋 " 3 + 1 + 1 + 4 + 1, "café" 5.
        #expect(HighlightMarkers.ranges(marked: "Liang \(open)Wenfeng\(close)’s 🐋 \(open)café\(close)", text: text)
            == [6..<13, 23..<28])
        #expect(HighlightMarkers.ranges(marked: text, text: text) == [])
        #expect(HighlightMarkers.ranges(marked: "\(open)a\(close)b", text: "ab c") == nil)
        #expect(HighlightMarkers.ranges(marked: "\(open)a", text: "a") == nil)
        #expect(HighlightMarkers.ranges(marked: "\(open)a\(close)\(open)", text: "a\(open)") == nil)
    }
}
