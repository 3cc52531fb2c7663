import GRDB

/// The `meta` table's keys: facts about the index as a whole.
enum IndexMeta {
    /// `PipelineVersion.ingest` of the code that parsed the stored articles.
    static let ingestVersion = "ingest_version"
    /// `TagKey` of the stored tags; absent while the stored tags do not match the articles.
    static let tagKey = "tag_key"
    /// `TagKey` the articles' evidence and whatever tags they have were built with; unlike
    /// `tagKey`, kept while files change (`IndexRetag`).
    static let tagBasis = "tag_basis"
    /// Present while every article's `summaries.path_order` is set and follows path order;
    /// dropped with any change to the articles (`PathOrder`).
    static let ordered = "ordered"
    /// Content passages in the corpus: the N of `terms`' document frequencies.
    static let contentPassages = "content_passages"
    /// `CorpusKey` of the paths and options the files were last read with.
    static let corpusKey = "corpus_key"
    /// What the last walk of the paths reported without reading a file (missing paths,
    /// unsupported files), one `path\treason` a line: an open that does not walk still reports it.
    static let walkProblems = "walk_problems"
    /// Present while `head_terms` and `head_hits` were built from the articles as they are;
    /// dropped with any change to the articles (`HeadTerms`).
    static let headTerms = "head_terms"
    /// Names the build of `passage_lengths` while it follows the articles as they are; dropped
    /// with `headTerms` (`PassageLengths`).
    static let passageLengths = "passage_lengths"
    /// When present, the passages a term or entity needs for search to store its answer
    /// (`HeadTerms.threshold`); absent in every index but a test's.
    static let headMinimum = "head_minimum"

    static func get(_ key: String, _ db: Database) throws -> String? {
        try String.fetchOne(db.cachedStatement(sql: "SELECT value FROM meta WHERE key = ?"), arguments: [key])
    }

    static func set(_ key: String, _ value: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", arguments: [key, value])
    }

    static func remove(_ key: String, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
    }
}
