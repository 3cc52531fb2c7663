import Foundation
import GRDB
import NewsCore

/// Opens the index file, telling an index this build can use from a file to set aside: not
/// SQLite or cut short, another program's database, or an index of another format.
enum IndexDatabase {
    /// Why the file at the index path cannot be used as it is.
    struct Unusable: Error, CustomStringConvertible {
        enum Kind: Sendable { case outdated, foreign, damaged }
        var kind: Kind
        var detail: String
        var description: String { detail }
    }

    static let tables: Set<String> = [
        "meta", "files", "articles", "passages", "passage_fts", "summaries", "terms", "entities", "aliases", "article_tags",
        "postings", "entity_stats",
    ]

    /// WAL (readers never wait for a writer), and a busy timeout long enough for another
    /// process's batch to commit: concurrent opens wait rather than fail.
    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(60)
        config.label = "newsreader.index"
        // In WAL mode NORMAL skips the fsync of every commit; a commit can then be lost to a
        // power cut (never to a killed process), and the index stays consistent either way.
        // Everything in it can be rebuilt, so speed wins.
        config.prepareDatabase { db in
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            PhraseFrequencies.register(db)
        }
        return config
    }

    /// A usable index at `path`, created when the file is absent or empty.
    static func open(path: String) throws -> DatabasePool {
        try checkHeader(path)
        // Inspected through a plain connection first: opening a pool switches the file to WAL,
        // which must not happen to a database that is not ours.
        let isNew = try inspect(path)
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: configuration())
        } catch where isDamage(error) {
            throw Unusable(kind: .damaged, detail: "\(error)")
        }
        if isNew {
            try pool.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    try IndexSchema.create(db)
                    try IndexMeta.set(IndexMeta.ingestVersion, "\(PipelineVersion.ingest)", db)
                    return .commit
                }
            }
        }
        return pool
    }

    /// The index at `path` as it is, for reading without a refresh; nil when there is none yet
    /// (no file, or an empty one). Nothing is created or set aside.
    static func openExisting(path: String) throws -> DatabasePool? {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > 0 else {
            return nil
        }
        try checkHeader(path)
        guard try !inspect(path) else { return nil }
        do {
            return try DatabasePool(path: path, configuration: configuration())
        } catch where isDamage(error) {
            throw Unusable(kind: .damaged, detail: "\(error)")
        }
    }

    /// Errors that mean the file's contents are bad, not that the disk or the caller failed.
    static func isDamage(_ error: Error) -> Bool {
        if error is IndexReader.Damaged || error is ByteReader.Overrun { return true }
        guard let error = error as? DatabaseError else { return false }
        if [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT].contains(error.resultCode) { return true }
        return error.extendedResultCode == .SQLITE_IOERR_SHORT_READ
    }

    private static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let header = [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        let size = Int((try? handle.seekToEnd()) ?? 0)
        var walPages: Set<Int> = []
        if case .truncated = SQLiteHeader.verdict(header: header, fileSize: size), let pageSize = SQLiteHeader.pageSize(header),
           let wal = FileManager.default.contents(atPath: path + "-wal") {
            walPages = WALFrames.committedPages([UInt8](wal), pageSize: pageSize)
        }
        switch SQLiteHeader.verdict(header: header, fileSize: size, walPages: walPages) {
        case .empty, .plausible: return
        case .notSQLite: throw Unusable(kind: .damaged, detail: "not an SQLite database")
        case .truncated(let expected, let actual):
            throw Unusable(kind: .damaged, detail: "cut short: \(actual) of \(expected) bytes")
        }
    }

    /// Whether the file is a fresh database to create the schema in; throws when it is not ours,
    /// of another format, or missing tables.
    private static func inspect(_ path: String) throws -> Bool {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            defer { try? queue.close() }
            return try queue.read { db in
                let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                let version = try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let names = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"))
                if application == 0 && names.isEmpty { return true }
                guard application == IndexSchema.applicationID else {
                    throw Unusable(kind: .foreign, detail: "another program's SQLite database")
                }
                guard version == IndexSchema.formatVersion else {
                    throw Unusable(kind: .outdated, detail: "index format \(version), this build reads \(IndexSchema.formatVersion)")
                }
                let missing = tables.subtracting(names)
                guard missing.isEmpty else {
                    throw Unusable(kind: .damaged, detail: "missing tables: \(missing.sorted().joined(separator: ", "))")
                }
                let ingest = try IndexMeta.get(IndexMeta.ingestVersion, db)
                guard ingest == "\(PipelineVersion.ingest)" else {
                    throw Unusable(kind: .outdated, detail: "articles parsed by ingest version \(ingest ?? "?"), this build's is \(PipelineVersion.ingest)")
                }
                return false
            }
        } catch let error as Unusable {
            throw error
        } catch where isDamage(error) {
            throw Unusable(kind: .damaged, detail: "\(error)")
        }
    }

    /// Clears the index path for a rebuild and says what happened, in one line. An outdated
    /// index is deleted: it is ours and holds nothing the files cannot give again. A foreign or
    /// damaged file is moved aside as the reading state's are (`.foreign-<UTC time>`,
    /// `.corrupt-<UTC time>`, with its WAL), since it may be someone's data or show what went
    /// wrong.
    static func setAside(_ path: String, because problem: Unusable, now: Date = Date()) throws -> String {
        let fm = FileManager.default
        switch problem.kind {
        case .outdated:
            for file in [path, path + "-wal", path + "-shm"] where fm.fileExists(atPath: file) {
                try fm.removeItem(atPath: file)
            }
            return "the index \(path) was written by another version (\(problem.detail)); rebuilding it"
        case .foreign:
            let aside = try ReadingStateFile.moveAside(path, label: "foreign", now: now)
            return "\(path) is not a newsreader index (\(problem.detail)); moved it to \(aside) and built the index afresh"
        case .damaged:
            let aside = try ReadingStateFile.moveAside(path, label: "corrupt", now: now)
            return "\(path) is damaged (\(problem.detail)); moved it to \(aside) and rebuilt the index"
        }
    }
}
