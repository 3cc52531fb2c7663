import Foundation
import GRDB
import Testing
@testable import NewsStore

/// The rows tagging leaves in an index file, with article row ids replaced by paths: two
/// indexes of the same files built differently (refreshed in place, built afresh) must hold the
/// same rows, down to each blob and each count that is kept in step rather than recomputed.
enum TagTables {
    static let queries: [String: String] = [
        "entities": "SELECT id, name, type, parent, origin FROM entities",
        "aliases": "SELECT entity, position, text, exact_case FROM aliases",
        "article_tags": """
            SELECT s.path, s.entities, hex(t.mentions), hex(t.figures) FROM article_tags t JOIN summaries s ON s.article = t.article
            """,
        "postings": "SELECT p.entity, s.path, p.idx, p.mentions FROM postings p JOIN summaries s ON s.article = p.article",
        "entity_stats": "SELECT entity, mentions, articles, passages, posting_articles FROM entity_stats",
        "article_evidence": """
            SELECT s.path, hex(e.names), hex(e.figures) FROM article_evidence e JOIN summaries s ON s.article = e.article
            """,
        "discovery_names": "SELECT name, kind, articles, occurrences, mid_sentence, after_honorific FROM discovery_names",
        "untagged": """
            SELECT s.path FROM summaries s LEFT JOIN article_tags t ON t.article = s.article WHERE t.article IS NULL
            """,
    ]

    /// Every query's rows, as sorted lines.
    static func rows(_ index: URL) throws -> [String: [String]] {
        let database = try DatabaseQueue(path: index.path)
        return try database.read { db in
            try queries.mapValues { sql in try Row.fetchAll(db, sql: sql).map(\.description).sorted() }
        }
    }

    /// `index` holds the tag rows a fresh build of `corpus` writes.
    static func expectFresh(_ index: URL, corpus: URL, catalogs: [URL] = [StoreTestSupport.embeddedCatalog],
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fresh = index.deletingLastPathComponent().appendingPathComponent("fresh-\(UUID().uuidString).sqlite")
        defer { for suffix in ["", "-wal", "-shm", ".lock"] { StoreTestSupport.remove(URL(fileURLWithPath: fresh.path + suffix)) } }
        let built = try StoreTestSupport.stored(corpus, index: fresh, catalogs: catalogs)
        #expect(built.report.retagged, sourceLocation: sourceLocation)
        let (got, want) = (try rows(index), try rows(fresh))
        for table in queries.keys.sorted() {
            #expect(got[table] == want[table], "\(table) differs from a fresh build", sourceLocation: sourceLocation)
        }
        #expect(!(want["entity_stats"] ?? []).isEmpty && want["untagged"] == [], sourceLocation: sourceLocation)
    }
}
