import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Matches scored in Swift from the frequencies FTS5 hands back (`PhraseFrequencies`) and the
/// stored passage lengths (`PassageLengths`) score exactly as FTS5's `bm25()` does: the same
/// articles, passages, scores to the bit, highlights and counts, for every query form that
/// takes that path.
@Suite struct FrequencyScoringTests {
    /// 90 articles of varied passages over a few words, so that words and phrases repeat within
    /// passages and lengths vary; every fourth article names Nvidia, every sixth Intel.
    static let tagged: TaggedCorpus = {
        var random = SplitMix(state: 23)
        let words = ["market", "markets", "chips", "year", "years", "shares", "rose", "fell", "export", "controls",
                     "said", "the", "of", "today", "prices"]
        let specs = (0..<90).map { article in
            let passages = (0..<Int.random(in: 1...5, using: &random)).map { _ -> String in
                var text = (0..<Int.random(in: 3...30, using: &random)).map { _ in words.randomElement(using: &random)! }
                if article % 4 == 0 { text.insert("Nvidia", at: Int.random(in: 0...text.count, using: &random)) }
                if article % 6 == 0 { text.insert("Intel", at: Int.random(in: 0...text.count, using: &random)) }
                if Bool.random(using: &random) { text += ["export", "controls"] }
                return text.joined(separator: " ").capitalizedFirst + "."
            }
            return SearchFixture.ArticleSpec(path: String(format: "f%03d.txt", article), passages: passages)
        }
        return try! SearchFixture.tagged(specs, catalog: "organisation: Nvidia\norganisation: Intel\n")
    }()

    static let queries = ["market chips", "year years", "chips market shares", "mark* chips", "chip*",
                          #""export controls""#, #""export controls" market"#, #""the market""#, "@nvidia market",
                          "@nvidia @intel chips", "@intel \"export controls\" year", "rose", "prices*"]

    /// One database scoring through FTS5's `bm25()`, the other collecting frequencies, each with
    /// and without stored answers for frequent terms.
    @Test(arguments: [nil, 2] as [Int?])
    func collectedFrequenciesScoreAsBM25(headMinimum: Int?) throws {
        let fts5 = try SearchDatabase(Self.tagged, headMinimum: headMinimum).search(Self.tagged)
        let collected = try SearchDatabase(Self.tagged, headMinimum: headMinimum, collecting: true)
        let search = try collected.search(Self.tagged)
        #expect(try collected.database.read { try PassageLengths.load($0) } != nil, "lengths are stored")
        for query in Self.queries {
            for limit in [5, 50, 500] {
                let expected = try fts5.search(query, limit: limit)
                #expect(!expected.articles.isEmpty, "\(query) finds something")
                #expect(try search.search(query, limit: limit) == expected, "\(query) limit \(limit)")
            }
        }
    }

    /// Once the articles change, the stored lengths no longer count: every length is FTS5's own.
    @Test func withoutCurrentLengthsFTS5GivesThem() throws {
        let fts5 = try SearchDatabase(Self.tagged).search(Self.tagged)
        let collected = try SearchDatabase(Self.tagged, collecting: true)
        try collected.database.write { db in
            try db.execute(sql: "UPDATE passage_lengths SET lengths = zeroblob(length(lengths))")
            try IndexMeta.remove(IndexMeta.passageLengths, db)
        }
        #expect(try collected.database.read { try PassageLengths.load($0) } == nil)
        let search = try collected.search(Self.tagged)
        for query in Self.queries {
            #expect(try search.search(query, limit: 50) == fts5.search(query, limit: 50), "\(query)")
        }
    }

    /// The stored lengths are `passage_fts_docsize`'s, and a passage too long for two bytes is
    /// left to FTS5.
    @Test func lengthsAreFTS5s() throws {
        let long = Array(repeating: "chips market", count: 33_000).joined(separator: " ")
        let tagged = try SearchFixture.tagged([
            SearchFixture.ArticleSpec(path: "a.txt", passages: ["Chips.", "Market chips today.", "Chrome line."], chrome: [2]),
            SearchFixture.ArticleSpec(path: "b.txt", passages: [long, "Chips market."]),
        ], catalog: "")
        let database = try SearchDatabase(tagged, collecting: true)
        let lengths = try #require(try database.database.read { try PassageLengths.load($0) })
        let rows = database.rowIDs
        #expect(lengths.length(ofRow: rows[0][0]) == 1)
        #expect(lengths.length(ofRow: rows[0][1]) == 3)
        #expect(lengths.length(ofRow: rows[0][2]) == nil, "chrome is not searched")
        #expect(lengths.length(ofRow: rows[1][0]) == nil, "66,000 tokens")
        #expect(lengths.length(ofRow: rows[1][1]) == 2)
        #expect(lengths.length(ofRow: -1) == nil && lengths.length(ofRow: 1 << 40) == nil)
        let fts5 = try SearchDatabase(tagged).search(tagged)
        #expect(try database.search(tagged).search("chips market", limit: 50) == fts5.search("chips market", limit: 50))
    }

    @Test func varintsReadAsSQLiteWritesThem() {
        #expect(PassageLengths.varint(Data([0x05])) == 5)
        #expect(PassageLengths.varint(Data([0x81, 0x00])) == 128)
        #expect(PassageLengths.varint(Data([0x83, 0xFF, 0x7F])) == (3 << 14) | (0x7F << 7) | 0x7F)
        #expect(PassageLengths.varint(Data([0x81])) == nil, "cut short")
        #expect(PassageLengths.varint(Data()) == nil)
    }
}
