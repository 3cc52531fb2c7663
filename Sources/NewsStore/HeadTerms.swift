import Foundation
import GRDB

/// Search's answers for its most expensive queries, worked out when the index is built so that a
/// search reads them instead of scoring every match:
///
/// - `head_terms`, `head_hits`: for each term of `passage_fts` in at least `minimumPassages`
///   passages, and each prefix (`with*`) whose terms are, how many passages and articles the
///   query of it alone matches, and every matching passage of its best `depth` articles with its
///   bm25. A one-word query for such a term (`year`) is then one range read instead of 200,000
///   bm25 calls. The build tokenizes every passage once with the index's tokenizer and computes
///   bm25 as FTS5's `bm25()` does (`BM25`), operation for operation; it checks a few of its
///   scores and counts against FTS5's own and stores nothing if one differs.
/// - `entity_heads`: for each entity with at least `minimumPassages` postings, its best `depth`
///   articles for the query of that entity alone (by their passages' most mentions, then by path
///   order), and its counts. The search reads those articles' postings and nothing else.
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

    /// Replaces `head_terms` and `head_hits` from `passage_fts` as it is now. Articles must be
    /// in path order (`summaries.path_order` set).
    static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM head_terms; DELETE FROM head_hits")
        let minimumPassages = try threshold(db)
        let articles = try ArticleSpans(db)
        let tokenizer = try IndexTokenizer(db)
        let index = try TermPostings(db, tokenizer: tokenizer, articles: articles)
        guard index.rows.count >= minimumPassages else { return }
        let scoring = BM25(rows: index.rows.count, tokens: index.totalTokens)

        // The keys a search looks up, as the query tokenizer makes them: terms, and prefixes
        // written `term*`, each in at least `minimumPassages` passages. A stem such as `becaus`
        // is looked up though no one types it (the tokenizer makes it of "because").
        var keys: [(key: String, terms: Range<Int>)] = []
        let order = index.termsInByteOrder
        for (position, term) in order.enumerated() where index.documents[term] >= minimumPassages {
            keys.append((String(decoding: index.terms[term], as: UTF8.self), position..<position + 1))
        }
        var prefixes: [String: Range<Int>] = [:]
        var start = 0
        while start < order.count {
            let bytes = index.terms[order[start]]
            for length in 1...bytes.count {
                let prefix = bytes.prefix(length)
                // A prefix that ends inside a character is no text anyone can type.
                guard let text = String(bytes: prefix, encoding: .utf8) else { continue }
                if prefixes[text + "*"] != nil { continue }
                var end = start, documents = 0
                while end < order.count && index.terms[order[end]].starts(with: prefix) {
                    documents += index.documents[order[end]]
                    end += 1
                }
                guard documents >= minimumPassages else { break }
                prefixes[text + "*"] = start..<end
            }
            start += 1
        }
        keys += prefixes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

        let insertTerm = try db.makeStatement(sql: "INSERT INTO head_terms (term, passages, articles) VALUES (?, ?, ?)")
        let insertHit = try db.makeStatement(sql: "INSERT INTO head_hits (term, passage, score) VALUES (?, ?, ?)")
        var frequency = [Int32](repeating: 0, count: index.rows.count)
        var touched: [Int32] = []
        var best = [Double](repeating: -.infinity, count: articles.count)
        var isChosen = [Bool](repeating: false, count: articles.count)
        var checks: [(key: String, row: Int64, bm25: Double, passages: Int)] = []
        for (key, terms) in keys {
            touched.removeAll(keepingCapacity: true)
            for term in order[terms] {
                let passages = index.passages[term], counts = index.counts[term]
                for (passage, count) in zip(passages, counts) {
                    if frequency[Int(passage)] == 0 { touched.append(passage) }
                    frequency[Int(passage)] += count
                }
            }
            let idf = scoring.idf(hits: touched.count)
            var scores = [Double](repeating: 0, count: touched.count)
            var matched: [Int32] = []
            for (slot, passage) in touched.enumerated() {
                let bm25 = scoring.bm25(idf: idf, frequency: Double(frequency[Int(passage)]),
                                        length: Double(index.lengths[Int(passage)]))
                scores[slot] = bm25
                let article = Int(index.articleOf[Int(passage)])
                if best[article] == -.infinity { matched.append(Int32(article)) }
                best[article] = max(best[article], -bm25)
                frequency[Int(passage)] = 0
            }
            var top = TopOrdered(limit: depth)
            for article in matched { top.insert(article, score: best[Int(article)], order: articles.orders[Int(article)]) }
            let chosen = top.members
            for article in chosen { isChosen[Int(article)] = true }
            for article in matched { best[Int(article)] = -.infinity }
            try insertTerm.execute(arguments: [key, touched.count, matched.count])
            for (slot, passage) in touched.enumerated() where isChosen[Int(index.articleOf[Int(passage)])] {
                try insertHit.execute(arguments: [key, index.rows[Int(passage)], scores[slot]])
            }
            for article in chosen { isChosen[Int(article)] = false }
            // Checked through a MATCH of the key itself, so only a key the tokenizer reads back.
            if let first = touched.first,
               reads(key.hasSuffix("*") ? String(key.dropLast()) : key, prefix: key.hasSuffix("*"), tokenizer) {
                checks.append((key, index.rows[Int(first)], scores[0], touched.count))
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
                try db.execute(sql: "DELETE FROM head_terms; DELETE FROM head_hits")
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

    /// The worst item kept at the last trim: anything not better is never kept.
    private var floor: (score: Double, order: Int64)?

    mutating func insert(_ item: Int32, score: Double, order: Int64) {
        if let floor, (score, -order) <= (floor.score, -floor.order) { return }
        items.append((score, order, item))
        if items.count >= 4 * limit + 64 { trim() }
    }

    private mutating func trim() {
        items.sort { ($0.score, -$0.order) > ($1.score, -$1.order) }
        if items.count > limit { items.removeLast(items.count - limit) }
        if items.count == limit, let last = items.last { floor = (last.score, last.order) }
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

/// bm25 as FTS5's `bm25()` computes it for one phrase (SQLite's fts5_aux.c): the same
/// operations in the same order, so the same doubles.
struct BM25 {
    let rows: Int64
    let averageLength: Double

    init(rows: Int, tokens: Int64) {
        self.rows = Int64(rows)
        averageLength = Double(tokens) / Double(rows)
    }

    func idf(hits: Int) -> Double {
        let idf = log((Double(rows - Int64(hits)) + 0.5) / (Double(hits) + 0.5))
        return idf <= 0 ? 1e-6 : idf
    }

    /// What `bm25()` returns: the score negated.
    func bm25(idf: Double, frequency: Double, length: Double) -> Double {
        let k1 = 1.2, b = 0.75
        var score = 0.0
        score += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
        return -1.0 * score
    }
}

/// Every passage `passage_fts` holds, tokenized as FTS5 tokenized it: each term's passages
/// (ascending) and how often it occurs in each, and each passage's length in tokens.
private struct TermPostings {
    /// Per passage, in row order: its row id, its article, its length.
    var rows: [Int64] = []
    var articleOf: [Int32] = []
    var lengths: [Int32] = []
    var totalTokens: Int64 = 0
    /// Per term (by id): its bytes, its passages, its count in each, and its document count.
    var terms: [[UInt8]] = []
    var passages: [[Int32]] = []
    var counts: [[Int32]] = []
    var documents: [Int] = []

    init(_ db: Database, tokenizer: IndexTokenizer, articles: ArticleSpans) throws {
        // Keyed by String: terms are mostly short enough to be stored inline, and it hashes its
        // bytes at once (a byte slice hashed byte by byte was a third of this pass).
        var ids: [String: Int32] = [:]
        var seen: [Int32] = []
        // Per term: the last passage it was seen in, and its count there.
        var lastPassage: [Int32] = [], here: [Int32] = []
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, text FROM passages WHERE kind IN \(IndexSchema.searchableKinds) ORDER BY id
            """)
        while let row = try cursor.next() {
            let rowID: Int64 = row[0]
            guard let article = articles.article(ofRow: rowID) else { continue }
            let passage = Int32(rows.count)
            let tokens = tokenizer.document(row[1])
            rows.append(rowID)
            articleOf.append(article)
            lengths.append(Int32(tokens.count))
            totalTokens += Int64(tokens.count)
            seen.removeAll(keepingCapacity: true)
            for token in 0..<tokens.count {
                let key = String(decoding: tokens.term(token), as: UTF8.self)
                let id: Int32
                if let known = ids[key] {
                    id = known
                } else {
                    id = Int32(terms.count)
                    ids[key] = id
                    terms.append(Array(tokens.term(token)))
                    passages.append([])
                    counts.append([])
                    documents.append(0)
                    lastPassage.append(-1)
                    here.append(0)
                }
                if lastPassage[Int(id)] == passage {
                    here[Int(id)] += 1
                } else {
                    lastPassage[Int(id)] = passage
                    here[Int(id)] = 1
                    seen.append(id)
                }
            }
            for id in seen {
                passages[Int(id)].append(passage)
                counts[Int(id)].append(here[Int(id)])
                documents[Int(id)] += 1
            }
        }
    }

    /// Term ids by their bytes, ascending: terms sharing a prefix are together.
    var termsInByteOrder: [Int] {
        terms.indices.sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
    }
}
