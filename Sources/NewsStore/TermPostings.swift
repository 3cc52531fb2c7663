import Foundation
import GRDB

/// Every passage of each head term (a term of `head_terms`, not a prefix) with the term's
/// frequency there, as `passage_fts` counts it (`head_postings`). An entity filter with a common
/// word (`@"Lib Dems" used`: 7,560 passages and 210,000) otherwise leaves FTS5 walking the
/// word's whole doclist, 11 ms for that one; walking this list against the entity's rows costs
/// well under one, and bm25 then needs only the stored lengths (`PassageLengths`).
///
/// Written with the other stored answers, in the same pass over the passages
/// (`HeadTermTallies`), in chunks of about `chunkBytes` so that the build holds a few kilobytes
/// per term, not the lists. A chunk is a run of postings in row order, each the gap from the
/// previous row (from 0 at the chunk's start) shifted left once, its low bit set when the
/// frequency is above 1, then `frequency - 2` when it is; all varints.
enum TermPostings {
    static let chunkBytes = 4096

    /// One term's postings as they are found, handing each full chunk to `flush`.
    struct Writer {
        private var writer = ByteWriter()
        private var last: Int64 = 0
        private(set) var chunks = 0

        /// Rows must come in ascending order.
        mutating func append(row: Int64, frequency: Int, flush: ([UInt8], Int) throws -> Void) rethrows {
            let gap = UInt64(row - last)
            writer.varint(gap << 1 | (frequency > 1 ? 1 : 0))
            if frequency > 1 { writer.varint(UInt64(frequency - 2)) }
            last = row
            if writer.bytes.count >= chunkBytes { try finish(flush) }
        }

        /// Hands over what is left, if anything.
        mutating func finish(_ flush: ([UInt8], Int) throws -> Void) rethrows {
            guard !writer.bytes.isEmpty else { return }
            try flush(writer.bytes, chunks)
            chunks += 1
            writer = ByteWriter()
            last = 0
        }
    }

    /// The term's postings among the `allowed` rows (all of them without), in row order; nil
    /// when the term has no stored postings.
    /// - Parameter expected: how many to make room for at once.
    static func postings(term: String, allowed: RowSet?, expected: Int = 0,
                         _ db: Database) throws -> (rows: [Int64], frequencies: [Int32])? {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT postings FROM head_postings WHERE term = ? ORDER BY chunk
            """), arguments: [term])
        var found: (rows: [Int64], frequencies: [Int32]) = ([], [])
        found.rows.reserveCapacity(expected)
        found.frequencies.reserveCapacity(expected)
        var any = false
        while let row = try cursor.next() {
            any = true
            let chunk: Data = row[0]
            try chunk.withUnsafeBytes { raw in
                try forEach(raw) { row, frequency in
                    if let allowed, !allowed.contains(row) { return }
                    found.rows.append(row)
                    found.frequencies.append(frequency)
                }
            }
        }
        return any ? found : nil
    }

    /// Calls `body` with each posting of a chunk written by `Writer`: its row and frequency.
    @inline(__always)
    static func forEach(_ chunk: UnsafeRawBufferPointer, _ body: (Int64, Int32) -> Void) throws {
        var reader = VarintCursor(chunk)
        var row: Int64 = 0
        while !reader.isAtEnd {
            let value = try reader.next()
            row += Int64(value >> 1)
            body(row, value & 1 == 0 ? 1 : Int32(truncatingIfNeeded: try reader.next()) + 2)
        }
    }

    /// Every posting of a chunk, for tests and checks.
    static func decode(_ chunk: [UInt8]) throws -> [(row: Int64, frequency: Int)] {
        var postings: [(row: Int64, frequency: Int)] = []
        try chunk.withUnsafeBytes { raw in try forEach(raw) { postings.append(($0, Int($1))) } }
        return postings
    }
}
