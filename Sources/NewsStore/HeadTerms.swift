import Foundation
import GRDB

/// Search's answers for its most expensive queries, worked out when the index is built so that a
/// search reads them instead of scoring every match:
///
/// - `head_terms`, `head_hits`: for each term of `passage_fts` in at least `minimumPassages`
///   passages, how many passages and articles it matches, and every matching passage of its best
///   `depth` articles with FTS5's own `bm25()` for the query of that term alone. A one-word
///   query for such a term (`year`) is then one range read instead of 200,000 bm25 calls.
/// - `entity_heads`: for each entity with at least `minimumPassages` postings, its best `depth`
///   articles for the query of that entity alone (by their passages' most mentions, then by path
///   order), and its counts. The search reads those articles' postings and nothing else.
///
/// Both hold what the full search computes, so results are the same by construction: an
/// article's best score over all its matching passages, articles ranked by it then by position
/// (positions follow path order), counts over every match. bm25 depends on the whole table (row
/// count, average length, the term's document count), so `head_hits` is rebuilt whenever the
/// articles change (`IndexMeta.headTerms` is dropped with them); `entity_heads` is written with
/// the postings (`IndexWriter.replaceTags`).
enum HeadTerms {
    /// A term or entity in this many passages or more gets its answers stored. Below it a
    /// search scores every match, which costs about a microsecond each.
    static let minimumPassages = 3_000
    /// Articles stored per term or entity; a search asking for more scores every match.
    static let depth = 50

    /// `minimumPassages`, unless `meta.head_minimum` says otherwise: tests lower it so that a
    /// small corpus has head terms.
    static func threshold(_ db: Database) throws -> Int {
        try IndexMeta.get(IndexMeta.headMinimum, db).flatMap { Int($0) } ?? minimumPassages
    }

    // MARK: Terms

    /// One stored answer: every matching passage (its `passages.id`) of the best articles, with
    /// FTS5's bm25, and the counts over all matches.
    struct TermAnswer {
        var passages: Int
        var articles: Int
        var hits: [(row: Int64, bm25: Double)]
    }

