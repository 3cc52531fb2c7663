import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// Search on real articles, read and tagged by the whole pipeline with the shipped catalog: the
/// project's `corpus/` always, the seed articles in `../shared` when they are there.
enum RealCorpus {
    static func open(_ folder: URL) throws -> (tagged: TaggedCorpus, search: FullTextSearch) {
        let tagged = try NewsIndex.tag(paths: [folder.path], catalogFiles: [ProjectPaths.catalog.path], discover: true)
        return (tagged, try MemoryIndex.build(tagged).search)
    }

    static let corpus = Result { try open(ProjectPaths.corpus) }
    static let seeds = Result { try open(ProjectPaths.seeds) }

    /// Passages that each say `word` once rank shortest first: bm25 at equal term frequency.
    static func expectShorterFirst(_ results: SearchResults, _ tagged: TaggedCorpus, word: String) {
        let best = results.articles.map { article in article.passages.first { $0.score == article.score }! }
        let lengths = best.map { Tokenizer.tokens(in: tagged.corpus.passage($0.passage).text, keepStopWords: true).count }
        #expect(best.allSatisfy { $0.highlights.count == 1 }, "\(word) once per passage")
        #expect(lengths == lengths.sorted(), "\(word): \(lengths)")
    }
}

@Suite struct CorpusSearchTests {
    @Test func phrasesAndEntitiesFindTheArticlesThatSaySo() throws {
        let (tagged, search) = try RealCorpus.corpus.get()
        let sputnik = try search.search(#""sputnik moment" @andreessen"#)
        #expect(tagged.paths(sputnik) == ["2025-02-02-deepseek-week-timeline.html", "2025-02-01-sputnik-moment-reactions.md"])
        #expect(sputnik.articles.flatMap(\.passages).map(tagged.highlighted) == [
            ["Marc Andreessen", "Sputnik moment"], ["Marc Andreessen", "Sputnik moment"],
        ])
        let controls = try search.search(#""export controls" @nvidia"#)
        #expect(tagged.paths(controls) == ["2025-01-27-nvidia-market-rout.txt", "2025-01-29-export-controls-h800.md"])
        #expect(controls.articles.map { $0.passages.map(\.passage.passage) } == [[6], [1, 10]])
        #expect(controls.articles.flatMap(\.passages).allSatisfy { tagged.highlighted($0) == ["Nvidia", "export controls"] })
    }

    @Test func prefixesFindEveryForm() throws {
        let (tagged, search) = try RealCorpus.corpus.get()
        let results = try search.search("distill*")
        #expect(tagged.paths(results).first == "2025-01-30-openai-distillation-claims.md")
        #expect(Set(results.articles.flatMap(\.passages).flatMap(tagged.highlighted).map { $0.lowercased() })
            == ["distillation", "distilled", "distilling"])
    }

    @Test func rankingFollowsBM25() throws {
        let (tagged, search) = try RealCorpus.corpus.get()
        RealCorpus.expectShorterFirst(try search.search("sputnik"), tagged, word: "sputnik")
        // Entity filters add 1 + ln(mentions): Nvidia's passages all name it once here.
        let nvidia = try search.search("@nvidia")
        #expect(nvidia.articles.allSatisfy { $0.score == 1 })
        #expect(nvidia.articles.map(\.article) == nvidia.articles.map(\.article).sorted())
        #expect(nvidia.totalArticles == 9 && nvidia.totalPassages == 25)
    }
}

@Suite(.enabled(if: ProjectPaths.sharedIsAvailable, Comment(rawValue: ProjectPaths.skipMessage)))
struct SeedSearchTests {
    @Test func phraseAndEntityQueriesFindTheSeedPassages() throws {
        let (tagged, search) = try RealCorpus.seeds.get()
        let sputnik = try search.search(#""sputnik moment" @andreessen"#)
        #expect(tagged.paths(sputnik).map { String($0.prefix(3)) } == ["000", "003", "001"])
        let both = try search.search("@nvidia @deeps chips")
        #expect(both.totalPassages > 0)
        let nvidia = tagged.entities.id(named: "Nvidia")!, deepseek = tagged.entities.id(named: "DeepSeek")!
        for hit in both.articles.flatMap(\.passages) {
            let entities = tagged.entityIDs(in: hit.passage)
            #expect(entities.contains(nvidia) && entities.contains(deepseek))
        }
        #expect(try search.search("@liang").totalArticles == 2)
    }

    @Test func rankingFollowsBM25AndMentions() throws {
        let (tagged, search) = try RealCorpus.seeds.get()
        RealCorpus.expectShorterFirst(try search.search("sputnik"), tagged, word: "sputnik")
        // 001 names Nvidia three times in one passage, 002 twice, 000 and 003 once.
        let nvidia = try search.search("@nvidia")
        #expect(tagged.paths(nvidia).map { String($0.prefix(3)) } == ["001", "002", "000", "003"])
        #expect(nvidia.articles.map(\.score) == [1 + log(3.0), 1 + log(2.0), 1, 1])
    }
}
