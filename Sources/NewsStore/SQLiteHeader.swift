/// What the first 100 bytes of a file say about it, checked before SQLite opens it: SQLite
/// reads a database cut short as zero-filled pages and may only fail on the first query that
/// reaches them (or never, for pages nothing reads), so a truncated index is caught here.
enum SQLiteHeader {
    enum Verdict: Sendable, Hashable {
        /// No bytes yet: a database SQLite will create.
        case empty
        case plausible
        case notSQLite
        /// The header counts more pages than the file holds.
        case truncated(expected: Int, actual: Int)
    }

    static let magic = Array("SQLite format 3\0".utf8)

    /// `header`: the file's first bytes (up to 100); `fileSize`: its length.
    static func verdict(header: [UInt8], fileSize: Int) -> Verdict {
        if fileSize == 0 { return .empty }
        guard header.count >= 100, Array(header[0..<16]) == magic else { return .notSQLite }
        let rawPageSize = Int(header[16]) << 8 | Int(header[17])
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        guard pageSize >= 512, pageSize <= 65_536, pageSize & (pageSize - 1) == 0 else { return .notSQLite }
        let changeCounter = bigEndian(header, at: 24), validFor = bigEndian(header, at: 92)
        let pages = bigEndian(header, at: 28)
        // The page count is only meaningful when written by the same change as the counter
        // (SQLite 3.7.0 and later); otherwise SQLite itself goes by the file size.
        if changeCounter == validFor, pages > 0, pages * pageSize > fileSize {
            return .truncated(expected: pages * pageSize, actual: fileSize)
        }
        return .plausible
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
}
