import Foundation
import GRDB
import Testing
@testable import NewsStore

/// The reader's thread never waits for a query the Related pane runs on another thread, and
/// the library's connections see the index at one moment.
@Suite struct SnapshotReadersTests {
    func pool(in folder: URL) throws -> DatabasePool {
        let pool = try DatabasePool(path: folder.appendingPathComponent("index.sqlite").path)
        try pool.write { db in
            try db.execute(sql: "CREATE TABLE t (x INTEGER)")
            try db.execute(sql: "INSERT INTO t VALUES (1)")
        }
        return pool
    }

    @Test func aReadDoesNotWaitForALongReadOnAnotherThread() throws {
        let folder = try StoreTestSupport.scratch("snapshots")
        defer { StoreTestSupport.remove(folder) }
        let readers = try SnapshotReaders.make(try pool(in: folder), lockPath: folder.appendingPathComponent("index.sqlite.lock").path)
        #expect(readers.count == 2)
        let inside = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = try? readers.read { db -> Int in
                inside.signal()
                release.wait()
                return try Int.fetchOne(db, sql: "SELECT x FROM t") ?? 0
            }
            finished.signal()
        }
        inside.wait()
        // With one connection this read would wait for the one held above, which waits for it.
        let seen = try readers.read { try Int.fetchOne($0, sql: "SELECT x FROM t") }
        release.signal()
        finished.wait()
        #expect(seen == 1)
    }

    /// Another process refreshing holds the lock: two snapshots could straddle one of its
    /// commits, so there is one.
    @Test func oneSnapshotWhileTheIndexIsLocked() throws {
        let folder = try StoreTestSupport.scratch("snapshots-locked")
        defer { StoreTestSupport.remove(folder) }
        let lockPath = folder.appendingPathComponent("index.sqlite.lock").path
        let held = try IndexLock(path: lockPath)
        defer { held.release() }
        let readers = try SnapshotReaders.make(try pool(in: folder), lockPath: lockPath)
        #expect(readers.count == 1)
        #expect(try readers.read { try Int.fetchOne($0, sql: "SELECT x FROM t") } == 1)
    }
}
