import Foundation
import GRDB
import NewsCore

/// A corpus read from the index on demand (`ArticleLibrary`), with the document frequencies
/// the linker weighs words by (`TermStatistics`).
///
/// Opening it reads the per-article rows (`ArticleRows`), the entity table and each entity's
/// counts; an article, its tags or its list row are read when asked for and the last few kept
/// (`BoundedCache`); questions about an entity's mentions are answered by `postings`, which is
/// keyed by entity then path order. Nothing grows with the corpus beyond the per-article rows.
///
/// It reads through one snapshot of the database (or an in-memory database nothing else
/// writes): positions and row ids keep meaning the same rows however the file changes after.
/// A read that fails then means the index is damaged. The protocol has no way to report it, so
/// the answer is an empty one (an article saying it could not be read), and the index is
/// marked to be rebuilt on the next open (`IndexDamageMark`): the reader never stops on it.
public struct StoredLibrary: ArticleLibrary, TermStatistics {
    let database: SnapshotReaders
    public let name: String
    public let problems: [LoadProblem]
    public let entities: EntityTable
    let rows: ArticleRows
    /// Per entity: `EntityStats`, and how many articles its postings span.
    let entityStats: [EntityStats]
    public let mentionedEntityCount: Int
    let postingArticles: [Int]
    public let contentPassageCount: Int
    private let caches = Caches()

    /// The last articles, tags and list rows read.
    private final class Caches: Sendable {
        let articles = BoundedCache<Int, Article>(capacity: 32)
        let tags = BoundedCache<Int, ArticleTags>(capacity: 256)
        let summaries = BoundedCache<Int, ArticleSummary>(capacity: 1_024)
    }

    /// Reads what a library keeps in memory from `database`, which must hold an index whose
    /// articles are in path order and whose tags are current.
    ///
    /// - Parameter name: the corpus's name given its article count (`CorpusLoader.name`): it
    ///   depends on the paths read.
    /// - Throws: `IndexReader.Damaged` when the tables do not fit together.
    init(database: SnapshotReaders, name: (_ articleCount: Int) -> String) throws {
        self.database = database
        (problems, entities, rows, entityStats, postingArticles, contentPassageCount) = try database.read { db in
            guard try IndexMeta.get(IndexMeta.ordered, db) != nil else {
                throw IndexReader.Damaged(description: "articles are not in path order")
            }
            guard try IndexMeta.get(IndexMeta.tagKey, db) != nil else {
                throw IndexReader.Damaged(description: "the tags do not match the articles")
            }
            let entities = try IndexReader.entities(db)
            var stats = [EntityStats](repeating: .none, count: entities.entities.count)
            var postingArticles = [Int](repeating: 0, count: entities.entities.count)
            let statRows = try Row.fetchCursor(db, sql: """
                SELECT entity, mentions, articles, passages, posting_articles FROM entity_stats
                """)
            while let row = try statRows.next() {
                let entity: Int = row[0]
                guard stats.indices.contains(entity) else { throw IndexReader.Damaged(description: "counts of a missing entity") }
                stats[entity] = EntityStats(mentions: row[1], articles: row[2], passages: row[3])
                postingArticles[entity] = row[4]
            }
            let contentPassages = Int(try IndexMeta.get(IndexMeta.contentPassages, db) ?? "0") ?? 0
            return (try Self.problems(db), entities, try Self.rows(db), stats, postingArticles, contentPassages)
        }
        self.name = name(rows.count)
        mentionedEntityCount = entityStats.reduce(0) { $0 + ($1.passages > 0 ? 1 : 0) }
    }

