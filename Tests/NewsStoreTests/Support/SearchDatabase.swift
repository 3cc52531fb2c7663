import Foundation
import GRDB
import NewsCore
@testable import NewsStore

/// A corpus written into a database the test can also query directly.
struct SearchDatabase {
    let database: DatabaseQueue
    let articleIDs: [Int64]
    /// `[article][passage]` → `passages.id`.
    let rowIDs: [[Int64]]

    /// Articles go in last first when `reversed`, so every row id differs from the in-memory index's.
    /// With `headMinimum`, search's answers are stored (`HeadTerms`) for every term and entity in
    /// that many passages; without, for none (a fixture has no term in 3,000 passages).
    /// With `collecting`, the connection scores matches from the frequencies FTS5 hands back
    /// (`PhraseFrequencies`), as the index's connections do; without, FTS5's `bm25()` scores them.
    init(_ tagged: TaggedCorpus, path: String? = nil, reversed: Bool = false, headMinimum: Int? = nil,
         collecting: Bool = false) throws {
        var configuration = Configuration()
        if collecting { configuration.prepareDatabase { PhraseFrequencies.register($0) } }
        database = try path.map { try DatabaseQueue(path: $0, configuration: configuration) }
            ?? DatabaseQueue(configuration: configuration)
        articleIDs = try database.write { db in
            try IndexSchema.create(db)
            var ids = [Int64](repeating: 0, count: tagged.corpus.articles.count)
            let order = Array(tagged.corpus.articles.indices)
            for position in reversed ? order.reversed() : order {
                let article = tagged.corpus.articles[position]
                ids[position] = try IndexWriter.insert(
                    IndexWriter.FileRecord(path: article.path, size: 1, mtime: 1, hash: "h"), article: article, db)
            }
            try PathOrder.assign(db)
            try IndexWriter.replaceTags(tagged, articleIDs: ids, db)
            try IndexMeta.set(IndexMeta.tagKey, "test", db)
            if let headMinimum {
                try IndexMeta.set(IndexMeta.headMinimum, String(headMinimum), db)
                try HeadTerms.rebuildEntities(db)
            }
            try IndexWriter.replaceHeadTerms(db)
            return ids
        }
        let articleIDs = articleIDs
        rowIDs = try database.read { try IndexWriter.passageRowIDs(articleIDs: articleIDs, $0) }
    }

    /// Search over the database read as an index is (`tagged` must be in path order, as the
    /// loader leaves a corpus).
    func search(_ tagged: TaggedCorpus) throws -> FullTextSearch {
        let library = try StoredLibrary(database: SnapshotReaders([database])) { _ in tagged.corpus.name }
        return FullTextSearch(library: library, lookup: library.makeLookup())
    }

    /// FTS5's own `highlight()` of a passage for a MATCH expression, as byte ranges.
    func highlight(_ expression: String, _ id: PassageID, text: String) throws -> [Range<Int>]? {
        try database.read { db in
            let marked = try String.fetchOne(db, sql: """
                SELECT highlight(passage_fts, 0, ?, ?) FROM passage_fts WHERE passage_fts MATCH ? AND rowid = ?
                """, arguments: [HighlightMarkers.open, HighlightMarkers.close, expression, rowIDs[id.article][id.passage]])
            return marked.flatMap { HighlightMarkers.ranges(marked: $0, text: text) }
        }
    }
}
