import Foundation
import GRDB
import NewsCore

/// Reading and writing one corpus's state. `corpus` is a key from `ReadingStateKey`.
extension ReadingStateStore {
    /// What was saved for the corpus; empty for a corpus never read.
    public func saved(corpus: String) throws -> SavedReading {
        try queue.read { db in
            var saved = SavedReading()
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM corpora WHERE key = ?", arguments: [corpus]) else {
                return saved
            }
            var latest: (path: String, at: Double)?
            let rows = try Row.fetchCursor(db, sql: """
                SELECT path, read, bookmarked, passage, byte_offset, opened_at FROM articles WHERE corpus = ?
                """, arguments: [id])
            while let row = try rows.next() {
                let path: String = row["path"]
                if row["read"] as Bool { saved.read.insert(path) }
                if row["bookmarked"] as Bool { saved.bookmarks.insert(path) }
                if let passage = row["passage"] as Int?, let offset = row["byte_offset"] as Int? {
                    saved.positions[path] = ReadingPosition(passage: passage, offset: offset)
                }
                if let at = row["opened_at"] as Double?, latest.map({ at > $0.at }) ?? true { latest = (path, at) }
            }
            saved.lastOpened = latest?.path
            return saved
        }
    }

    /// The corpus's reading history, oldest first (at most the last 1,000 entries).
    public func history(corpus: String) throws -> [ReadingStateVisit] {
        try queue.read { db in
            try Row.fetchAll(db, sql: """
                SELECT history.path, history.passage, history.visited_at FROM history
                JOIN corpora ON corpora.id = history.corpus WHERE corpora.key = ? ORDER BY history.id
                """, arguments: [corpus]).map {
                ReadingStateVisit(path: $0[0], passage: $0[1], date: Date(timeIntervalSince1970: $0[2]))
            }
        }
    }

    /// Writes the changes in one transaction, stamped `date`; nothing at all when empty.
    public func apply(_ changes: [ReadingChange], corpus: String, at date: Date = Date()) throws {
        guard !changes.isEmpty else { return }
        try queue.write { db in
            try db.execute(sql: "INSERT INTO corpora (key) VALUES (?) ON CONFLICT (key) DO NOTHING", arguments: [corpus])
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM corpora WHERE key = ?", arguments: [corpus]) else {
                throw ReadingStateError("the corpus row for \(corpus) vanished")
            }
            for change in changes { try Self.write(change, corpus: id, at: date.timeIntervalSince1970, db) }
        }
    }

    static func write(_ change: ReadingChange, corpus: Int64, at time: Double, _ db: Database) throws {
        /// Sets `columns` of one article's row, making the row when it is missing.
        func upsert(_ path: String, _ columns: [String], _ values: [any DatabaseValueConvertible]) throws {
            let marks = columns.map { _ in "?" }.joined(separator: ", ")
            let updates = columns.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
            try db.execute(sql: """
                INSERT INTO articles (corpus, path, \(columns.joined(separator: ", "))) VALUES (?, ?, \(marks))
                ON CONFLICT (corpus, path) DO UPDATE SET \(updates)
                """, arguments: StatementArguments([corpus, path] + values))
        }
        switch change {
        case .read(let path, let read):
            try upsert(path, ["read"], [read])
        case .bookmark(let path, let bookmarked):
            try upsert(path, ["bookmarked"], [bookmarked])
        case .opened(let path):
            try upsert(path, ["opened_at"], [time])
        case .position(let path, let position):
            try upsert(path, ["passage", "byte_offset"], [position.passage, position.offset])
        case .visited(let path, let passage):
            let last = try Row.fetchOne(db, sql: "SELECT path, passage FROM history WHERE corpus = ? ORDER BY id DESC LIMIT 1",
                                        arguments: [corpus])
            if let last, last[0] as String == path, last[1] as Int == passage { return }
            try db.execute(sql: "INSERT INTO history (corpus, path, passage, visited_at) VALUES (?, ?, ?, ?)",
                           arguments: [corpus, path, passage, time])
            try db.execute(sql: """
                DELETE FROM history WHERE corpus = ? AND id <= (
                    SELECT id FROM history WHERE corpus = ? ORDER BY id DESC LIMIT 1 OFFSET ?)
                """, arguments: [corpus, corpus, ReadingStateSchema.historyLimit])
        }
    }
}
