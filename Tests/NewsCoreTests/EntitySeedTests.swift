import Foundation
import Testing
@testable import NewsCore

/// Tagging real articles (the seeds) with the test catalog; one passage per non-empty line.
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct EntitySeedTests {
    func tagged(_ prefix: String) throws -> TaggedCorpus {
        let text = String(decoding: try SharedData.seedBytes(prefix), as: UTF8.self)
        let corpus = Corpus(name: "seed", articles: [EntityFixtures.article(prefix, text)])
        return Tagger.tag(corpus, catalog: try EntityFixtures.catalog(), discover: false)
    }

    /// Every "text=entity/via" in the article, in order.
    func mentions(_ tagged: TaggedCorpus) -> [String] {
        let article = tagged.corpus.articles[0]
        return article.passages.indices.flatMap { p in
            tagged.mentions[0][p].map {
                "\(TextOffsets.slice(article.passages[p].text, $0.range))=\(tagged.entities[$0.entity].name)/\($0.via.rawValue)"
            }
        }
    }

    @Test func seed000() throws {
        let found = mentions(try tagged("000"))
        #expect(found.contains("H800s=H800/alias"))
        #expect(found.contains("NVIDIA=Nvidia/alias"))
        #expect(found.contains("U.S.=United States/alias"))
        #expect(found.contains("Marc Andreessen=Marc Andreessen/alias"))
        #expect(found.contains("DeepSeek’s=DeepSeek/alias") == false)
        #expect(found.contains("DeepSeek=DeepSeek/alias"))
        #expect(found.contains("$969 billion=$969 billion/figure"))
        // The all-caps line "FOR US TO BE THE LEADER" is a body line here: "US" is exact-case,
        // so it does match; in real articles that line is chrome and not tagged.
        #expect(!found.contains { $0.hasPrefix("us=") })
    }

    @Test func seed003() throws {
        let tagged = try tagged("003")
        let found = mentions(tagged)
        #expect(found.contains("Liang Wenfeng=Liang Wenfeng/alias"))
        #expect(found.contains("Liang=Liang Wenfeng/short name"))
        #expect(found.contains("DeepSeek R1=DeepSeek R1/alias"))
        #expect(found.contains("GPT-4=GPT-4/alias"))
        #expect(found.contains("High-Flyer=High-Flyer/alias"))
        let figure = try #require(tagged.figures[0].flatMap { $0 }.first { $0.text == "$5.6 million" })
        #expect(figure.value == 5_600_000 && figure.currency == "USD")
        let deepseek = try #require(tagged.entities.id(named: "DeepSeek"))
        let r1 = try #require(tagged.entities.id(named: "DeepSeek R1"))
        let r1Passages = Set(tagged.postings[r1] ?? [])
        #expect(!r1Passages.isEmpty && r1Passages.isSubset(of: Set(tagged.postings[deepseek] ?? [])))
    }

    @Test func seed004() throws {
        let tagged = try tagged("004")
        let figures = tagged.figures[0].flatMap { $0 }
        #expect(figures.contains { $0.text == "$6 million dollars" && $0.value == 6_000_000 })
        #expect(figures.contains { $0.text == "$500 billion" && $0.value == 500e9 })
        #expect(figures.contains { $0.text == "1.91 trillion yuan" && $0.currency == "CNY" })
        #expect(figures.contains { $0.text == "£195 billion" && $0.currency == "GBP" })
        #expect(figures.contains { $0.text == "$0.55" })
        #expect(!figures.contains { $0.text.hasPrefix("2,048") })
        let found = mentions(tagged)
        #expect(found.contains("H800=H800/alias"))
        #expect(found.contains("Stargate=Stargate/alias"))
        #expect(found.contains("Bank of China=Bank of China/alias"))
        let stargateFigure = try #require(figures.first { $0.text == "$500 billion" })
        #expect(stargateFigure.subject.map { tagged.entities[$0].name } == "Stargate")
    }
}
