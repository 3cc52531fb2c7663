import Foundation
import GRDB

/// Search's answers for its most expensive queries, worked out when the index is built so that a
/// search reads them instead of scoring every match:
///
/// - `head_terms`, `head_hits`: for each term of `passage_fts` in at least `minimumPassages`
///   passages, and each prefix (`with*`) whose terms are, how many passages and articles the
///   query of it alone matches, and every matching passage of its best `depth` articles with its
///   bm25. A one-word query for such a term (`year`) is then one range read instead of 200,000
///   bm25 calls. The build reads every passage once with the index's tokenizer, keeping nothing
///   per passage (`HeadTermScan`), and computes bm25 as FTS5's `bm25()` does (`BM25`),
///   operation for operation; it checks a few of its scores and counts against FTS5's own and
///   stores nothing if one differs.
/// - `head_postings`: each whole head term's passages with its frequency there
///   (`TermPostings`), written in the same pass, for queries of common words that have no
///   stored answer (with an entity, or several words).
/// - `entity_heads`: for each entity with at least `minimumPassages` postings, its best `depth`
///   articles for the query of that entity alone (by their passages' most mentions, then by path
///   order), and its counts. The search reads those articles' postings and nothing else.
///   `entity_postings` holds all of such an entity's postings in one blob (`EntityPostings`),
///   for an entity filter with words.
///
/// Both hold what the full search computes, so results are the same: an article's best score
/// over all its matching passages, articles ranked by it then by position (positions follow path
/// order), counts over every match. bm25 depends on the whole table (row count, average length,
/// the term's document count), so `head_hits` is rebuilt whenever the articles change
/// (`IndexMeta.headTerms` is dropped with them); `entity_heads` after every re-tag, full or
/// incremental (`IndexRefresh`).
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
    /// its bm25, and the counts over all matches.
    struct TermAnswer {
        var passages: Int
        var articles: Int
        var hits: [(row: Int64, bm25: Double)]
    }

    /// The key a query part's answer would be stored under: its one term as the tokenizer makes
    /// it, `term*` for a prefix. Nil for a part of several terms (a phrase).
    static func key(_ part: MatchExpression.Part, _ tokenizer: IndexTokenizer) -> String? {
        let tokens = tokenizer.query(part.text, prefix: part.isPrefix)
        guard tokens.count == 1 else { return nil }
        return String(decoding: tokens.term(0), as: UTF8.self) + (part.isPrefix ? "*" : "")
    }

    /// How many passages match the key's query, when its answer is stored.
    static func passages(key: String, _ db: Database) throws -> Int? {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT passages FROM head_terms WHERE term = ?"), arguments: [key])
    }

    /// The stored answer for `term`, an indexed term as the tokenizer makes it (`term*` for a
    /// prefix), if it has one.
    static func answer(term: String, _ db: Database) throws -> TermAnswer? {
        guard let counts = try Row.fetchOne(db.cachedStatement(sql: "SELECT passages, articles FROM head_terms WHERE term = ?"),
                                            arguments: [term]) else { return nil }
        var hits: [(row: Int64, bm25: Double)] = []
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT passage, score FROM head_hits WHERE term = ?"),
                                         arguments: [term])
        while let row = try cursor.next() { hits.append((row[0], row[1])) }
        return TermAnswer(passages: counts[0], articles: counts[1], hits: hits)
    }

    /// Replaces `head_terms` and `head_hits` from `passage_fts` as it is now, in two passes over
    /// the passages (`HeadTermScan`). Articles must be in path order (`summaries.path_order` set).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM head_terms; DELETE FROM head_hits; DELETE FROM head_postings")
        let minimumPassages = try threshold(db)
        let articles = try ArticleSpans(db)
        let tokenizer = try IndexTokenizer(db)
        guard let scoring = try BM25(db), scoring.rows >= minimumPassages else { return }
        let census = try HeadTermCensus(db)
        let keys = HeadKeys(census, minimumPassages: minimumPassages)
        guard !keys.names.isEmpty else { return }
        let tallies = try HeadTermTallies(db, census: census, keys: keys, tokenizer: tokenizer, articles: articles,
                                          scoring: scoring, depth: depth)

        // Each key's articles, ranked as the search ranks them: by the best passage's score,
        // then by path order.
        let idfs = tallies.passages.map { scoring.idf(hits: $0) }
        var keysOfArticle: [Int32: [Int32]] = [:]
        for key in keys.names.indices {
            let chosen = tallies.tops[key].ranked
                .map { (score: idfs[key] * $0.score, order: $0.order, article: $0.item) }
                .sorted { ($0.score, -$0.order) > ($1.score, -$1.order) }
                .prefix(depth)
            for article in chosen { keysOfArticle[article.article, default: []].append(Int32(key)) }
        }
        // Their matching passages, read again: a few articles serve many keys.
        var hits = [[(row: Int64, bm25: Double)]](repeating: [], count: keys.names.count)
        var frequency = [Int32](repeating: 0, count: keys.names.count)
        var wanted = [Bool](repeating: false, count: keys.names.count)
        var touched: [Int32] = []
        let read = try db.makeStatement(sql: """
            SELECT id, text FROM passages WHERE id >= ? AND id < ? AND kind IN \(IndexSchema.searchableKinds) ORDER BY id
            """)
        for (article, articleKeys) in keysOfArticle.sorted(by: { $0.key < $1.key }) {
            for key in articleKeys { wanted[Int(key)] = true }
            let first = articles.firsts[Int(article)]
            let cursor = try Row.fetchCursor(read, arguments: [first, first + articles.counts[Int(article)]])
            while let row = try cursor.next() {
                let tokens = tokenizer.document(row[1])
                HeadTermScan.count(tokens, census: census, keys: keys, into: &frequency, touched: &touched)
                for key in touched.lazy.map(Int.init) {
                    if wanted[key] {
                        let weight = scoring.weight(frequency: Double(frequency[key]), length: Double(tokens.count))
                        hits[key].append((row[0], scoring.bm25(idf: idfs[key], weight: weight)))
                    }
                    frequency[key] = 0
                }
            }
            for key in articleKeys { wanted[Int(key)] = false }
        }

        let insertTerm = try db.makeStatement(sql: "INSERT INTO head_terms (term, passages, articles) VALUES (?, ?, ?)")
        let insertHit = try db.makeStatement(sql: "INSERT INTO head_hits (term, passage, score) VALUES (?, ?, ?)")
        var checks: [(key: String, row: Int64, bm25: Double, passages: Int)] = []
        for (index, key) in keys.names.enumerated() {
            try insertTerm.execute(arguments: [key, tallies.passages[index], tallies.articles[index]])
            for hit in hits[index] { try insertHit.execute(arguments: [key, hit.row, hit.bm25]) }
            // Checked through a MATCH of the key itself, so only a key the tokenizer reads back.
            if let first = hits[index].first,
               reads(key.hasSuffix("*") ? String(key.dropLast()) : key, prefix: key.hasSuffix("*"), tokenizer) {
                checks.append((key, first.row, first.bm25, tallies.passages[index]))
            }
        }
        // Checked: the first and last keys, and the terms and prefixes in the most passages.
        let largest = checks.indices.sorted { checks[$0].passages > checks[$1].passages }
        let terms = largest.filter { !checks[$0].key.hasSuffix("*") }.prefix(2)
        let prefixed = largest.filter { checks[$0].key.hasSuffix("*") }.prefix(2)
        checks = Set([0, checks.count - 1] + terms + prefixed).sorted().filter(checks.indices.contains).map { checks[$0] }
        // The scores above are bm25 as FTS5 computes it, term by term; should this SQLite
        // compute it otherwise, nothing is stored and every search scores its matches.
        for check in checks {
            let expression = check.key.hasSuffix("*")
                ? MatchExpression.quoted(String(check.key.dropLast())) + "*" : MatchExpression.quoted(check.key)
            let fts5 = try Row.fetchOne(db, sql: """
                SELECT bm25(passage_fts), (SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?1)
                FROM passage_fts WHERE passage_fts MATCH ?1 AND rowid = ?2
                """, arguments: [expression, check.row])
            guard let fts5, fts5[0] as Double == check.bm25, fts5[1] as Int == check.passages else {
                try db.execute(sql: "DELETE FROM head_terms; DELETE FROM head_hits; DELETE FROM head_postings")
                return
            }
        }
    }

    /// Whether the query tokenizer makes exactly `text` of `text`.
    private static func reads(_ text: String, prefix: Bool, _ tokenizer: IndexTokenizer) -> Bool {
        let tokens = tokenizer.query(text, prefix: prefix)
        return tokens.count == 1 && tokens.term(0).elementsEqual(text.utf8)
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
        try db.execute(sql: "DELETE FROM entity_heads; DELETE FROM entity_postings")
        let minimumPassages = try threshold(db)
        let insert = try db.makeStatement(sql: """
            INSERT INTO entity_heads (entity, rank, path_order, passages, articles) VALUES (?, ?, ?, ?, ?)
            """)
        let entities = try Int.fetchAll(db, sql: """
            SELECT entity FROM postings GROUP BY entity HAVING count(*) >= ? ORDER BY entity
            """, arguments: [minimumPassages])
        let insertPostings = try db.makeStatement(sql: "INSERT INTO entity_postings (entity, postings) VALUES (?, ?)")
        let read = try db.makeStatement(sql: """
            SELECT path_order, idx, mentions FROM postings WHERE entity = ? ORDER BY path_order, idx
            """)
        for entity in entities {
            var passages = 0
            var articles: [(order: Int64, mentions: Int)] = []
            var postings: [(order: Int64, index: Int, mentions: Int)] = []
            let cursor = try Row.fetchCursor(read, arguments: [entity])
            while let row = try cursor.next() {
                let order: Int64 = row[0], mentions: Int = row[2]
                postings.append((order, row[1], mentions))
                passages += 1
                if let last = articles.last, last.order == order {
                    articles[articles.count - 1].mentions = max(last.mentions, mentions)
                } else {
                    articles.append((order, mentions))
                }
            }
            var top = TopOrdered<Int32>(limit: depth)
            for (index, article) in articles.enumerated() {
                // The search scores 1 + ln(max(mentions, 1)), which only grows with the mentions.
                top.insert(Int32(index), score: Double(max(article.mentions, 1)), order: article.order)
            }
            try insert.execute(arguments: [entity, -1, 0, passages, articles.count])
            try insertPostings.execute(arguments: [entity, Data(EntityPostings.encode(postings))])
            for (rank, index) in top.members.enumerated() {
                try insert.execute(arguments: [entity, rank, articles[Int(index)].order, 0, 0])
            }
        }
    }
}

