import Foundation
import GRDB

/// Every searchable passage's length in tokens, as `passage_fts` counted it, in one compact
/// table (`passage_lengths`: two bytes a passage, `blockSize` passages a row) that a search
/// loads whole in a few milliseconds. bm25 needs a match's length, and FTS5 looks it up in
/// `passage_fts_docsize` one row at a time, about 1.3 µs a match: most of what scoring two
/// common words together costs.
///
/// Rebuilt with search's stored answers, whenever the articles change (`IndexWriter
/// .replaceHeadTerms`); `meta.passage_lengths` names the build, and is dropped with
/// `meta.head_terms` when the articles change, so a search never reads lengths of other rows.
struct PassageLengths {
    static let blockSize = 4096
    /// A row with no length here: not a searchable passage, or 65,535 tokens or more. The
    /// search asks FTS5 for those.
    static let unknown = UInt16.max

    /// Which build of the table this is (`meta.passage_lengths`).
    let generation: String
    private let lengths: [UInt16]

    /// The row's length, or nil when the table does not hold it.
    func length(ofRow row: Int64) -> Int32? {
        guard row >= 0, row < lengths.count else { return nil }
        let length = lengths[Int(row)]
        return length == Self.unknown ? nil : Int32(length)
    }

    /// The table as `passage_fts_docsize` is now.
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM passage_lengths")
        let insert = try db.makeStatement(sql: "INSERT INTO passage_lengths (block, lengths) VALUES (?, ?)")
        var block: Int64 = -1
        var values = [UInt16](repeating: unknown, count: blockSize)
        func flush() throws {
            guard block >= 0 else { return }
            var bytes = Data(capacity: blockSize * 2)
            for value in values { bytes.append(UInt8(truncatingIfNeeded: value)); bytes.append(UInt8(value >> 8)) }
            try insert.execute(arguments: [block, bytes])
            values = [UInt16](repeating: unknown, count: blockSize)
        }
        let cursor = try Row.fetchCursor(db, sql: "SELECT id, sz FROM passage_fts_docsize ORDER BY id")
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            guard id >= 0 else { continue }
            if id / Int64(blockSize) != block {
                try flush()
                block = id / Int64(blockSize)
            }
            // One column: the size record is that column's token count, a varint.
            let size: Data = row[1] ?? Data()
            if let length = Self.varint(size), length < UInt64(unknown) {
                values[Int(id % Int64(blockSize))] = UInt16(length)
            }
        }
        try flush()
        try IndexMeta.set(IndexMeta.passageLengths, UUID().uuidString, db)
    }

    /// FTS5's varint (SQLite's: big-endian groups of seven bits, a ninth byte of eight).
    static func varint(_ bytes: Data) -> UInt64? {
        var value: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index == 8 { return (value << 8) | UInt64(byte) }
            value = (value << 7) | UInt64(byte & 0x7F)
            if byte < 0x80 { return value }
        }
        return nil
    }

    /// The table, when it follows the articles as they are.
    static func load(_ db: Database) throws -> PassageLengths? {
        guard let generation = try IndexMeta.get(IndexMeta.passageLengths, db) else { return nil }
        var lengths: [UInt16] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT block, lengths FROM passage_lengths ORDER BY block")
        while let row = try cursor.next() {
            let block: Int = row[0]
            let bytes: Data = row[1]
            guard block >= 0, bytes.count == blockSize * 2 else { throw IndexReader.Damaged(description: "passage lengths") }
            let start = block * blockSize
            if lengths.count < start + blockSize {
                lengths.append(contentsOf: repeatElement(unknown, count: start + blockSize - lengths.count))
            }
            bytes.withUnsafeBytes { raw in
                for index in 0..<blockSize {
                    lengths[start + index] = UInt16(raw[2 * index]) | UInt16(raw[2 * index + 1]) << 8
                }
            }
        }
        return PassageLengths(generation: generation, lengths: lengths)
    }

    /// The lengths a search reads, loaded once per build of the table and shared by every copy
    /// of the search.
    final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var loaded: PassageLengths?

        /// The current table, loaded again when another build replaced it; nil when the
        /// articles changed since the last build.
        func current(_ db: Database) throws -> PassageLengths? {
            guard let generation = try IndexMeta.get(IndexMeta.passageLengths, db) else { return nil }
            if let loaded = lock.withLock({ loaded }), loaded.generation == generation { return loaded }
            let fresh = try PassageLengths.load(db)
            lock.withLock { loaded = fresh }
            return fresh
        }
    }
}
