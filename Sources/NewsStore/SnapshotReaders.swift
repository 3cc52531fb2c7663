import Foundation
import GRDB

/// A library's reads, spread over a few connections that all see the index as it was at one
/// moment. One snapshot is one connection, and its reads take turns: the reader's thread drawing
/// a list row waited for whatever query the Related pane was ranking with on another thread,
/// 12 ms and up to 180 ms at 200,000 articles. A read takes whichever connection is free.
///
/// Snapshots are made two at a time only while no other process can write (the index lock
/// taken without waiting, see `make`); otherwise there is one, and reads take turns as before.
final class SnapshotReaders: @unchecked Sendable {
    private let readers: [any DatabaseReader]
    private var free: [Int]
    private let condition = NSCondition()

    init(_ readers: [any DatabaseReader]) {
        precondition(!readers.isEmpty)
        self.readers = readers
        free = Array(readers.indices)
    }

    /// Snapshots of `pool` for a library: two when the lock at `lockPath` is free, so that no
    /// write can fall between them, else one.
    static func make(_ pool: DatabasePool, lockPath: String) throws -> SnapshotReaders {
        guard let lock = IndexLock(ifFree: lockPath) else { return SnapshotReaders([try pool.makeSnapshot()]) }
        defer { lock.release() }
        return SnapshotReaders([try pool.makeSnapshot(), try pool.makeSnapshot()])
    }

    var path: String { readers[0].path }
    var count: Int { readers.count }

    /// `body` on a free connection, waiting for one when all are busy. Not reentrant, as a
    /// snapshot's own `read` is not.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        condition.lock()
        while free.isEmpty { condition.wait() }
        let reader = free.removeLast()
        condition.unlock()
        defer {
            condition.lock()
            free.append(reader)
            condition.signal()
            condition.unlock()
        }
        return try readers[reader].read(body)
    }
}