    /// The stored answer for `term`, an indexed term as the tokenizer makes it, if it is a head term.
    static func answer(term: String, _ db: Database) throws -> TermAnswer? {
        guard let counts = try Row.fetchOne(db.cachedStatement(sql: "SELECT passages, articles FROM head_terms WHERE term = ?"),
                                            arguments: [term]) else { return nil }
        var hits: [(row: Int64, bm25: Double)] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT passage, score FROM head_hits WHERE term = ?"),
                                         arguments: [term])
        while let row = try cursor.next() { hits.append((row[0], row[1])) }
        return TermAnswer(passages: counts[0], articles: counts[1], hits: hits)
    }

    /// Replaces `head_terms` and `head_hits` from `passage_fts` as it is now. Articles must be
    /// in path order (`summaries.path_order` set).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM head_terms; DELETE FROM head_hits")
        let minimumPassages = try threshold(db)
        let articles = try ArticleSpans(db)
        try db.execute(sql: "CREATE VIRTUAL TABLE temp.head_vocab USING fts5vocab(main, passage_fts, row)")
        defer { try? db.execute(sql: "DROP TABLE temp.head_vocab") }
        let terms = try String.fetchAll(db, sql: "SELECT term FROM temp.head_vocab WHERE doc >= ?",
                                        arguments: [minimumPassages])
        let tokenizer = try IndexTokenizer(db)
        let scan = try db.makeStatement(sql: "SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ?")
        let insertTerm = try db.makeStatement(sql: "INSERT INTO head_terms (term, passages, articles) VALUES (?, ?, ?)")
        let insertHit = try db.makeStatement(sql: "INSERT INTO head_hits (term, passage, score) VALUES (?, ?, ?)")
        var best = [Double](repeating: -.infinity, count: articles.count)
        var matches: [(row: Int64, article: Int32, bm25: Double)] = []
        for term in terms {
            // A search reaches the term through the query tokenizer, so only a term that reads
            // back as itself can be asked for, and matched here, as one quoted string.
            let query = tokenizer.query(term, prefix: false)
            guard query.count == 1, Array(query.term(0)) == Array(term.utf8) else { continue }
            matches.removeAll(keepingCapacity: true)
            var matched: [Int32] = []
            let cursor = try Row.fetchCursor(scan, arguments: [MatchExpression.quoted(term)])
            while let row = try cursor.next() {
                let rowID: Int64 = row[0]
                guard let article = articles.article(ofRow: rowID) else { continue }
                let bm25: Double = row[1]
                if best[Int(article)] == -.infinity { matched.append(article) }
                best[Int(article)] = max(best[Int(article)], -bm25)
                matches.append((rowID, article, bm25))
            }
            var top = TopOrdered(limit: depth)
            for article in matched { top.insert(article, score: best[Int(article)], order: articles.orders[Int(article)]) }
            let chosen = Set(top.members)
            for article in matched { best[Int(article)] = -.infinity }
            try insertTerm.execute(arguments: [term, matches.count, matched.count])
            for match in matches where chosen.contains(match.article) {
                try insertHit.execute(arguments: [term, match.row, match.bm25])
            }
        }
    }

    // MARK: Entities

    /// The articles and counts stored for an entity, if it has them.
    struct EntityAnswer {
        var passages: Int
        var articles: Int
        /// The best articles' `path_order`.
        var orders: [Int64]
    }

    static func answer(entity: Int, _ db: Database) throws -> EntityAnswer? {
        guard let counts = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT passages, articles FROM entity_heads WHERE entity = ? AND rank = -1
            """), arguments: [entity]) else { return nil }
        let orders = try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT path_order FROM entity_heads WHERE entity = ? AND rank >= 0 ORDER BY rank
            """), arguments: [entity])
        return EntityAnswer(passages: counts[0], articles: counts[1], orders: orders)
    }

    /// Replaces `entity_heads` from `postings`: for each entity with at least `minimumPassages`
    /// postings, a row of counts (rank -1) and its best `depth` articles by their most mentions
    /// in a passage, then by path order.
    static func rebuildEntities(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM entity_heads")
        let minimumPassages = try threshold(db)
        let insert = try db.makeStatement(sql: """
            INSERT INTO entity_heads (entity, rank, path_order, passages, articles) VALUES (?, ?, ?, ?, ?)
            """)
        let entities = try Int.fetchAll(db, sql: """
            SELECT entity FROM postings GROUP BY entity HAVING count(*) >= ? ORDER BY entity
            """, arguments: [minimumPassages])
        let read = try db.makeStatement(sql: "SELECT path_order, mentions FROM postings WHERE entity = ? ORDER BY path_order, idx")
        for entity in entities {
            var passages = 0
            var articles: [(order: Int64, mentions: Int)] = []
            let cursor = try Row.fetchCursor(read, arguments: [entity])
            while let row = try cursor.next() {
                let order: Int64 = row[0], mentions: Int = row[1]
                passages += 1
                if let last = articles.last, last.order == order {
                    articles[articles.count - 1].mentions = max(last.mentions, mentions)
                } else {
                    articles.append((order, mentions))
                }
            }
            var top = TopOrdered(limit: depth)
            for (index, article) in articles.enumerated() {
                // The search scores 1 + ln(max(mentions, 1)), which only grows with the mentions.
                top.insert(Int32(index), score: Double(max(article.mentions, 1)), order: article.order)
            }
            try insert.execute(arguments: [entity, -1, 0, passages, articles.count])
            for (rank, index) in top.members.enumerated() {
                try insert.execute(arguments: [entity, rank, articles[Int(index)].order, 0, 0])
            }
        }
    }
}

/// The best items by score, then by ascending order key: `TopK`'s ranking with the key apart
/// from the item.
private struct TopOrdered {
    var limit: Int
    private var items: [(score: Double, order: Int64, item: Int32)] = []

    init(limit: Int) { self.limit = limit }

    mutating func insert(_ item: Int32, score: Double, order: Int64) {
        items.append((score, order, item))
        if items.count >= 4 * limit + 64 { trim() }
    }

    private mutating func trim() {
        items.sort { ($0.score, -$0.order) > ($1.score, -$1.order) }
        if items.count > limit { items.removeLast(items.count - limit) }
    }

    /// Best first.
    var members: [Int32] {
        var copy = self
        copy.trim()
        return copy.items.map(\.item)
    }
}

/// Each article's passage rows and path order, read from `summaries`: maps an FTS5 row id to its
/// article without a query.
private struct ArticleSpans {
    var firsts: [Int64] = []
    var counts: [Int64] = []
    var orders: [Int64] = []

    init(_ db: Database) throws {
        let cursor = try Row.fetchCursor(db, sql: "SELECT first_passage, passages, path_order FROM summaries ORDER BY first_passage")
        while let row = try cursor.next() {
            guard let order: Int64 = row[2] else { throw IndexReader.Damaged(description: "articles not in path order") }
            firsts.append(row[0])
            counts.append(row[1])
            orders.append(order)
        }
    }

    var count: Int { firsts.count }

    func article(ofRow row: Int64) -> Int32? {
        var lower = 0, upper = firsts.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if firsts[middle] <= row { lower = middle + 1 } else { upper = middle }
        }
        guard lower > 0, row - firsts[lower - 1] < counts[lower - 1] else { return nil }
        return Int32(lower - 1)
    }
}
