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

    /// Writes what search reads of `tagged` — passages (and through them `passage_fts`) and
    /// `postings` — into a fresh in-memory database with `IndexWriter`, and searches it. The raw
    /// text and the tag blobs that let a stored index skip parsing and tagging stay out: here
    /// they are in memory already.
    public static func search(for tagged: TaggedCorpus, lookup: EntityLookup? = nil) throws -> FullTextSearch {
        let database = try DatabaseQueue()
        let articleIDs = try database.write { db in
            try IndexSchema.create(db)
            // Nothing refreshes this database, so file rows only need to be distinct: keyed by
            // position, a file named twice on the command line is two articles, as in the corpus.
            let ids = try tagged.corpus.articles.enumerated().map { position, article in
                try IndexWriter.insert(IndexWriter.FileRecord(path: "\(position) \(article.path)", size: article.raw.utf8.count,
                                                              mtime: 0, hash: ""),
                                       article: Article(path: article.path, title: article.title, raw: "",
                                                        passages: article.passages),
                                       db)
            }
            try IndexWriter.insertPostings(tagged, passageIDs: try IndexWriter.passageRowIDs(articleIDs: ids, db), db)
            return ids
        }
        return try FullTextSearch(database: database, tagged: tagged, articleIDs: articleIDs, lookup: lookup)
    }
}
