import Foundation
import NewsCore
@testable import NewsStore

/// Small corpora for search tests, tagged by the real tagger with a catalog written in the test.
enum SearchFixture {
    struct ArticleSpec {
        var path: String
        var passages: [String]
        /// Indices of passages that are chrome (never searched).
        var chrome: Set<Int> = []
    }

    static func tagged(_ articles: [ArticleSpec], catalog: String) throws -> TaggedCorpus {
        let corpus = Corpus(name: "fixture", articles: articles.map { spec in
            Article(path: spec.path, title: spec.path, raw: spec.passages.joined(separator: "\n\n"),
                    passages: spec.passages.enumerated().map { index, text in
                        Passage(index: index, kind: spec.chrome.contains(index) ? .chrome : .body, text: text)
                    })
        })
        return Tagger.tag(corpus, catalog: try CatalogParser.parse(catalog), discover: false)
    }

    /// Four articles about chips, a Sputnik moment and a robot, with a chrome line.
    static let news: TaggedCorpus = try! tagged([
        ArticleSpec(path: "a.txt", passages: [
            "Nvidia shares fell after DeepSeek R1 showed cheap training.",
            "Analysts called it a Sputnik moment for American chips.",
            "Advertisement: buy chips now",
        ], chrome: [2]),
        ArticleSpec(path: "b.txt", passages: [
            "Liang Wenfeng founded DeepSeek; Nvidia chips were restricted.",
            "Moment of truth: Sputnik was a satellite, the moment passed.",
        ]),
        ArticleSpec(path: "c.txt", passages: ["Nvidia makes chips. Nvidia chips are everywhere, chips chips."]),
        ArticleSpec(path: "d.txt", passages: [
            "Acme Robotics showed a delivery robot.",
            "Liang Wenfeng’s fund 🐋 backed DeepSeek’s café plan; robots trained on it.",
        ]),
    ], catalog: """
        organisation: Nvidia
        organisation: DeepSeek
        product: DeepSeek R1 < DeepSeek
        person: Liang Wenfeng
        """)

    static let newsSearch: FullTextSearch = try! MemoryIndex.build(news).search
}

extension TaggedCorpus {
    /// The texts of the passages found, in result order.
    func texts(_ results: SearchResults) -> [String] {
        results.articles.flatMap(\.passages).map { corpus.passage($0.passage).text }
    }

    /// The highlighted parts of a hit's passage.
    func highlighted(_ hit: PassageHit) -> [String] {
        hit.highlights.map { TextOffsets.slice(corpus.passage(hit.passage).text, $0) }
    }

    func paths(_ results: SearchResults) -> [String] {
        results.articles.map { corpus.articles[$0.article].path }
    }
}

extension SearchResults {
    /// The same results as if `text` had been asked: to compare what two queries found.
    func with(query text: String) throws -> SearchResults {
        var copy = self
        copy.query = try SearchQuery.parse(text)
        return copy
    }
}

extension String {
    /// The first letter upper-cased: generated words read as a sentence.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
