import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// A head term's stored postings (`TermPostings`) are FTS5's passages of the term with its
/// frequency in each, and an entity filter with such words is scored from them.
@Suite struct TermPostingsTests {
    /// Rows with gaps of every width and frequencies 1, 2 and large, over several chunks.
    @Test func postingsReadBackAcrossChunks() throws {
        var random = SplitMix(state: 5)
        var row: Int64 = 0
        let postings = (0..<5_000).map { _ -> (row: Int64, frequency: Int) in
            row += [1, 1, 2, 90, 20_000].randomElement(using: &random)!
            return (row, [1, 1, 1, 2, 3, 700].randomElement(using: &random)!)
        }
        var writer = TermPostings.Writer()
        var chunks: [[UInt8]] = []
        let keep: ([UInt8], Int) -> Void = { chunk, index in
            #expect(index == chunks.count)
            chunks.append(chunk)
        }
        for posting in postings { writer.append(row: posting.row, frequency: posting.frequency, flush: keep) }
        writer.finish(keep)
        #expect(chunks.count > 2)
        #expect(chunks.dropLast().allSatisfy { $0.count >= TermPostings.chunkBytes && $0.count < TermPostings.chunkBytes + 20 })
        let decoded = try chunks.flatMap(TermPostings.decode)
        #expect(decoded.map(\.row) == postings.map(\.row))
        #expect(decoded.map(\.frequency) == postings.map(\.frequency))

        // Read back from the table, only the rows asked for, across chunk boundaries.
        let database = try DatabaseQueue()
        let asked = stride(from: 0, to: postings.count, by: 7).map { postings[$0].row }
        let read = try database.write { db in
            try IndexSchema.create(db)
            for (index, chunk) in chunks.enumerated() {
                try db.execute(sql: "INSERT INTO head_postings (term, chunk, postings) VALUES ('t', ?, ?)",
                               arguments: [index, Data(chunk)])
            }
            return try TermPostings.postings(term: "t", allowed: RowSet(asked + [row + 1]), db)
        }
        #expect(read?.rows == asked)
        #expect(read?.frequencies == stride(from: 0, to: postings.count, by: 7).map { Int32(postings[$0].frequency) })
        #expect(try database.read { try TermPostings.postings(term: "u", allowed: RowSet(asked), $0) } == nil)
    }

    @Test func aChunkCutShortIsAnError() throws {
        var writer = TermPostings.Writer()
        var chunk: [UInt8] = []
        writer.append(row: 1_000_000, frequency: 1) { bytes, _ in chunk = bytes }
        writer.finish { bytes, _ in chunk = bytes }
        #expect(throws: ByteReader.Overrun.self) { try TermPostings.decode(Array(chunk.dropLast())) }
    }

    /// Each whole head term's postings, read back, are the rows FTS5 matches for it and the
    /// term's instances in each (`fts5vocab`); prefixes have none.
    @Test func storedPostingsAreFTS5s() throws {
        let stored = HeadTermsTests.stored
        try stored.database.writeWithoutTransaction { db in
            let terms = try String.fetchAll(db, sql: "SELECT term FROM head_terms")
            let whole = terms.filter { !$0.hasSuffix("*") }
            #expect(whole.count > 5)
            #expect(try String.fetchAll(db, sql: "SELECT DISTINCT term FROM head_postings ORDER BY term") == whole.sorted())
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.instances USING fts5vocab(main, passage_fts, instance)")
            for term in whole {
                let chunks = try Data.fetchAll(db, sql: "SELECT postings FROM head_postings WHERE term = ? ORDER BY chunk",
                                               arguments: [term])
                let read = try chunks.flatMap { try TermPostings.decode([UInt8]($0)) }
                let expected = try Row.fetchAll(db, sql: """
                    SELECT doc, count(*) FROM temp.instances WHERE term = ? GROUP BY doc ORDER BY doc
                    """, arguments: [term])
                #expect(read.map(\.row) == expected.map { $0[0] as Int64 }, "\(term)")
                #expect(read.map(\.frequency) == expected.map { $0[1] as Int }, "\(term)")
            }
        }
    }

    /// "@nvidia market" reads the stored postings of "market": postings doctored to say the word
    /// is in no passage leave the query with no match, though FTS5 finds several.
    @Test func anEntityWithHeadWordsIsScoredFromThePostings() throws {
        let tagged = HeadTermsTests.tagged
        let doctored = try SearchDatabase(tagged, headMinimum: 2)
        let before = try doctored.search(tagged).search("@nvidia market", limit: 50)
        #expect(before.totalPassages > 0)
        try doctored.database.write { db in
            var writer = TermPostings.Writer()
            try db.execute(sql: "DELETE FROM head_postings WHERE term = 'market'")
            writer.append(row: 1_000_000, frequency: 1) { _, _ in }
            try writer.finish { chunk, index in
                try db.execute(sql: "INSERT INTO head_postings (term, chunk, postings) VALUES ('market', ?, ?)",
                               arguments: [index, Data(chunk)])
            }
        }
        let after = try doctored.search(tagged).search("@nvidia market", limit: 50)
        #expect(after.totalPassages == 0)
        // A word without postings (a prefix) still goes through FTS5.
        #expect(try doctored.search(tagged).search("@nvidia mark*", limit: 50).totalPassages > 0)
    }
}
