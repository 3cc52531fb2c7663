import Foundation
import GRDB
import NewsCore

/// Brings the tags up to date with the stored articles after their files changed, tagging no
/// more than it must while giving what `Tagger.tag` gives for the same articles.
///
/// The entity table is built again from the stored evidence (`article_evidence`,
/// `discovery_names`) without reading an article. When it is the stored table, every article
/// that kept its tags would be tagged the same, so only the articles without tags (added or
/// changed; renamed ones keep theirs) are read and tagged; otherwise every article is.
struct IndexRetag {
    /// What a re-tag did.
    struct Outcome {
        /// Whether every article was tagged again (the entity table changed).
        var full: Bool
        var tagged: Int
    }

    var catalog: EntityCatalog
    var discover: Bool
    /// Called as loading and then tagging begin.
    var stage: (IndexProgress.Stage) -> Void

    /// Runs in the caller's transaction; the evidence must be the current catalog's (`meta.tag_basis`).
    func run(_ db: Database) throws -> Outcome {
        try PathOrder.assign(db)
        let known = TagEntities.catalog(catalog)
        let knownMatcher = discover ? AliasMatcher(entities: known) : nil
        try addMissingEvidence(knownMatcher, db)
        let discovered = try knownMatcher.map {
            EntityDiscovery.entities(from: try DiscoveryCounts.recurring(db), known: known, knownMatcher: $0,
                                     firstID: known.count)
        } ?? []
        let entities = TagEntities(named: known + discovered, figures: try Self.figuresInPathOrder(db))

        if try IndexReader.entities(db).entities == entities.table.entities {
            let ids = try Int64.fetchAll(db, sql: """
                SELECT summaries.article FROM summaries LEFT JOIN article_tags ON article_tags.article = summaries.article
                WHERE article_tags.article IS NULL ORDER BY summaries.path_order
                """)
            stage(.loading)
            let articles = try IndexReader.articles(ids: ids, db)
            stage(.tagging)
            try IndexWriter.addTags(entities.tag(Corpus(name: "", articles: articles)), articleIDs: ids, db)
            return Outcome(full: false, tagged: ids.count)
        }
        stage(.loading)
        let (corpus, ids) = try IndexReader.corpus(named: "", db)
        stage(.tagging)
        try IndexWriter.replaceTags(entities.tag(corpus), articleIDs: ids, db)
        return Outcome(full: true, tagged: ids.count)
    }

    /// Evidence for the articles that have none: after the catalogs changed every article's
    /// was dropped (`IndexRefresh`), and new articles came with theirs.
    private func addMissingEvidence(_ knownMatcher: AliasMatcher?, _ db: Database) throws {
        let ids = try Int64.fetchAll(db, sql: """
            SELECT articles.id FROM articles LEFT JOIN article_evidence ON article_evidence.article = articles.id
            WHERE article_evidence.article IS NULL
            """)
        guard !ids.isEmpty else { return }
        stage(.loading)
        let evidence = Parallel.map(try IndexReader.articles(ids: ids, db)) { TagEvidence($0, knownMatcher: knownMatcher) }
        var counts = DiscoveryCounts()
        for (id, article) in zip(ids, evidence) {
            try DiscoveryCounts.insert(article, article: id, db)
            counts.add(article.names)
        }
        try counts.write(db)
    }

    /// Each article's figure names, in path order: figure entities are numbered by first appearance.
    private static func figuresInPathOrder(_ db: Database) throws -> [[TagEvidence.FigureName]] {
        var figures: [[TagEvidence.FigureName]] = []
        let rows = try Row.fetchCursor(db, sql: """
            SELECT article_evidence.figures FROM summaries JOIN article_evidence ON article_evidence.article = summaries.article
            ORDER BY summaries.path_order
            """)
        while let row = try rows.next() { figures.append(try EvidenceCoding.decodeFigures([UInt8](row[0] as Data))) }
        return figures
    }
}