/// The best items by score, then by ascending order key: `TopK`'s ranking with the key apart
/// from the item.
struct TopOrdered<Item> {
    var limit: Int
    private var items: [(score: Double, order: Int64, item: Item)] = []

    init(limit: Int) { self.limit = limit }

    /// The worst item kept at the last trim: anything not better is never kept.
    private var floor: (score: Double, order: Int64)?

    /// `item` is made only when the item is kept.
    mutating func insert(_ item: @autoclosure () -> Item, score: Double, order: Int64) {
        if let floor, (score, -order) <= (floor.score, -floor.order) { return }
        items.append((score, order, item()))
        if items.count >= limit + limit / 2 + 16 { trim() }
    }

    private mutating func trim() {
        items.sort { ($0.score, -$0.order) > ($1.score, -$1.order) }
        if items.count > limit { items.removeLast(items.count - limit) }
        if items.count == limit, let last = items.last { floor = (last.score, last.order) }
    }

    /// Best first.
    var ranked: [(score: Double, order: Int64, item: Item)] {
        var copy = self
        copy.trim()
        return copy.items
    }

    var members: [Item] { ranked.map(\.item) }
}

/// Each article's passage rows and path order, read from `summaries`: maps an FTS5 row id to its
/// article without a query.
struct ArticleSpans {
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