    /// Every article's rows, in path order.
    private static func rows(_ db: Database) throws -> ArticleRows {
        var ids: [Int64] = [], orders: [Int64] = [], firsts: [Int64] = [], counts: [Int32] = []
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT article, path_order, first_passage, passages FROM summaries ORDER BY path_order
            """)
        while let row = try cursor.next() {
            guard let order: Int64 = row[1] else { throw IndexReader.Damaged(description: "an article out of path order") }
            ids.append(row[0])
            orders.append(order)
            firsts.append(row[2])
            counts.append(row[3])
        }
        return ArticleRows(ids: ids, orders: orders, firstPassages: firsts, passageCounts: counts)
    }

    /// Files that did not become articles and what the last walk reported, by path.
    private static func problems(_ db: Database) throws -> [LoadProblem] {
        var problems = try Row.fetchAll(db, sql: "SELECT path, problem FROM files WHERE problem IS NOT NULL")
            .map { LoadProblem(path: $0[0], reason: $0[1]) }
        problems += WalkProblems.decode(try IndexMeta.get(IndexMeta.walkProblems, db))
        return problems.sorted { $0.path < $1.path }
    }

    public var articleCount: Int { rows.count }

    /// The picker's and `@name`'s lookup, ranked by the stored mention counts.
    public func makeLookup() -> EntityLookup {
        EntityLookup(entities: entities, mentionCounts: entityStats.map(\.mentions))
    }

    public func summary(_ article: Int) -> ArticleSummary {
        caches.summaries.value(article) {
            read(or: ArticleSummary(path: "(unreadable)", title: Self.unreadableTitle, source: nil, wordCount: 0,
                                    entityCount: 0, passageCount: Int(rows.passageCounts[article]))) { db in
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT path, title, source, words, entities, passages FROM summaries WHERE article = ?
                    """), arguments: [rows.ids[article]]) else {
                    throw IndexReader.Damaged(description: "no article row \(rows.ids[article])")
                }
                return ArticleSummary(path: row[0], title: row[1], source: row[2], wordCount: row[3], entityCount: row[4],
                                      passageCount: row[5])
            }
        }
    }

    public func article(_ article: Int) -> Article {
        caches.articles.value(article) {
            read(or: unreadable(article)) { db in
                let id = rows.ids[article]
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT summaries.path, title, source, raw, notices
                    FROM summaries JOIN articles ON articles.id = summaries.article WHERE summaries.article = ?
                    """), arguments: [id]) else {
                    throw IndexReader.Damaged(description: "no article row \(id)")
                }
                let notices: String = row[4]
                let first = rows.firstPassages[article], count = Int(rows.passageCounts[article])
                var passages: [Passage] = []
                passages.reserveCapacity(count)
                let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
                    SELECT idx, kind, text, line_start, line_end, repeat_of FROM passages WHERE id BETWEEN ? AND ? ORDER BY id
                    """), arguments: [first, first + Int64(count) - 1])
                while let passage = try cursor.next() {
                    let kindName: String = passage[1]
                    guard let kind = PassageKind(rawValue: kindName) else {
                        throw IndexReader.Damaged(description: "unknown passage kind \(kindName)")
                    }
                    let start: Int = passage[3], end: Int = passage[4]
                    passages.append(Passage(index: passage[0], kind: kind, text: passage[2], lines: start..<max(start, end),
                                            repeatOf: passage[5]))
                }
                guard passages.count == count, passages.indices.allSatisfy({ passages[$0].index == $0 }) else {
                    throw IndexReader.Damaged(description: "stored passages of article row \(id) do not fit it")
                }
                return Article(path: row[0], title: row[1], source: row[2], raw: row[3], passages: passages,
                               notices: notices.isEmpty ? [] : notices.components(separatedBy: "\n"))
            }
        }
    }

    public func tags(_ article: Int) -> ArticleTags {
        caches.tags.value(article) {
            read(or: ArticleTags(mentions: .init(repeating: [], count: Int(rows.passageCounts[article])),
                                 figures: .init(repeating: [], count: Int(rows.passageCounts[article])))) { db in
                let id = rows.ids[article]
                guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                    SELECT mentions, figures FROM article_tags WHERE article = ?
                    """), arguments: [id]) else {
                    throw IndexReader.Damaged(description: "no tags for article row \(id)")
                }
                let mentions = try ArticleTagsCoding.decodeMentions([UInt8](row[0] as Data), article: article)
                let figures = try ArticleTagsCoding.decodeFigures([UInt8](row[1] as Data), article: article)
                let count = Int(rows.passageCounts[article])
                guard mentions.count == count, figures.count == count,
                      mentions.joined().allSatisfy({ entities.entities.indices.contains($0.entity) }) else {
                    throw IndexReader.Damaged(description: "tags of article row \(id) do not fit its passages")
                }
                return ArticleTags(mentions: mentions, figures: figures)
            }
        }
    }

    public func stats(_ entity: Int) -> EntityStats {
        entityStats.indices.contains(entity) ? entityStats[entity] : .none
    }

    public func articleIndex(path: String) -> Int? {
        read(or: nil) { db in
            try Int64.fetchOne(db.cachedStatement(sql: """
                SELECT path_order FROM summaries WHERE path = ? ORDER BY path_order DESC LIMIT 1
                """), arguments: [path]).flatMap(rows.position(ofOrder:))
        }
    }

    /// A scan of the paths in order, matched as `TaggedLibrary` matches them (Swift's `String`
    /// comparison, not SQLite's bytes): for the command line's `ARTICLE`, not for keystrokes.
    public func articleIndices(matching suffix: String, limit: Int) -> [Int] {
        guard limit > 0 else { return [] }
        return read(or: []) { db in
            var hits: [Int] = []
            let paths = try String.fetchCursor(db, sql: "SELECT path FROM summaries ORDER BY path_order")
            var position = 0
            while hits.count < limit, let path = try paths.next() {
                let fileName = path.split(separator: "/").last ?? Substring(path)
                if path.hasSuffix(suffix) || fileName.hasPrefix(suffix) { hits.append(position) }
                position += 1
            }
            return hits
        }
    }

    /// `database.read`, or `fallback` when the index cannot be read: the damage is marked for
    /// the next open to rebuild (`IndexDamageMark`), and the reader goes on (see the type's
    /// documentation).
    func read<T>(or fallback: @autoclosure () -> T, _ body: (Database) throws -> T) -> T {
        do {
            return try database.read(body)
        } catch {
            IndexDamageMark.record("\(error)", indexPath: database.path)
            return fallback()
        }
    }

    /// What is shown in place of an article whose rows cannot be read: as many passages as the
    /// article has (the tags' shape depends on it), the first saying what happened.
    func unreadable(_ article: Int) -> Article {
        let count = Int(rows.passageCounts[article])
        let passages = (0..<count).map { index in
            Passage(index: index, kind: index == 0 ? .body : .chrome,
                    text: index == 0 ? Self.unreadableText : "", lines: 0..<0, repeatOf: nil)
        }
        return Article(path: summary(article).path, title: Self.unreadableTitle, raw: "", passages: passages)
    }

    static let unreadableTitle = "(this article could not be read from the index)"
    static let unreadableText = "This article could not be read from the index, which is damaged. "
        + "The index will be set aside and rebuilt the next time newsreader opens this corpus."
}
