import Foundation
import GRDB
import Testing
@testable import NewsStore

/// A `-wal` file is read as SQLite's recovery reads it, so that an index whose checkpoint was
/// killed half-way (page 1 written with the new page count, the pages that grow the file not
/// yet) is told apart from one cut short.
@Suite struct WALFramesTests {
    typealias S = StoreTestSupport

    /// A database in WAL mode, grown by commits that are not checkpointed, with a copy of its
    /// file and its log taken while it is open.
    struct Logged {
        var file: [UInt8]
        var wal: [UInt8]
        var pageSize: Int
    }

    static func logged(in folder: URL) throws -> Logged {
        let path = folder.appendingPathComponent("logged.sqlite").path
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")
        }
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        for batch in 0..<3 {
            try queue.write { db in
                for row in 0..<200 {
                    try db.execute(sql: "INSERT INTO t (text) VALUES (?)",
                                   arguments: [String(repeating: "row \(batch)-\(row) ", count: 20)])
                }
            }
        }
        let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let wal = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path + "-wal")))
        let pageSize = try queue.read { try Int.fetchOne($0, sql: "PRAGMA page_size")! }
        try queue.close()
        return Logged(file: file, wal: wal, pageSize: pageSize)
    }

    @Test func everyCommittedPageIsFound() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let logged = try Self.logged(in: scratch)
        let pages = WALFrames.committedPages(logged.wal, pageSize: logged.pageSize)
        let grown = logged.file.count / logged.pageSize
        #expect(pages.contains(1) && pages.count > grown + 10, "the table grew the database in the log: \(pages.count)")
        #expect(WALFrames.committedPages(logged.wal, pageSize: logged.pageSize * 2).isEmpty, "another page size")
        #expect(WALFrames.committedPages(Array(logged.wal.prefix(31)), pageSize: logged.pageSize).isEmpty)
    }

    @Test func aTornOrCorruptTailEndsTheLogAtTheLastGoodCommit() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let logged = try Self.logged(in: scratch)
        let all = WALFrames.committedPages(logged.wal, pageSize: logged.pageSize)
        let frame = WALFrames.frameHeaderSize + logged.pageSize
        // The last frame cut in the middle: its commit is lost, the earlier ones stay.
        let torn = Array(logged.wal.prefix(logged.wal.count - frame / 2))
        let kept = WALFrames.committedPages(torn, pageSize: logged.pageSize)
        #expect(!kept.isEmpty && kept.isSubset(of: all) && kept.count < all.count)
        // A byte of the last frame's page changed: its checksum fails, the same.
        var changed = logged.wal
        changed[changed.count - 100] ^= 0xFF
        #expect(WALFrames.committedPages(changed, pageSize: logged.pageSize) == kept)
        // A byte of the log's header changed: nothing can be trusted.
        var header = logged.wal
        header[12] ^= 0x01
        #expect(WALFrames.committedPages(header, pageSize: logged.pageSize).isEmpty)
    }

    /// The state a killed checkpoint leaves: the file is short of the page count its header
    /// gives, and SQLite reads every row back from the log. The header check lets it through,
    /// and still catches the same file without its log.
    @Test func aCheckpointKilledHalfWayIsNotTakenForACutFile() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let logged = try Self.logged(in: scratch)
        let frame = WALFrames.frameHeaderSize + logged.pageSize
        // The newest image of page 1 in the log, written over the file's page 1.
        var page1: ArraySlice<UInt8>?
        var offset = WALFrames.headerSize
        while offset + frame <= logged.wal.count {
            if logged.wal[offset..<offset + 4] == [0, 0, 0, 1] {
                page1 = logged.wal[offset + WALFrames.frameHeaderSize..<offset + frame]
            }
            offset += frame
        }
        var file = logged.file
        file.replaceSubrange(0..<logged.pageSize, with: try #require(page1))
        let path = scratch.appendingPathComponent("checkpointed.sqlite").path
        try Data(file).write(to: URL(fileURLWithPath: path))
        try Data(logged.wal).write(to: URL(fileURLWithPath: path + "-wal"))

        let header = Array(file.prefix(100))
        guard case .truncated = SQLiteHeader.verdict(header: header, fileSize: file.count) else {
            Issue.record("the header should count more pages than the file holds")
            return
        }
        let pages = WALFrames.committedPages(logged.wal, pageSize: logged.pageSize)
        #expect(SQLiteHeader.verdict(header: header, fileSize: file.count, walPages: pages) == .plausible)
        let rows = try DatabaseQueue(path: path).read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM t"), try String.fetchOne(db, sql: "PRAGMA integrity_check"))
        }
        #expect(rows.0 == 600 && rows.1 == "ok", "SQLite replays the log")
    }
}
