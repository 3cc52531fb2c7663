import GRDB
import NewsCore

/// A corpus indexed in an in-memory SQLite database (`--no-index`, tests, the benchmark): the
/// same tables, written by the same `IndexWriter`, and the same `FullTextSearch` and
/// `StoredLibrary` as the persisted index, so a query finds the same passages, scored the same,
/// whichever way the corpus was opened.
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

    /// Reads and tags the paths (see `NewsIndex.tag`) and writes them into an in-memory index
    /// read as a persisted one is.
    public static func openLibrary(paths: [String], catalogFiles: [String], discover: Bool) throws -> StoredIndex {
        try buildLibrary(NewsIndex.tag(paths: paths, catalogFiles: catalogFiles, discover: discover))
    }

    /// `tagged` written whole — raw text, tags, document frequencies — into a fresh in-memory
    /// database, and read back lazily: once this returns, `tagged` need not be kept.
    public static func buildLibrary(_ tagged: TaggedCorpus) throws -> StoredIndex {
        let (database, _) = try write(tagged, whole: true)
        let library = try StoredLibrary(database: database) { _ in tagged.corpus.name }
        return StoredIndex(library: library)
    }

    /// Writes what search reads of `tagged` — passages (and through them `passage_fts`) and
    /// `postings` — into a fresh in-memory database with `IndexWriter`, and searches it. The raw
    /// text and the tag blobs that let a stored index skip parsing and tagging stay out: here
    /// they are in memory already.
    public static func search(for tagged: TaggedCorpus, lookup: EntityLookup? = nil) throws -> FullTextSearch {
        let (database, articleIDs) = try write(tagged, whole: false)
        return try FullTextSearch(database: database, tagged: tagged, articleIDs: articleIDs, lookup: lookup)
    }

    /// A fresh in-memory index of `tagged`, articles in the corpus's order, and their row ids.
    /// With `whole` false only what search reads is written: passages, their order, postings.
    private static func write(_ tagged: TaggedCorpus, whole: Bool) throws -> (DatabaseQueue, [Int64]) {
        // Rows are written once, parents first, and never deleted: checking every row's foreign
        // keys only made the build slower (a third of it on 46,725 articles).
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let database = try DatabaseQueue(configuration: configuration)
        let articles = tagged.corpus.articles
        let counts = whole ? Parallel.map(articles) { TermCounts.Article($0) } : []
        let articleIDs = try database.write { db in
            try IndexSchema.create(db)
            // FTS5 writes out its pending terms at every statement, so the trigger would make a
            // segment per passage and merging them costs three times the indexing itself. Built
            // in one go, the database indexes its passages in one statement instead.
            try db.execute(sql: "DROP TRIGGER \(IndexSchema.passageIndexTrigger)")
            // Nothing refreshes this database, so file rows only need to be distinct: keyed by
            // position, a file named twice on the command line is two articles, as in the corpus.
            // The order is the corpus's, whatever the paths say.
            let ids = try articles.enumerated().map { position, article in
                try IndexWriter.insert(IndexWriter.FileRecord(path: "\(position) \(article.path)", size: article.raw.utf8.count,
                                                              mtime: 0, hash: ""),
                                       article: whole ? article : Article(path: article.path, title: article.title, raw: "",
                                                                          passages: article.passages),
                                       order: PathOrder.key(position, count: articles.count), db)
            }
            try IndexMeta.set(IndexMeta.ordered, "1", db)
            try db.execute(sql: """
                INSERT INTO passage_fts (rowid, text) SELECT id, text FROM passages WHERE kind IN \(IndexSchema.searchableKinds)
                """)
            if whole {
                try IndexWriter.replaceTags(tagged, articleIDs: ids, db)
                try IndexMeta.set(IndexMeta.tagKey, "in memory", db)
                var terms = TermCounts()
                for count in counts { terms.add(count) }
                try terms.write(db)
                try IndexMeta.set(IndexMeta.walkProblems, WalkProblems.encode(tagged.corpus.problems), db)
            } else {
                try IndexWriter.insertPostings(tagged, articleIDs: ids, db)
            }
            return ids
        }
        return (database, articleIDs)
    }
}
