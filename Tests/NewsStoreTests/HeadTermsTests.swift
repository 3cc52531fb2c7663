import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Search's stored answers (`HeadTerms`) for words, prefixes and entities give exactly what
/// scoring every match gives: the same articles in the same order, the same passages, scores
/// (bm25 computed in Swift equals FTS5's to the bit), highlights and counts.
@Suite struct HeadTermsTests {
    /// 120 articles, most of which say "market", some several times, in passages of varied
    /// lengths; many are word for word the same, so their scores tie and position decides. Four
    /// more passages each without it keep it under half the passages, where bm25's idf is
    /// positive (above, FTS5 floors it at 1e-6). Every fifteenth article names Nvidia, once to
    /// three times a passage: few enough passages for search to score them itself with a word.
    static let tagged: TaggedCorpus = {
        var random = SplitMix(state: 11)
        let fillers = ["shares", "rose", "fell", "traders", "watched", "closely", "prices", "today", "analysts", "said", "because"]
        let specs = (0..<120).map { article in
            let passages = (0..<Int.random(in: 1...4, using: &random)).map { passage -> String in
                if article % 5 == 0 { return "The market moved." }
                var words = (0..<Int.random(in: 2...14, using: &random)).map { _ in fillers.randomElement(using: &random)! }
                for _ in 0..<Int.random(in: 0...3, using: &random) {
                    words.insert(Bool.random(using: &random) ? "market" : "markets", at: Int.random(in: 0...words.count, using: &random))
                }
                if article % 15 == 7 {
                    for _ in 0..<Int.random(in: 1...3, using: &random) {
                        words.insert("Nvidia", at: Int.random(in: 0...words.count, using: &random))
                    }
                }
                return words.joined(separator: " ").capitalizedFirst + "."
            }
            return SearchFixture.ArticleSpec(path: String(format: "a%03d.txt", article), passages: passages + (article % 2 == 0 ? ["Market report."] : [])
                + ["Traders watched prices today.", "Analysts said shares rose.", "Prices fell closely today.",
                   "Shares rose today."])
        }
        return try! SearchFixture.tagged(specs, catalog: "organisation: Nvidia\n")
    }()

    /// The same corpus twice: answers stored for every term and entity in 2 passages or more, and
    /// none (every query scores all its matches).
    static let stored = try! SearchDatabase(tagged, headMinimum: 2)
    static let plain = try! SearchDatabase(tagged)

