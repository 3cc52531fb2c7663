import Foundation
import GRDB
import NewsCore

/// Search through the index's SQLite tables: words, prefixes and phrases through FTS5
/// (`passage_fts`), entity filters through `postings`. The persisted index and `--no-index` (an
/// in-memory database, `MemoryIndex`) both search with this, so their results are the same.
///
/// Ranking: a passage scores FTS5's `bm25()` negated (higher is better), plus for each entity
/// filter 1 + ln(mentions of the entity, or of a product named after it, in the passage); an
/// entity-only query scores the bonus alone. Articles are ordered by their best passage (then by
/// position), their passages in reading order. Highlights are the words and phrases FTS5
/// matched (`MatchHighlighter`) and the mentions of the entities asked for.
///
/// It is a snapshot: the row ids it maps back to passages are read when it is made, so after the
/// index changes, make a new one with the new corpus.
public struct FullTextSearch: PassageSearch {
    private let database: any DatabaseReader
    private let tagged: TaggedCorpus
    /// Resolves `@name`; `NewsIndex.lookup` should be this one.
    public let lookup: EntityLookup
    private let rows: PassageRows
    /// Each entity's parent (`EntityTable.parent(of:)` looks it up by name each time).
    private let parents: [Int?]

    /// - Parameters:
    ///   - database: holds `IndexSchema`'s tables for `tagged`.
    ///   - articleIDs: `articleIDs[k]` is the row id of `tagged.corpus.articles[k]`.
    ///   - lookup: the corpus's entity lookup; nil builds it.
    /// - Throws: `IndexReader.Damaged` when the stored passages do not fit the corpus.
    public init(database: any DatabaseReader, tagged: TaggedCorpus, articleIDs: [Int64], lookup: EntityLookup? = nil) throws {
        guard articleIDs.count == tagged.corpus.articles.count else {
            throw IndexReader.Damaged(description: "\(articleIDs.count) article rows for \(tagged.corpus.articles.count) articles")
        }
        let rowIDs = try database.read { try IndexWriter.passageRowIDs(articleIDs: articleIDs, $0) }
        for (position, article) in tagged.corpus.articles.enumerated() where rowIDs[position].count != article.passages.count {
            throw IndexReader.Damaged(description: "stored passages of \(article.path) do not fit the article")
        }
        self.database = database
        self.tagged = tagged
        self.lookup = lookup ?? EntityLookup(tagged)
        rows = PassageRows(rowIDs)
        parents = tagged.entities.entities.indices.map(tagged.entities.parent(of:))
    }

    public func search(_ query: SearchQuery, limit: Int) throws -> SearchResults {
        var entities: [Int] = []
        for name in query.entities {
            guard let id = lookup.best(name) else { throw SearchError.unknownEntity(name) }
            if !entities.contains(id) { entities.append(id) }
        }
        let parts = MatchExpression.parts(words: query.words, phrases: query.phrases)
        let expression = MatchExpression.expression(parts)
        if entities.isEmpty && expression == nil { throw SearchError.onlyCommonWords(query.words) }

        return try database.read { db in
            let found = try matches(expression, entities: entities, db)
            // Best score per article, in an array: a common word matches most articles.
            var best = [Double](repeating: -.infinity, count: tagged.corpus.articles.count)
            var matchedArticles: [Int] = []
            for hit in found {
                let article = hit.passage.article
                if best[article] == -.infinity { matchedArticles.append(article) }
                best[article] = max(best[article], hit.score)
            }
            var top = TopK<Int>(limit: limit)
            for article in matchedArticles { top.insert(article, score: best[article]) }
            let chosen = top.sorted()
            let chosenArticles = Set(chosen.map(\.key))
            let highlighter = parts.isEmpty ? nil : MatchHighlighter(parts, tokenizer: try IndexTokenizer(db))

            var byArticle: [Int: [PassageHit]] = [:]
            for hit in found where chosenArticles.contains(hit.passage.article) {
                let text = highlighter?.ranges(in: tagged.corpus.passage(hit.passage).text) ?? []
                let ranges = text + entities.flatMap { mentionRanges(of: $0, in: hit.passage) }
                byArticle[hit.passage.article, default: []]
                    .append(PassageHit(passage: hit.passage, score: hit.score, highlights: Self.merged(ranges)))
            }
            let articles = chosen.map { article in
                ArticleHits(article: article.key, score: article.score,
                            passages: (byArticle[article.key] ?? []).sorted { $0.passage < $1.passage })
            }
            return SearchResults(query: query, entities: entities, articles: articles,
                                 totalPassages: found.count, totalArticles: matchedArticles.count)
        }
    }

    /// One matching passage: its row id, where it is in the corpus, and its score.
    private struct Match {
        var row: Int64
        var passage: PassageID
        var score: Double
    }

    /// Every passage that matches the expression (when there is one) and mentions every entity.
    /// All of them, not the best few: the entity bonus can reorder FTS5's ranking and the counts
    /// need them, and `ORDER BY rank LIMIT` would not be cheaper — FTS5 scores every match
    /// before it sorts. That scoring, about a microsecond a match, is most of a search's cost.
    private func matches(_ expression: String?, entities: [Int], _ db: Database) throws -> [Match] {
        var allowed: [Int64]?
        let postings = try db.cachedStatement(sql: "SELECT passage FROM postings WHERE entity = ? ORDER BY passage")
        for entity in entities {
            let passages = try Int64.fetchAll(postings, arguments: [entity])
            allowed = allowed.map { SortedRowIDs.intersect($0, passages) } ?? passages
            if allowed?.isEmpty == true { return [] }
        }
        var found: [Match] = []
        if let expression {
            let statement = try db.cachedStatement(sql: """
                SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ?
                """)
            let cursor = try Row.fetchCursor(statement, arguments: [expression])
            while let row = try cursor.next() {
                let id: Int64 = row[0]
                if let allowed, !SortedRowIDs.contains(allowed, id) { continue }
                guard let passage = rows.passage(ofRow: id) else { continue }
                let bm25: Double = row[1]
                found.append(Match(row: id, passage: passage, score: -bm25))
            }
        } else {
            for id in allowed ?? [] {
                if let passage = rows.passage(ofRow: id) { found.append(Match(row: id, passage: passage, score: 0)) }
            }
        }
        if !entities.isEmpty {
            for index in found.indices {
                for entity in entities {
                    found[index].score += 1 + log(Double(max(mentionCount(of: entity, in: found[index].passage), 1)))
                }
            }
        }
        return found
    }

    /// Whether the mention names the entity or a product named after it.
    private func names(_ mention: Mention, _ entity: Int) -> Bool {
        mention.entity == entity || parents[mention.entity] == entity
    }

    /// `mentionRanges(of:in:).count`, without an array per match.
    private func mentionCount(of entity: Int, in passage: PassageID) -> Int {
        var count = 0
        for mention in tagged.mentions(in: passage) where names(mention, entity) { count += 1 }
        return count
    }

    /// Ranges of mentions of the entity or of a product named after it.
    private func mentionRanges(of entity: Int, in passage: PassageID) -> [Range<Int>] {
        tagged.mentions(in: passage).filter { names($0, entity) }.map(\.range)
    }

    /// Sorted, overlapping and touching ranges joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
