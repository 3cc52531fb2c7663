import GRDB
import NewsCore

/// One write a refresh makes to the `files` table (and, through it, to the article tables).
enum FileChange: Sendable {
    /// A new or changed file: replaces any row with its path.
    case insert(IndexWriter.FileRecord, Article?)
    /// Same contents, new size or time: only the row's stat facts change.
    case touch(path: String, size: Int, mtime: Double)
    /// Same contents under another path, its article unchanged.
    case rename(from: String, to: IndexWriter.FileRecord)
    case delete(path: String)

    var changesArticles: Bool {
        if case .touch = self { return false }
        return true
    }

    /// Applies `changes` in the caller's transaction. Any change to the articles drops the tag
    /// key in that same transaction, so tags are never taken for current when the articles
    /// moved on without them (a build killed before it re-tagged, say).
    static func apply(_ changes: [FileChange], _ db: Database) throws {
        if changes.contains(where: \.changesArticles) { try IndexMeta.remove(IndexMeta.tagKey, db) }
        for change in changes {
            switch change {
            case .insert(let record, let article):
                try IndexWriter.insert(record, article: article, db)
            case .touch(let path, let size, let mtime):
                try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [size, mtime, path])
            case .rename(let from, let record):
                try db.cachedStatement(sql: "UPDATE files SET path = ?, size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [record.path, record.size, record.mtime, from])
            case .delete(let path):
                try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
            }
        }
    }
}
