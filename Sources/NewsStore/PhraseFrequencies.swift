import Foundation
import GRDB
import GRDBSQLite

/// An FTS5 auxiliary function that hands back, for each row a MATCH finds, what `bm25()` needs
/// of it — how often each phrase of the expression occurs there, and the row's length in tokens
/// — so that `BM25` can score the rows in Swift. FTS5's own `bm25()` costs about 1.3 µs a row, a
/// second FTS5 pass over each phrase for its document count included; collecting costs a
/// fraction of that, skips the rows an entity filter rules out before their length is read, and
/// the counts come from `head_terms` where the index stored them.
///
/// Registered on every connection of the index (`register`); the collector is the connection's
/// and a connection runs one statement at a time, so one collection never sees another's rows.
final class PhraseFrequencies: @unchecked Sendable {
    static let functionName = "newsreader_frequencies"

    /// What one MATCH found: per row, its id, length and each phrase's frequency.
    struct Collected {
        var phrases = 0
        var rows: [Int64] = []
        var lengths: [Int32] = []
        /// `phrases` values per row, in the expression's order.
        var frequencies: [Int32] = []

        func frequency(row: Int, phrase: Int) -> Int32 { frequencies[row * phrases + phrase] }
    }

    private var collected = Collected()
    private var allowed: RowSet?
    private var failure: Int32 = SQLITE_OK

    private var lengths: PassageLengths?
    private static let registry = Registry()

    /// Adds the function to the connection. Called as each connection opens.
    static func register(_ db: Database) {
        let collector = PhraseFrequencies()
        let connection = db.sqliteConnection
        let api = FTS5.api(db)
        let context = Unmanaged.passRetained(collector).toOpaque()
        let code = api.pointee.xCreateFunction(UnsafeMutablePointer(mutating: api), functionName, context, collect, release)
        if code == SQLITE_OK {
            registry.set(collector, for: connection)
        } else {
            Unmanaged<PhraseFrequencies>.fromOpaque(context).release()
        }
    }

    /// Every row of `passage_fts` that matches `expression` and is in `allowed` (when given),
    /// its length read from `lengths` when they hold it. Nil when the connection has no
    /// collector (not opened through this module).
    static func collect(_ expression: String, allowed: RowSet?, lengths: PassageLengths?,
                        _ db: Database) throws -> Collected? {
        guard let collector = registry.collector(for: db.sqliteConnection) else { return nil }
        collector.collected = Collected()
        collector.allowed = allowed
        collector.lengths = lengths
        collector.failure = SQLITE_OK
        defer { collector.collected = Collected(); collector.allowed = nil; collector.lengths = nil }
        // The function in the WHERE clause returns NULL, so no row comes back to be stepped
        // over: a tenth faster than selecting it.
        let statement = try db.cachedStatement(sql: """
            SELECT rowid FROM passage_fts WHERE passage_fts MATCH ? AND \(functionName)(passage_fts)
            """)
        try statement.execute(arguments: [expression])
        guard collector.failure == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: collector.failure), message: "reading FTS5 phrase frequencies")
        }
        return collector.collected
    }

    /// The auxiliary function: records the current row, unless the filter rules it out.
    private static let collect: fts5_extension_function = { api, context, result, _, _ in
        guard let api = api?.pointee, let data = api.xUserData(context) else { return }
        let collector = Unmanaged<PhraseFrequencies>.fromOpaque(data).takeUnretainedValue()
        /// The statement fails with FTS5's error, and `collect` throws it.
        func fail(_ code: Int32) {
            collector.failure = code
            sqlite3_result_error_code(result, code)
        }
        let row = api.xRowid(context)
        if let allowed = collector.allowed, !allowed.contains(row) { return }
        let phrases = Int(api.xPhraseCount(context))
        var size: Int32 = 0
        if let known = collector.lengths?.length(ofRow: row) {
            size = known
        } else {
            let code = api.xColumnSize(context, -1, &size)
            guard code == SQLITE_OK else { return fail(code) }
        }
        let start = collector.collected.frequencies.count
        collector.collected.phrases = phrases
        collector.collected.frequencies.append(contentsOf: repeatElement(0, count: phrases))
        // Each phrase's instances, as `bm25()` counts them (its xInst loop) without sorting them.
        var iterator = Fts5PhraseIter()
        var column: Int32 = 0, offset: Int32 = 0
        for phrase in 0..<phrases {
            var count: Int32 = 0
            let code = api.xPhraseFirst(context, Int32(phrase), &iterator, &column, &offset)
            guard code == SQLITE_OK else { return fail(code) }
            while column >= 0 {
                count += 1
                api.xPhraseNext(context, &iterator, &column, &offset)
            }
            collector.collected.frequencies[start + phrase] = count
        }
        collector.collected.rows.append(row)
        collector.collected.lengths.append(size)
    }

    /// FTS5 drops its functions with the connection.
    private static let release: @convention(c) (UnsafeMutableRawPointer?) -> Void = { data in
        guard let data else { return }
        let collector = Unmanaged<PhraseFrequencies>.fromOpaque(data).takeRetainedValue()
        registry.remove(collector)
    }

    /// Each open connection's collector.
    private final class Registry: @unchecked Sendable {
        private let lock = NSLock()
        private var collectors: [OpaquePointer: PhraseFrequencies] = [:]

        func set(_ collector: PhraseFrequencies, for connection: OpaquePointer?) {
            guard let connection else { return }
            lock.withLock { collectors[connection] = collector }
        }

        func collector(for connection: OpaquePointer?) -> PhraseFrequencies? {
            guard let connection else { return nil }
            return lock.withLock { collectors[connection] }
        }

        func remove(_ collector: PhraseFrequencies) {
            lock.withLock {
                for (connection, value) in collectors where value === collector { collectors[connection] = nil }
            }
        }
    }
}
