import GRDB
import NewsCore

/// A corpus indexed in an in-memory SQLite database (`--no-index`, tests, the benchmark): the
/// same tables, written by the same `IndexWriter`, and the same `FullTextSearch` and
/// `StoredLibrary` as the persisted index, so a query finds the same passages, scored the same,
/// whichever way the corpus was opened.
public enum MemoryIndex {
    /// Reads and tags the paths (see `NewsIndex.tag`) and indexes them in memory.
    public static func open(paths: [String], catalogFiles: [String], discover: Bool) throws -> StoredIndex {
        try build(NewsIndex.tag(paths: paths, catalogFiles: catalogFiles, discover: discover))
    }

    /// `tagged` written whole — raw text, tags, document frequencies — into a fresh in-memory
    /// database, and read back lazily: once this returns, `tagged` need not be kept.
    public static func build(_ tagged: TaggedCorpus) throws -> StoredIndex {
        let database = try write(tagged)
        let library = try StoredLibrary(database: SnapshotReaders([database])) { _ in tagged.corpus.name }
        return StoredIndex(library: library)
    }

    /// A fresh in-memory index of `tagged`, articles in the corpus's order.
    private static func write(_ tagged: TaggedCorpus) throws -> DatabaseQueue {
        // Rows are written once, parents first, and never deleted: checking every row's foreign
        // keys only made the build slower (a third of it on 46,725 articles).
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        configuration.prepareDatabase { db in PhraseFrequencies.register(db) }
        let database = try DatabaseQueue(configuration: configuration)
        let articles = tagged.corpus.articles
        let counts = Parallel.map(articles) { TermCounts.Article($0) }
        try database.write { db in
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
                                       article: article,
                                       order: PathOrder.key(position, count: articles.count), db)
            }
            try IndexMeta.set(IndexMeta.ordered, "1", db)
            try db.execute(sql: """
                INSERT INTO passage_fts (rowid, text) SELECT id, text FROM passages WHERE kind IN \(IndexSchema.searchableKinds)
                """)
            try IndexWriter.replaceTags(tagged, articleIDs: ids, db)
            try HeadTerms.rebuildEntities(db)
            try IndexWriter.replaceHeadTerms(db)
            try IndexMeta.set(IndexMeta.tagKey, "in memory", db)
            var terms = TermCounts()
            for count in counts { terms.add(count) }
            try terms.write(db)
            try IndexMeta.set(IndexMeta.walkProblems, WalkProblems.encode(tagged.corpus.problems), db)
        }
        return database
    }
}
