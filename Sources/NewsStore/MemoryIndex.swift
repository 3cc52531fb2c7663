import GRDB
import NewsCore

/// A corpus indexed in an in-memory SQLite database (`--no-index`, tests, the benchmark): the
/// same tables and the same `FullTextSearch` as the persisted index, so a query finds the same
/// passages, scored the same, whichever way the corpus was opened.
public enum MemoryIndex {
    /// Reads and tags the paths (see `NewsIndex.tag`) and indexes them in memory.
    public static func open(paths: [String], catalogFiles: [String], discover: Bool) throws -> NewsIndex {
        try build(NewsIndex.tag(paths: paths, catalogFiles: catalogFiles, discover: discover))
    }

    /// Everything built over `tagged`, searched through an in-memory database.
    public static func build(_ tagged: TaggedCorpus) throws -> NewsIndex {
        let lookup = EntityLookup(tagged)
        return NewsIndex(tagged: tagged, lookup: lookup, search: try search(for: tagged, lookup: lookup))
    }

    /// Writes `tagged` into a fresh in-memory database with `IndexWriter` and searches it.
    public static func search(for tagged: TaggedCorpus, lookup: EntityLookup? = nil) throws -> FullTextSearch {
        let database = try DatabaseQueue()
        let articleIDs = try database.write { db in
            try IndexSchema.create(db)
            // Nothing refreshes this database, so file rows only need to be distinct: keyed by
            // position, a file named twice on the command line is two articles, as in the corpus.
            let ids = try tagged.corpus.articles.enumerated().map { position, article in
                try IndexWriter.insert(IndexWriter.FileRecord(path: "\(position) \(article.path)", size: article.raw.utf8.count,
                                                              mtime: 0, hash: ""),
                                       article: article, db)
            }
            try IndexWriter.replaceTags(tagged, articleIDs: ids, db)
            return ids
        }
        return try FullTextSearch(database: database, tagged: tagged, articleIDs: articleIDs, lookup: lookup)
    }
}
