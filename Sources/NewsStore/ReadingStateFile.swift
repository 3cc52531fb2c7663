import Foundation
import GRDB

/// Telling whether the file at the state path is ours before writing to it, and moving it aside
/// when it is not: the reading state cannot be rebuilt, so a file that fails the checks is kept
/// under another name, never deleted or overwritten.
enum ReadingStateFile {
    /// What the file at the path turned out to be.
    enum Verdict: Equatable {
        /// Absent, empty, or our own schema at a version this build knows.
        case usable
        /// Our file, written by a newer newsreader: left alone, and not written to.
        case newer(version: Int32)
        /// Another program's SQLite database.
        case foreign(String)
        /// Not a database, or a damaged one.
        case corrupt(String)
    }

    /// Looks at the file without changing it: a read-only connection (so no journal-mode
    /// switch or WAL set-up touches a foreign file), the header's `application_id` and
    /// `user_version`, then SQLite's `quick_check`.
    static func inspect(_ path: String, busySeconds: Double) throws -> Verdict {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        guard let attributes, (attributes[.size] as? Int ?? 0) > 0 else { return .usable }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busySeconds)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                // The migration table alone is a file another reader is creating this moment (it is
                // made just before the transaction that makes the rest and sets the id). Its
                // primary key's automatic index counts as part of it (`tbl_name`).
                let objects = try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM sqlite_master WHERE tbl_name <> 'grdb_migrations'") ?? 0
                if application == 0 && objects == 0 { return .usable }
                guard application == ReadingStateSchema.applicationID else {
                    return .foreign(application == 0
                        ? "an SQLite database without an application id"
                        : "an SQLite database of another program (application id \(hex(application)))")
                }
                if version > ReadingStateSchema.version { return .newer(version: version) }
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                return check == ["ok"] ? .usable : .corrupt("damaged: \(check.prefix(2).joined(separator: "; "))")
            }
        } catch let error as DatabaseError where isDamage(error) {
            return .corrupt(reason(error))
        }
    }

    /// Errors that say the file's content is not a sound database (as opposed to permissions,
    /// a full disk or a lock held too long, which say nothing about the file).
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    static func reason(_ error: DatabaseError) -> String {
        error.resultCode == .SQLITE_NOTADB ? "not an SQLite database" : "damaged: \(error.message ?? "\(error.resultCode)")"
    }

    static func hex(_ value: Int32) -> String { "0x" + String(UInt32(bitPattern: value), radix: 16, uppercase: true) }

    /// The file's identity, to make sure the file moved aside is the one that was inspected and
    /// not a fresh one another reader made in the meantime.
    static func identity(_ path: String) -> (device: UInt64, inode: UInt64)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    /// `state.sqlite` → `state.sqlite.corrupt-20250127T093000Z` (or `.foreign-…`), with its
    /// `-wal` and `-shm` files beside it under the same new name, so SQLite can still open the
    /// copy. Returns the new path.
    static func moveAside(_ path: String, label: String, now: Date) throws -> String {
        let stamp = timestamp(now)
        var aside = "\(path).\(label)-\(stamp)"
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = "\(path).\(label)-\(stamp)-\(attempt)"
        }
        try FileManager.default.moveItem(atPath: path, toPath: aside)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
        }
        return aside
    }

    /// UTC, to the second, sortable: `20250127T093000Z`.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
                      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
