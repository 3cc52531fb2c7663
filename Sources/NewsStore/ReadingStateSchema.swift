import GRDB

/// The reading-state database's tables. Unlike the index, nothing here can be rebuilt, so the
/// schema only ever moves forward through migrations, and `user_version` says how far.
///
/// - `corpora`: one row per corpus key (see `ReadingStateKey`).
/// - `articles`: per corpus and article path, read and bookmark flags, the last cursor position
///   and when the article was last opened (seconds since 1970).
/// - `history`: passages entered, in order (`id`), the last `historyLimit` per corpus.
enum ReadingStateSchema {
    /// "NRRS": tells our state file apart from any other SQLite file at the same path.
    static let applicationID: Int32 = 0x4E52_5253
    /// The `user_version` the last migration leaves.
    static let version: Int32 = 1
    /// History entries kept per corpus; older ones are dropped as new ones come.
    static let historyLimit = 1_000

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 articles, history") { db in
            try db.execute(sql: """
                CREATE TABLE corpora (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE
                );
                CREATE TABLE articles (
                    corpus INTEGER NOT NULL REFERENCES corpora(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    read INTEGER NOT NULL DEFAULT 0,
                    bookmarked INTEGER NOT NULL DEFAULT 0,
                    passage INTEGER,
                    byte_offset INTEGER,
                    opened_at REAL,
                    PRIMARY KEY (corpus, path)
                ) WITHOUT ROWID;
                CREATE TABLE history (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    corpus INTEGER NOT NULL REFERENCES corpora(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    passage INTEGER NOT NULL,
                    visited_at REAL NOT NULL
                );
                CREATE INDEX history_by_corpus ON history (corpus, id);
                PRAGMA application_id = \(applicationID);
                PRAGMA user_version = 1;
                """)
        }
        return migrator
    }
}