    static let queries = ["market", "markets", "Market", #""market""#, "@nvidia", "shares", "market*", "mark*", "m*",
                          "sha*", "Shares*", #""because""#, "becaus*", "market shares", "@nvidia market", "@nvidia mark*", "@nvidia markets",
                          "@nvidia shares market", "rose fell", "market markets", #""market moved""#]

    @Test func storedAnswersAreThere() throws {
        let counts = try Self.stored.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT passages FROM head_terms WHERE term = 'market'"),
             try Int.fetchOne(db, sql: "SELECT count(DISTINCT entity) FROM entity_heads"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM head_terms"),
             try String.fetchAll(db, sql: "SELECT term FROM head_terms WHERE term IN ('mark*', 'm*', 'market*', 'sha*')"))
        }
        #expect(counts.3 == ["m*", "mark*", "market*", "sha*"])
        // A stem the tokenizer would stem again is a key too: "because" is looked up as `becaus`
        // (a common word, asked for as a phrase here; "house" and "decision" are such words too).
        #expect(try Self.stored.database.read { try Int.fetchOne($0, sql: "SELECT passages FROM head_terms WHERE term = 'becaus'") } != nil)
        let matching = try Self.plain.database.read { db in
            try Int.fetchOne(db, sql: #"SELECT count(*) FROM passage_fts WHERE passage_fts MATCH '"market"'"#)
        }
        #expect(counts.0 == matching && (matching ?? 0) > 120)
        #expect(counts.1 == 1)
        #expect((counts.2 ?? 0) > 5)
        #expect(try Self.plain.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM head_terms") } == 0)
    }

    @Test(arguments: [1, 3, 10, 50, 51, 200])
    func storedAnswersEqualScoringEveryMatch(limit: Int) throws {
        let fast = try Self.stored.search(Self.tagged), full = try Self.plain.search(Self.tagged)
        let memory = try MemoryIndex.build(Self.tagged).search
        for query in Self.queries {
            let answer = try fast.search(query, limit: limit)
            #expect(try answer == full.search(query, limit: limit), "\(query) limit \(limit)")
            #expect(try answer == memory.search(query, limit: limit), "\(query) limit \(limit)")
        }
    }

    /// The reference straight from SQL: every match scored by FTS5, articles by best passage
    /// (then position), and the counts over all matches.
    @Test(arguments: [("market", #""market""#), ("mark*", #""mark"*"#)])
    func aHeadWordRanksAsBM25OverEveryMatch(query: String, expression: String) throws {
        let search = try Self.stored.search(Self.tagged)
        let results = try search.search(query, limit: 50)
        let position = Dictionary(uniqueKeysWithValues: Self.stored.rowIDs.enumerated().flatMap { article, rows in
            rows.enumerated().map { ($1, PassageID(article: article, passage: $0)) }
        })
        let matches = try Self.stored.database.read { db in
            try Row.fetchAll(db, sql: "SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ?",
                             arguments: [expression])
                .map { (passage: position[$0[0] as Int64]!, score: -($0[1] as Double)) }
        }
        var best: [Int: Double] = [:]
        for match in matches { best[match.passage.article] = max(best[match.passage.article] ?? -.infinity, match.score) }
        let expected = best.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.prefix(50)
        #expect(results.articles.map(\.article) == expected.map(\.key))
        #expect(results.articles.map(\.score) == expected.map(\.value))
        #expect(results.totalPassages == matches.count && results.totalArticles == best.count)
        #expect(results.articles.count == 50 && best.count > 50)
        #expect(results.articles[0].score > 0.01, "idf above FTS5's floor")
        for article in results.articles {
            let expectedPassages = matches.filter { $0.passage.article == article.article }.sorted { $0.passage < $1.passage }
            #expect(article.passages.map(\.passage) == expectedPassages.map(\.passage))
            #expect(article.passages.map(\.score) == expectedPassages.map(\.score))
            #expect(article.passages.allSatisfy { !$0.highlights.isEmpty })
        }
        // Equal scores: the earlier article first.
        let tied = zip(results.articles, results.articles.dropFirst()).filter { $0.score == $1.score }
        #expect(!tied.isEmpty && tied.allSatisfy { $0.article < $1.article })
    }

    /// 300 articles that say "market", a few of which name Nvidia: few enough passages for
    /// search to read them itself with the word.
    static let rareEntity: TaggedCorpus = try! SearchFixture.tagged((0..<300).map { article in
        SearchFixture.ArticleSpec(path: String(format: "r%03d.txt", article), passages: [
            article % 100 == 7 ? "Nvidia said the market for Nvidia chips grew." : "The market rose today.",
            article % 3 == 0 ? "Markets and market makers, a market day." : "Shares fell.",
        ])
    }, catalog: "organisation: Nvidia\n")

    /// "@nvidia mark*": Nvidia's passages are scored one by one rather than every passage of
    /// the prefix by FTS5; the scores are FTS5's bm25 plus the bonus, to the bit.
    @Test func anEntityWithAHeadWordScoresItsOwnPassagesAsFTS5Would() throws {
        let tagged = Self.rareEntity
        let stored = try SearchDatabase(tagged, headMinimum: 2, collecting: true)
        let nvidia = tagged.entities.id(named: "Nvidia")!
        let (postings, hits) = try stored.database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM postings WHERE entity = ?", arguments: [nvidia])!,
             try Int.fetchOne(db, sql: "SELECT passages FROM head_terms WHERE term = 'mark*'")!)
        }
        #expect(postings * FullTextSearch.matchesPerPassageRead < hits, "the fixture takes that path")
        let results = try stored.search(tagged).search("@nvidia mark*", limit: 50)
        let position = Dictionary(uniqueKeysWithValues: stored.rowIDs.enumerated().flatMap { article, rows in
            rows.enumerated().map { ($1, PassageID(article: article, passage: $0)) }
        })
        let bm25 = try stored.database.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: #"""
                SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH '"mark"*'
                """#).map { (position[$0[0] as Int64]!, $0[1] as Double) })
        }
        var expected: [PassageID: Double] = [:]
        for (article, mentions) in tagged.mentions.enumerated() {
            for (passage, tags) in mentions.enumerated() {
                let id = PassageID(article: article, passage: passage), count = tags.filter { $0.entity == nvidia }.count
                if count > 0, let score = bm25[id] { expected[id] = -score + (1 + log(Double(count))) }
            }
        }
        let found = results.articles.flatMap(\.passages)
        #expect(found.count == expected.count && results.totalPassages == expected.count && !found.isEmpty)
        #expect(found.allSatisfy { expected[$0.passage] == $0.score })
    }

    @Test func anEntityAloneRanksByMostMentionsThenPosition() throws {
        let results = try Self.stored.search(Self.tagged).search("@nvidia", limit: 50)
        let nvidia = Self.tagged.entities.id(named: "Nvidia")!
        var most: [Int: Int] = [:], passages = 0
        for (article, mentions) in Self.tagged.mentions.enumerated() {
            for passage in mentions {
                let count = passage.filter { $0.entity == nvidia }.count
                if count > 0 { most[article] = max(most[article] ?? 0, count); passages += 1 }
            }
        }
        let expected = most.sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }
        #expect(results.articles.map(\.article) == expected.map(\.key))
        #expect(results.articles.map(\.score) == expected.map { 1 + log(Double($0.value)) })
        #expect(results.totalPassages == passages && results.totalArticles == most.count)
    }
}

/// After files are added, changed and removed, a refreshed index's stored answers are those of an
/// index built afresh from the same files, and its searches those of scoring every match.
@Suite struct HeadTermsRefreshTests {
    typealias S = StoreTestSupport

    /// Stores answers for every term and entity in 3 passages or more (`meta.head_minimum`).
    static func lowerThreshold(_ index: URL) throws {
        let database = try DatabaseQueue(path: index.path)
        try database.write { db in
            try IndexMeta.set(IndexMeta.headMinimum, "3", db)
            try IndexWriter.replaceHeadTerms(db)
            try HeadTerms.rebuildEntities(db)
        }
    }

    static func heads(_ index: URL) throws -> (terms: [Row], entities: [Row]) {
        let database = try DatabaseQueue(path: index.path)
        return try database.read { db in
            (try Row.fetchAll(db, sql: "SELECT term, passages, articles FROM head_terms ORDER BY term"),
             try Row.fetchAll(db, sql: "SELECT entity, rank, path_order, passages, articles FROM entity_heads ORDER BY entity, rank"))
        }
    }

    @Test func aRefreshedIndexSearchesAsAFreshOne() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        let refreshed = scratch.appendingPathComponent("refreshed.sqlite")
        _ = try S.stored(corpus, index: refreshed)
        try Self.lowerThreshold(refreshed)

        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        try S.write("Nvidia chips again\n\nNvidia said its chips sold out; chips, chips and more Nvidia chips.\n",
                    to: corpus.appendingPathComponent("2025-03-01-chips.txt"))
        let changed = corpus.appendingPathComponent(files[0])
        try S.write(try String(contentsOf: changed, encoding: .utf8) + "\nNvidia chips were said to be scarce.\n", to: changed)
        try FileManager.default.removeItem(at: corpus.appendingPathComponent(files[1]))
        let opened = try S.stored(corpus, index: refreshed)
        #expect(opened.report.added.count == 1 && opened.report.changed.count == 1 && opened.report.removed.count == 1)

        let fresh = scratch.appendingPathComponent("fresh.sqlite")
        _ = try S.stored(corpus, index: fresh)
        try Self.lowerThreshold(fresh)
        let (refreshedHeads, freshHeads) = (try Self.heads(refreshed), try Self.heads(fresh))
        #expect(refreshedHeads.terms == freshHeads.terms)
        #expect(refreshedHeads.entities.count == freshHeads.entities.count)
        #expect(refreshedHeads.terms.contains { $0[0] == "chip" })

        let reopened = try S.stored(corpus, index: refreshed).index, memory = try S.inMemory(corpus)
        let terms = refreshedHeads.terms.map { $0[0] as String }
        #expect(terms.count > 20)
        for query in terms + ["@nvidia", "@deepseek", "@openai", "chips nvidia", "train*"] {
            #expect((try? reopened.search.search(query, limit: 50)) == (try? memory.search.search(query, limit: 50)), "\(query)")
        }
    }
}
