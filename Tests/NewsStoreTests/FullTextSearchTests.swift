import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// Every query feature on a fixture corpus, with the exact passages and highlights expected.
@Suite struct FullTextSearchTests {
    let tagged = SearchFixture.news
    let index = SearchFixture.newsSearch

    func only(_ query: String) throws -> PassageHit {
        let results = try index.search(query)
        try #require(results.totalPassages == 1, "\(query): \(tagged.texts(results))")
        return results.articles[0].passages[0]
    }

    @Test func phrasesMustBeContiguousAndKeepCommonWords() throws {
        let sputnik = try index.search(#""sputnik moment""#)
        #expect(tagged.texts(sputnik) == ["Analysts called it a Sputnik moment for American chips."])
        #expect(tagged.highlighted(sputnik.articles[0].passages[0]) == ["Sputnik moment"])
        #expect(tagged.highlighted(try only(#""moment of truth""#)) == ["Moment of truth"])
        #expect(try index.search(#""moment sputnik""#).totalPassages == 0)
    }

    @Test func wordsAreAndedStemmedAndHighlightedWhereverTheyOccur() throws {
        let results = try index.search("chips nvidia")
        #expect(results.totalArticles == 2 && results.totalPassages == 2)
        // c.txt says "chips" four times in a short passage: bm25 puts it first.
        #expect(tagged.paths(results) == ["c.txt", "b.txt"])
        #expect(tagged.highlighted(results.articles[0].passages[0]) == ["Nvidia", "chips", "Nvidia", "chips", "chips", "chips"])
        // Porter stems both sides: "trained" finds "training", "chip" finds "chips".
        #expect(tagged.texts(try index.search("trained")) == [
            "Nvidia shares fell after DeepSeek R1 showed cheap training.",
            "Liang Wenfeng’s fund 🐋 backed DeepSeek’s café plan; robots trained on it.",
        ])
        #expect(try index.search("chip") == index.search("chips").with(query: "chip"))
        // "Nvidia's" is the word Nvidia.
        #expect(try index.search("Nvidia's") == index.search("nvidia").with(query: "Nvidia's"))
    }

    @Test func chromeIsNeverFound() throws {
        #expect(try index.search("advertisement").totalPassages == 0)
        #expect(try index.search("buy").totalPassages == 0)
    }

    @Test func aTrailingStarIsAPrefix() throws {
        let results = try index.search("robo*")
        #expect(tagged.texts(results) == [
            "Acme Robotics showed a delivery robot.",
            "Liang Wenfeng’s fund 🐋 backed DeepSeek’s café plan; robots trained on it.",
        ])
        #expect(results.articles[0].passages.map(tagged.highlighted) == [["Robotics", "robot"], ["robots"]])
        // Without the star a word is whole: "robo" is no word here.
        #expect(try index.search("robo").totalPassages == 0)
        #expect(try index.search("sput* mom*").totalPassages == 2)
    }

    @Test func highlightsAreUTF8ByteRangesPastMultiByteText() throws {
        let hit = try only("wenfeng cafe @deepseek robots")
        let text = tagged.corpus.passage(hit.passage).text
        #expect(tagged.highlighted(hit) == ["Wenfeng", "DeepSeek", "café", "robots"])
        // "Liang " is 6 bytes; after "Wenfeng’s fund 🐋 backed " (7 + 3 + 1 + 1 + 4 + 1 + 4 + 1 + 6 + 1).
        #expect(hit.highlights.first == 6..<13)
        #expect(hit.highlights[1].lowerBound == 6 + 7 + 3 + 1 + 1 + 4 + 1 + 4 + 1 + 6 + 1)
        #expect(hit.highlights.allSatisfy { $0.upperBound <= text.utf8.count })
    }

    @Test func allEntitiesMustAppearAndProductsCountForTheirMaker() throws {
        let results = try index.search("@nvidia @deeps")
        #expect(results.entities == [tagged.entities.id(named: "Nvidia")!, tagged.entities.id(named: "DeepSeek")!])
        #expect(tagged.texts(results).sorted() == [
            "Liang Wenfeng founded DeepSeek; Nvidia chips were restricted.",
            "Nvidia shares fell after DeepSeek R1 showed cheap training.",
        ])
        let a = try #require(results.articles.first { $0.article == 0 }?.passages.first)
        #expect(tagged.highlighted(a) == ["Nvidia", "DeepSeek R1"])
        #expect(try index.search("entity:nvidia entity:\"Liang Wenfeng\"").totalPassages == 1)
    }

    @Test func entityOnlyQueriesRankByMentions() throws {
        // c.txt names Nvidia twice: 1 + ln 2; a.txt and b.txt once: 1, in corpus order.
        let results = try index.search("@nvidia")
        #expect(tagged.paths(results) == ["c.txt", "a.txt", "b.txt"])
        #expect(results.articles.map(\.score) == [1 + log(2.0), 1, 1])
        #expect(tagged.highlighted(results.articles[0].passages[0]) == ["Nvidia", "Nvidia"])
    }

    @Test func wordsAndEntitiesAddUp() throws {
        let words = try index.search("chips")
        let both = try index.search("chips @nvidia")
        let nvidia = tagged.entities.id(named: "Nvidia")!
        for hit in both.articles.flatMap(\.passages) {
            let plain = try #require(words.articles.flatMap(\.passages).first { $0.passage == hit.passage })
            let mentions = tagged.mentions(in: hit.passage).filter { $0.entity == nvidia }.count
            #expect(abs(hit.score - plain.score - (1 + log(Double(mentions)))) < 1e-9)
        }
        #expect(both.totalPassages == 2)
    }

    @Test func groupsPassagesByArticleInReadingOrder() throws {
        let results = try index.search("@deepseek")
        #expect(tagged.paths(results).sorted() == ["a.txt", "b.txt", "d.txt"])
        let liang = try index.search("@liang")
        #expect(liang.articles.map { $0.passages.map(\.passage) } == [
            [PassageID(article: 1, passage: 0)], [PassageID(article: 3, passage: 1)],
        ])
        let sputnik = try index.search("sputnik moment")
        #expect(sputnik.articles.map { $0.passages.count } == [1, 1])
        for article in try index.search("chips").articles {
            #expect(article.passages.map(\.passage) == article.passages.map(\.passage).sorted())
            #expect(article.score == article.passages.map(\.score).max())
        }
    }

    @Test func limitCountsArticlesAndTotalsCountEverything() throws {
        let results = try index.search("@nvidia", limit: 1)
        #expect(tagged.paths(results) == ["c.txt"])
        #expect(results.totalArticles == 3 && results.totalPassages == 3)
        #expect(try index.search("@nvidia", limit: 0).articles.isEmpty)
    }

    @Test func unknownEntitiesAndCommonWordsAreErrors() throws {
        #expect(throws: SearchError.unknownEntity("openai")) { try index.search("@openai") }
        #expect(throws: SearchError.onlyCommonWords(["the", "of"])) { try index.search("the of") }
        #expect(throws: SearchError.onlyCommonWords(["---", "!!"])) { try index.search("--- !!") }
        #expect(throws: SearchError.onlyCommonWords(["*"])) { try index.search("*") }
        // A phrase of common words is something to look for.
        #expect(try index.search(#""it a""#).totalPassages == 1)
    }

    @Test func operatorsTypedAsWordsAreWords() throws {
        let plain = try index.search("chips nvidia")
        for query in ["chips OR nvidia", "chips AND nvidia", "chips NOT nvidia", "chips -nvidia", "(chips nvidia)",
                      "^chips nvidia", "chips + nvidia", "{chips nvidia}", "chips :nvidia", "chips~ nvidia*"] {
            #expect(try index.search(query) == plain.with(query: query), "\(query)")
        }
        // NEAR is a word like any other: no passage says it.
        #expect(try index.search("NEAR(chips nvidia)").totalPassages == 0)
        #expect(try index.search(#""chips" OR "nvidia""#).totalPassages == 2)
    }
}
