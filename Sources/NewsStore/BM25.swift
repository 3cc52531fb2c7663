import Foundation
import GRDB

/// bm25 as FTS5's `bm25()` computes it for one phrase (SQLite's fts5_aux.c): the same
/// operations in the same order, so the same doubles.
///
/// A score is `idf × weight`, and only the weight depends on the passage: since multiplying by
/// the same positive idf keeps the order of weights, passages can be ranked by weight before
/// the idf is known (it needs the count of every match).
struct BM25 {
    let rows: Int64
    let averageLength: Double

    init(rows: Int, tokens: Int64) {
        self.rows = Int64(rows)
        averageLength = Double(tokens) / Double(rows)
    }

    /// With `passage_fts`'s row count and total tokens, as `bm25()` reads them: the varints of
    /// its averages record (`passage_fts_data` row 1). Nil when the table is empty.
    init?(_ db: Database) throws {
        guard let block = try Data.fetchOne(db.cachedStatement(sql: "SELECT block FROM passage_fts_data WHERE id = 1"))
        else { return nil }
        let bytes = [UInt8](block)
        var offset = 0
        func varint() -> UInt64? {
            var value: UInt64 = 0
            for _ in 0..<8 {
                guard offset < bytes.count else { return nil }
                let byte = bytes[offset]
                offset += 1
                value = (value << 7) | UInt64(byte & 0x7F)
                if byte < 0x80 { return value }
            }
            guard offset < bytes.count else { return nil }
            offset += 1
            return (value << 8) | UInt64(bytes[offset - 1])
        }
        guard let rows = varint(), let tokens = varint(), rows > 0 else { return nil }
        self.init(rows: Int(rows), tokens: Int64(tokens))
    }

    func idf(hits: Int) -> Double {
        let idf = log((Double(rows - Int64(hits)) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// The passage's part of the score: its `frequency` of the phrase and its `length` in tokens.
    func weight(frequency: Double, length: Double) -> Double {
        let k1 = 1.2, b = 0.75
        return (frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength))
    }

    /// What `bm25()` returns: the score negated. FTS5 adds each phrase's term to 0.0, which
    /// leaves a single phrase's term as it is.
    func bm25(idf: Double, weight: Double) -> Double { -1.0 * (idf * weight) }

    func bm25(idf: Double, frequency: Double, length: Double) -> Double {
        bm25(idf: idf, weight: weight(frequency: frequency, length: length))
    }

    /// `bm25()` of an expression of several phrases: each phrase's term added to 0.0 in the
    /// expression's order, as FTS5 adds them.
    func bm25(idfs: [Double], frequency: (Int) -> Double, length: Double) -> Double {
        var score = 0.0
        for (phrase, idf) in idfs.enumerated() {
            score += idf * weight(frequency: frequency(phrase), length: length)
        }
        return -1.0 * score
    }
}
