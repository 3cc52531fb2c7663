import GRDB
import NewsCore

/// Document frequencies from `terms` (see `TermCounts`), one primary-key seek per term.
extension StoredLibrary {
    public func documentFrequencies(_ terms: [String]) -> [Int] {
        guard !terms.isEmpty else { return [] }
        return read(or: terms.map { _ in 0 }) { db in
            let statement = try db.cachedStatement(sql: "SELECT df FROM terms WHERE term = ?")
            return try terms.map { try Int.fetchOne(statement, arguments: [$0]) ?? 0 }
        }
    }
}
