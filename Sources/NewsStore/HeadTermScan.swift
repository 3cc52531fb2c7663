import Foundation
import GRDB

/// How search's stored answers for terms (`HeadTerms`) are worked out, keeping nothing per
/// passage, so that memory follows the vocabulary and the number of keys, never the corpus:
///
/// 1. `HeadTermCensus`: each term's passage count, from FTS5's vocabulary, whence the keys
///    (`HeadKeys`: terms and `prefix*` in at least the threshold of passages);
/// 2. `HeadTermTallies`: one pass over every passage, tokenized with the index's tokenizer: for
///    each key, its matches and matched articles counted, and its best articles by weight
///    (`BM25.weight`) kept;
///
/// then `HeadTerms.rebuild` reads the articles some key keeps once more, for their matches.
enum HeadTermScan {
    /// Calls `body` with each indexed passage in row order: its `passages.id`, its article (an
    /// index into `articles`) and its tokens.
    static func forEachPassage(_ db: Database, tokenizer: IndexTokenizer, articles: ArticleSpans,
                               _ body: (Int64, Int32, IndexTokenizer.Tokens) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT id, text FROM passages WHERE kind IN \(IndexSchema.searchableKinds) ORDER BY id
            """)
        while let row = try cursor.next() {
            let id: Int64 = row[0]
            guard let article = articles.article(ofRow: id) else { continue }
            try body(id, article, tokenizer.document(row[1]))
        }
    }

    /// Adds each key's occurrences in `tokens` to `frequency`, listing in `touched` (emptied
    /// first) the keys that were at zero.
    static func count(_ tokens: IndexTokenizer.Tokens, census: HeadTermCensus, keys: HeadKeys,
                      into frequency: inout [Int32], touched: inout [Int32]) {
        touched.removeAll(keepingCapacity: true)
        for token in 0..<tokens.count {
            guard let term = census.ids[String(decoding: tokens.term(token), as: UTF8.self)] else { continue }
            for key in keys.keys(ofTerm: term) {
                if frequency[Int(key)] == 0 { touched.append(key) }
                frequency[Int(key)] += 1
            }
        }
    }
}

/// Every term of `passage_fts` and the passages it is in, read from FTS5's own vocabulary
/// (`fts5vocab`) rather than by tokenizing the passages: the counts bm25 itself uses.
struct HeadTermCensus {
    /// Terms by text; keyed by String, which hashes its bytes at once (a byte slice hashed byte
    /// by byte was a third of a pass).
    var ids: [String: Int32] = [:]
    var terms: [[UInt8]] = []
    var documents: [Int] = []

    init(_ db: Database) throws {
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.head_vocabulary USING fts5vocab(main, passage_fts, row)")
        defer { try? db.execute(sql: "DROP TABLE IF EXISTS temp.head_vocabulary") }
        let cursor = try Row.fetchCursor(db, sql: "SELECT term, doc FROM temp.head_vocabulary")
        while let row = try cursor.next() {
            let term: String = row[0]
            ids[term] = Int32(terms.count)
            terms.append(Array(term.utf8))
            documents.append(row[1])
        }
    }
}

/// The keys a search looks up, as the query tokenizer makes them: terms, and prefixes written
/// `term*`, each in at least `minimumPassages` passages (a prefix by the sum over its terms).
/// A stem such as `becaus` is a key though no one types it (the tokenizer makes it of "because").
struct HeadKeys {
    /// Whole terms first (`0..<wholeTerms`), then prefixes.
    var names: [String] = []
    private(set) var wholeTerms = 0
    /// The keys a term counts towards: `list[start[term]..<start[term + 1]]`.
    private var start: [Int32] = [0]
    private var list: [Int32] = []

    init(_ census: HeadTermCensus, minimumPassages: Int) {
        let terms = census.terms, documents = census.documents
        let order = terms.indices.sorted { terms[$0].lexicographicallyPrecedes(terms[$1]) }
        var ranges: [Range<Int>] = []
        for (position, term) in order.enumerated() where documents[term] >= minimumPassages {
            names.append(String(decoding: terms[term], as: UTF8.self))
            ranges.append(position..<position + 1)
        }
        wholeTerms = names.count
        var prefixes: [String: Range<Int>] = [:]
        for first in order.indices {
            let bytes = terms[order[first]]
            for length in 1...max(bytes.count, 1) where length <= bytes.count {
                let prefix = bytes.prefix(length)
                // A prefix that ends inside a character is no text anyone can type.
                guard let text = String(bytes: prefix, encoding: .utf8) else { continue }
                if prefixes[text + "*"] != nil { continue }
                var end = first, sum = 0
                while end < order.count && terms[order[end]].starts(with: prefix) {
                    sum += documents[order[end]]
                    end += 1
                }
                guard sum >= minimumPassages else { break }
                prefixes[text + "*"] = first..<end
            }
        }
        for (name, range) in prefixes.sorted(by: { $0.key < $1.key }) {
            names.append(name)
            ranges.append(range)
        }
        var keysOfTerm = [[Int32]](repeating: [], count: terms.count)
        for (key, range) in ranges.enumerated() {
            for position in range { keysOfTerm[order[position]].append(Int32(key)) }
        }
        for keys in keysOfTerm {
            list += keys
            start.append(Int32(list.count))
        }
    }

    func keys(ofTerm term: Int32) -> ArraySlice<Int32> {
        list[Int(start[Int(term)])..<Int(start[Int(term) + 1])]
    }
}

/// Pass two: for each key, its matches counted and its best articles kept (by the best weight
/// of their passages; `HeadTerms.rebuild` then reads those articles again for their hits), and
/// each whole term's postings written to `head_postings` (`TermPostings`).
struct HeadTermTallies {
    /// Per key: matching passages and articles.
    var passages: [Int]
    var articles: [Int]
    /// Per key: its best articles (indexes into `ArticleSpans`) by their best weight.
    var tops: [TopOrdered<Int32>]
    /// Per key: the article being read and its best weight so far.
    private var current: [Int32]
    private var best: [Double]

    /// `depth` articles are wanted per key; a few more are kept by weight, since two weights can
    /// round to the same score once multiplied by the idf, where path order then decides.
    init(_ db: Database, census: HeadTermCensus, keys: HeadKeys, tokenizer: IndexTokenizer, articles: ArticleSpans,
         scoring: BM25, depth: Int) throws {
        let count = keys.names.count
        passages = Array(repeating: 0, count: count)
        self.articles = Array(repeating: 0, count: count)
        tops = Array(repeating: TopOrdered(limit: depth + 16), count: count)
        current = Array(repeating: -1, count: count)
        best = Array(repeating: -.infinity, count: count)
        var frequency = [Int32](repeating: 0, count: count)
        var touched: [Int32] = []
        let insert = try db.makeStatement(sql: "INSERT INTO head_postings (term, chunk, postings) VALUES (?, ?, ?)")
        var writers = [TermPostings.Writer](repeating: TermPostings.Writer(), count: keys.wholeTerms)
        try HeadTermScan.forEachPassage(db, tokenizer: tokenizer, articles: articles) { row, article, tokens in
            HeadTermScan.count(tokens, census: census, keys: keys, into: &frequency, touched: &touched)
            let length = Double(tokens.count)
            for key in touched.lazy.map(Int.init) {
                let weight = scoring.weight(frequency: Double(frequency[key]), length: length)
                if key < keys.wholeTerms {
                    try writers[key].append(row: row, frequency: Int(frequency[key])) { chunk, index in
                        try insert.execute(arguments: [keys.names[key], index, Data(chunk)])
                    }
                }
                frequency[key] = 0
                if current[key] != article {
                    close(key, articles)
                    current[key] = article
                    self.articles[key] += 1
                }
                passages[key] += 1
                if weight > best[key] { best[key] = weight }
            }
        }
        for key in 0..<count { close(key, articles) }
        for key in writers.indices {
            try writers[key].finish { chunk, index in try insert.execute(arguments: [keys.names[key], index, Data(chunk)]) }
        }
    }

    /// Offers the article being read to the key's best.
    private mutating func close(_ key: Int, _ articles: ArticleSpans) {
        let article = current[key]
        guard article >= 0, best[key] > -.infinity else { return }
        tops[key].insert(article, score: best[key], order: articles.orders[Int(article)])
        best[key] = -.infinity
    }
}
