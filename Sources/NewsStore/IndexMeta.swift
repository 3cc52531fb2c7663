import GRDB

/// The `meta` table's keys: facts about the index as a whole.
enum IndexMeta {
    /// `PipelineVersion.ingest` of the code that parsed the stored articles.
    static let ingestVersion = "ingest_version"
    /// `TagKey` of the stored tags; absent while the stored tags do not match the articles.
    static let tagKey = "tag_key"

    static func get(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key])
    }

    static func set(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    static func remove(_ key: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
    }
}
