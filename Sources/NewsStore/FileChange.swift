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
    /// key, the path order and search's stored answers in that same transaction, so neither is taken for current when the
    /// articles moved on without them (a build killed before it re-tagged, say). Document
    /// frequencies, discovery's counts and entity statistics follow every article added,
    /// replaced or removed; an added article gets its evidence (`TagEvidence`) and no tags, which
    /// is how the re-tag that follows knows it.
    ///
    /// - Parameter knownMatcher: the catalog's aliases, for discovery's evidence; nil without discovery.
    static func apply(_ changes: [FileChange], knownMatcher: AliasMatcher?, _ db: Database) throws {
        if changes.contains(where: \.changesArticles) {
            try IndexMeta.remove(IndexMeta.tagKey, db)
            try IndexMeta.remove(IndexMeta.ordered, db)
            try IndexMeta.remove(IndexMeta.headTerms, db)
            try IndexMeta.remove(IndexMeta.passageLengths, db)
        }
        let added = Parallel.map(changes.compactMap(\.article)) {
            (TermCounts.Article($0), TagEvidence($0, knownMatcher: knownMatcher))
        }
        var terms = TermCounts()
        var names = DiscoveryCounts()
        var stats = EntityStatsChange()
        for (counts, evidence) in added {
            terms.add(counts)
            names.add(evidence.names)
        }
        var next = added.makeIterator()
        func removeStored(_ path: String) throws {
            if let old = try TermCounts.stored(path: path, db) { terms.remove(old) }
            if let old = try DiscoveryCounts.stored(path: path, db) { names.remove(old) }
            try stats.removeStored(path: path, db)
        }
        for change in changes {
            switch change {
            case .insert(let record, let article):
                try removeStored(record.path)
                let id = try IndexWriter.insert(record, article: article, db)
                if article != nil, let item = next.next() { try DiscoveryCounts.insert(item.1, article: id, db) }
            case .touch(let path, let size, let mtime):
                try db.cachedStatement(sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [size, mtime, path])
            case .rename(let from, let record):
                // The article keeps its rows; its path and so its place in path order change.
                try db.cachedStatement(sql: """
                    UPDATE summaries SET path = ?, path_order = NULL WHERE article = (SELECT id FROM files WHERE path = ?)
                    """).execute(arguments: [record.path, from])
                try db.cachedStatement(sql: "UPDATE files SET path = ?, size = ?, mtime = ? WHERE path = ?")
                    .execute(arguments: [record.path, record.size, record.mtime, from])
            case .delete(let path):
                try removeStored(path)
                try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [path])
            }
        }
        try terms.write(db)
        try names.write(db)
        try stats.write(db)
    }

    /// The article an insert brings.
    private var article: Article? {
        if case .insert(_, let article) = self { return article }
        return nil
    }
}
