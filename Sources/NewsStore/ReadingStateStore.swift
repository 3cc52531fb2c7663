import Foundation
import GRDB

/// The user's reading state, one SQLite file for every corpus: read and bookmarked articles,
/// the last cursor position and last-opened time of each, and the history of passages entered.
///
/// WAL journal and a 5 s busy timeout, so several readers on the same file all read and write;
/// every `apply` is one transaction, so a reader killed at any moment loses at most the action it
/// was writing, and the file is consistent at the next start.
public final class ReadingStateStore: Sendable {
    /// Where the file is.
    public let path: String
    let queue: DatabaseQueue

    /// How long a write waits for another reader's transaction before giving up.
    static let busySeconds = 5.0

    init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens the state file at `path`, creating it and its folder when missing. A file that is
    /// not ours (another program's database) or not sound (garbage, damage) is moved aside —
    /// never deleted — and a fresh one started; `notice` then says so in one line for the
    /// caller to print. Throws when the file cannot be used at all (an unwritable folder, a
    /// file from a newer newsreader).
    public static func open(at path: String, now: Date = Date()) throws -> (store: ReadingStateStore, notice: String?) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw ReadingStateError("cannot create \(folder) for the reading state")
        }
        var notice: String?
        // A second and third look only when the file changed under us (another reader moved it
        // aside or created it at the same moment).
        for _ in 0..<3 {
            let inspected = ReadingStateFile.identity(path)
            switch try ReadingStateFile.inspect(path, busySeconds: busySeconds) {
            case .newer(let version):
                throw ReadingStateError("""
                    \(path) was written by a newer newsreader (schema \(version), this one knows \
                    \(ReadingStateSchema.version)); reading state is not saved this time
                    """)
            case .foreign(let why):
                guard let inspected, sameFile(inspected, path) else { continue }
                let aside = try moveAside(path, label: "foreign", now: now)
                notice = "reading state \(path) was \(why); moved it to \(aside) and started afresh"
            case .corrupt(let why):
                guard let inspected, sameFile(inspected, path) else { continue }
                let aside = try moveAside(path, label: "corrupt", now: now)
                notice = "reading state \(path) was unreadable (\(why)); kept it as \(aside) and started afresh"
            case .usable:
                do {
                    return (try ReadingStateStore(path: path, queue: openForWriting(path)), notice)
                } catch let error as DatabaseError where ReadingStateFile.isDamage(error) {
                    continue
                }
            }
        }
        throw ReadingStateError("\(path) kept changing while it was opened; reading state is not saved this time")
    }

    static func sameFile(_ identity: (device: UInt64, inode: UInt64), _ path: String) -> Bool {
        guard let now = ReadingStateFile.identity(path) else { return false }
        return now.device == identity.device && now.inode == identity.inode
    }

    static func moveAside(_ path: String, label: String, now: Date) throws -> String {
        do {
            return try ReadingStateFile.moveAside(path, label: label, now: now)
        } catch {
            throw ReadingStateError(
                "\(path) is not a reading state file and cannot be moved aside: \(error.localizedDescription)")
        }
    }

    /// The writing connection: WAL, the busy timeout, the schema brought up to date.
    ///
    /// Switching a new file to WAL takes a lock that SQLite does not wait for, so readers
    /// starting at the same moment on a file none of them has made yet retry for a while.
    static func openForWriting(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busySeconds)
        let deadline = Date().addingTimeInterval(busySeconds)
        while true {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try migrate(queue)
                return queue
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
        }
    }

    static func migrate(_ queue: DatabaseQueue) throws {
        let migrator = ReadingStateSchema.migrator
        do {
            try migrator.migrate(queue)
        } catch {
            // Two readers creating the file at once: the second one's migration finds the
            // tables made and fails; the schema is then complete all the same.
            guard try queue.read(migrator.hasCompletedMigrations) else { throw error }
        }
    }

    /// Closes the file (the store cannot be used afterwards).
    public func close() throws { try queue.close() }
}
