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

    /// The page size the header gives, if it is one.
    static func pageSize(_ header: [UInt8]) -> Int? {
        guard header.count >= 18 else { return nil }
        let raw = Int(header[16]) << 8 | Int(header[17])
        let size = raw == 1 ? 65_536 : raw
        return size >= 512 && size <= 65_536 && size & (size - 1) == 0 ? size : nil
    }

    /// `header`: the file's first bytes (up to 100); `fileSize`: its length; `walPages`: the
    /// pages its `-wal` file holds (`WALFrames`).
    static func verdict(header: [UInt8], fileSize: Int, walPages: Set<Int> = []) -> Verdict {
        if fileSize == 0 { return .empty }
        guard header.count >= 100, Array(header[0..<16]) == magic else { return .notSQLite }
        guard let pageSize = pageSize(header) else { return .notSQLite }
        let changeCounter = bigEndian(header, at: 24), validFor = bigEndian(header, at: 92)
        let pages = bigEndian(header, at: 28)
        // The page count is only meaningful when written by the same change as the counter
        // (SQLite 3.7.0 and later); otherwise SQLite itself goes by the file size.
        // A checkpoint writes page 1 before the pages that grow the file; one killed in between
        // leaves the file short of its header's count while the WAL still holds those pages,
        // and SQLite replays it on open.
        if changeCounter == validFor, pages > 0, pages * pageSize > fileSize,
           !(fileSize / pageSize + 1...pages).allSatisfy(walPages.contains) {
            return .truncated(expected: pages * pageSize, actual: fileSize)
        }
        return .plausible
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> Int {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
}
