import Foundation
import GRDB
import NewsCore

/// Search through the index's SQLite tables: words, prefixes and phrases through FTS5
/// (`passage_fts`), entity filters through `postings`. The persisted index and `--no-index` (an
/// in-memory database, `MemoryIndex`) both search with this, so their results are the same.
///
/// The most expensive queries — a word or prefix in a large share of the passages, an entity
/// alone in many — read the answer stored for them when the index was built (`HeadTerms`): the
/// same articles, scores and counts, without scoring every match. Other queries have their
/// matches scored here, from what FTS5 hands back of each match (`PhraseFrequencies`) and the
/// stored passage lengths, with bm25 computed as `bm25()` computes it: the same scores at a
/// fraction of the cost. A connection that cannot collect falls back on `bm25()` itself.
///
/// Ranking: a passage scores FTS5's `bm25()` negated (higher is better), plus for each entity
/// filter 1 + ln(mentions of the entity, or of a product named after it, in the passage); an
/// entity-only query scores the bonus alone. Articles are ordered by their best passage (then by
/// position), their passages in reading order. Highlights are the words and phrases FTS5
/// matched (`MatchHighlighter`) and the mentions of the entities asked for.
///
/// It reads the text and mentions of the passages it highlights from its library and maps
/// matches to positions by the library's article rows, so it holds no corpus of its own. It reads
/// what the library reads: after the index changes, make a new one with the new library.
public struct FullTextSearch: PassageSearch {
    private let database: SnapshotReaders
    private let library: StoredLibrary
    /// Resolves `@name`; `NewsIndex.lookup` should be this one.
    public let lookup: EntityLookup
    private let rows: ArticleRows
    /// Reading and tokenizing a passage (`scoredHere`) costs about what collecting this many
    /// matches does (`scoredFromFrequencies`), most of it the reading,
    static let matchesPerPassageRead = 100
    /// and what merging this many stored postings does (`scoredFromPostings`; measured at 200k
    /// articles: about 20 µs a passage read, 5 ns a posting).
    static let postingsPerPassageRead = 4_000
    /// Each entity's parent (`EntityTable.parent(of:)` looks it up by name each time).
    private let parents: [Int?]
    /// The passages' lengths, loaded at the first search that scores matches.
    private let lengths = PassageLengths.Cache()

    /// Search over a stored library, through the database it reads.
    public init(library: StoredLibrary, lookup: EntityLookup) {
        database = library.database
        self.library = library
        rows = library.rows
        self.lookup = lookup
        let entities = library.entities
        parents = entities.entities.indices.map(entities.parent(of:))
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

        let (found, totals) = try database.read { db -> ([Match], (passages: Int, articles: Int)?) in
            if limit <= HeadTerms.depth, let stored = try storedAnswer(parts, entities: entities, db) {
                return (stored.found, (stored.passages, stored.articles))
            }
            return (try matches(expression, parts: parts, entities: entities, db), nil)
        }
        // Best score per article, in an array: a common word matches most articles.
        var best = [Double](repeating: -.infinity, count: rows.count)
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
        let shown = found.filter { chosenArticles.contains($0.passage.article) }

        // Only the shown passages' text is read, not their articles: a search shows passages of
        // fifty articles, and reading each article whole cost more than the matching.
        var wordRanges: [[Range<Int>]] = Array(repeating: [], count: shown.count)
        if !parts.isEmpty {
            wordRanges = try database.read { db in
                let highlighter = MatchHighlighter(parts, tokenizer: try IndexTokenizer(db))
                let read = try db.cachedStatement(sql: "SELECT text FROM passages WHERE id = ?")
                return try shown.map { hit in
                    highlighter.ranges(in: try String.fetchOne(read, arguments: [rows.row(of: hit.passage)]) ?? "")
                }
            }
        }
        var byArticle: [Int: [PassageHit]] = [:]
        for (index, hit) in shown.enumerated() {
            let ranges = wordRanges[index] + entities.flatMap { mentionRanges(of: $0, in: hit.passage) }
            byArticle[hit.passage.article, default: []]
                .append(PassageHit(passage: hit.passage, score: hit.score, highlights: Self.merged(ranges)))
        }
        let articles = chosen.map { article in
            ArticleHits(article: article.key, score: article.score,
                        passages: (byArticle[article.key] ?? []).sorted { $0.passage < $1.passage })
        }
        return SearchResults(query: query, entities: entities, articles: articles,
                             totalPassages: totals?.passages ?? found.count,
                             totalArticles: totals?.articles ?? matchedArticles.count)
    }

    /// One matching passage: where it is in the corpus, and its score.
    private struct Match {
        var passage: PassageID
        var score: Double
    }

    /// Passages that mention every entity asked for, ascending, with each one's mentions of
    /// each entity (`postings.mentions`: of the entity or of a product named after it).
    private struct Allowed {
        var passages: [PassageID]
        var mentions: [[Int]]

        /// Where the passage is, searched from `cursor` on (`partitionPoint(from:)`): matches
        /// come in ascending order.
        func index(of passage: PassageID, from cursor: inout Int) -> Int? {
            let lower = passages.partitionPoint(from: cursor) { $0 >= passage }
            cursor = lower
            return lower < passages.count && passages[lower] == passage ? lower : nil
        }

        /// `score` plus, per entity asked for, 1 + ln(its mentions in the passage at `index`),
        /// added in the entities' order.
        func withBonus(_ score: Double, at index: Int) -> Double {
            var score = score
            for list in mentions { score += Self.bonus(list[index]) }
            return score
        }

        static func bonus(_ mentions: Int) -> Double { 1 + log(Double(max(mentions, 1))) }
    }

    /// Matches as they are scored, in row order: each kept with its score, or, under an entity
    /// filter, only those it allows, with the entity bonus added.
    private struct Scored {
        let allowed: Allowed?
        var found: [Match] = []
        private var allowedCursor = 0

        init(_ allowed: Allowed?, capacity: Int = 0) {
            self.allowed = allowed
            found.reserveCapacity(capacity)
        }

        mutating func add(_ passage: PassageID, bm25: Double) {
            guard let allowed else { return found.append(Match(passage: passage, score: -bm25)) }
            guard let position = allowed.index(of: passage, from: &allowedCursor) else { return }
            found.append(Match(passage: passage, score: allowed.withBonus(-bm25, at: position)))
        }
    }

    /// Every passage that matches the expression (when there is one) and mentions every entity.
    /// All of them, not the best few: the entity bonus can reorder FTS5's ranking and the counts
    /// need them, and `ORDER BY rank LIMIT` would not be cheaper — FTS5 scores every match
    /// before it sorts. `bm25()` costs about 1.3 µs a match, most of it looking up the match's
    /// length; scoring from collected frequencies and stored lengths costs a fifth of that.
    private func matches(_ expression: String?, parts: [MatchExpression.Part], entities: [Int],
                         _ db: Database) throws -> [Match] {
        var allowed: Allowed?
        for entity in entities {
            let postings = try self.postings(of: entity, db)
            allowed = allowed.map { Self.intersect($0, postings) } ?? Allowed(passages: postings.passages, mentions: [postings.mentions])
            if allowed?.passages.isEmpty == true { return [] }
        }
        if let allowed, let scored = try scoredHere(parts, allowed: allowed, db) { return scored }
        if let scored = try scoredFromPostings(parts, allowed: allowed, db) { return scored }
        if let expression, let scored = try scoredFromFrequencies(expression, parts: parts, allowed: allowed, db) { return scored }
        if let expression {
            let statement = try db.cachedStatement(sql: """
                SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ?
                """)
            let cursor = try Row.fetchCursor(statement, arguments: [expression])
            var scored = Scored(allowed), rowCursor = 0
            while let row = try cursor.next() {
                guard let passage = rows.passage(ofRow: row[0], from: &rowCursor) else { continue }
                scored.add(passage, bm25: row[1])
            }
            return scored.found
        }
        guard let allowed else { return [] }
        return allowed.passages.indices.map { Match(passage: allowed.passages[$0], score: allowed.withBonus(0, at: $0)) }
    }

    /// For entities with one word or prefix that has a stored answer (`HeadTerms`, so it is in
    /// thousands of passages), when the entities' passages are far fewer: those passages scored
    /// here rather than every passage of the word merged (`scoredFromPostings`) or collected
    /// from FTS5. Each is read and tokenized with the
    /// index's tokenizer, and scored with bm25 as FTS5 computes it (`BM25`, checked against FTS5
    /// when the answers were stored), from the word's stored passage count and FTS5's own row
    /// and token totals: the same scores. Nil when the query is not of that kind.
    private func scoredHere(_ parts: [MatchExpression.Part], allowed: Allowed,
                            _ db: Database) throws -> [Match]? {
        guard parts.count == 1 else { return nil }
        let part = parts[0]
        let tokenizer = try IndexTokenizer(db)
        // A whole word has stored postings, cheaper to merge than FTS5's matches to collect.
        let cost = part.isPrefix ? Self.matchesPerPassageRead : Self.postingsPerPassageRead
        guard let key = HeadTerms.key(part, tokenizer), let hits = try HeadTerms.passages(key: key, db),
              allowed.passages.count * cost < hits,
              let scoring = try BM25(db) else { return nil }
        let idf = scoring.idf(hits: hits)
        let term = Array(key.utf8.dropLast(part.isPrefix ? 1 : 0))
        let read = try db.cachedStatement(sql: """
            SELECT text FROM passages WHERE id = ? AND kind IN \(IndexSchema.searchableKinds)
            """)
        var found: [Match] = []
        for (index, passage) in allowed.passages.enumerated() {
            guard let text = try String.fetchOne(read, arguments: [rows.row(of: passage)]) else { continue }
            let document = tokenizer.document(text)
            var frequency = 0
            for token in 0..<document.count {
                let candidate = document.term(token)
                if part.isPrefix ? candidate.starts(with: term) : candidate.elementsEqual(term) { frequency += 1 }
            }
            guard frequency > 0 else { continue }
            let bm25 = scoring.bm25(idf: idf, frequency: Double(frequency), length: Double(document.count))
            found.append(Match(passage: passage, score: allowed.withBonus(-bm25, at: index)))
        }
        return found
    }

    /// For words that are all head terms, with entities or without: each word's stored postings
    /// (`TermPostings`), walked for the entities' passages when there are entities, and the
    /// passages all words are in scored with bm25 as FTS5 computes it, from those frequencies,
    /// the words' stored passage counts and the stored lengths: the same scores, without FTS5
    /// walking every passage of a common word ("people year": 15 ms that way at 200,000
    /// articles). Nil when a part is a prefix, a phrase of several words or not a head term,
    /// or a length is not stored.
    private func scoredFromPostings(_ parts: [MatchExpression.Part], allowed: Allowed?,
                                    _ db: Database) throws -> [Match]? {
        guard !parts.isEmpty, let scoring = try BM25(db), let lengths = try lengths.current(db) else { return nil }
        let tokenizer = try IndexTokenizer(db)
        let rowSet = allowed.map { RowSet($0.passages.lazy.map(rows.row(of:))) }
        // Every part a head term, known before any list is read.
        var keys: [(key: String, hits: Int)] = []
        for part in parts {
            guard !part.isPrefix, let key = HeadTerms.key(part, tokenizer), let hits = try HeadTerms.passages(key: key, db)
            else { return nil }
            keys.append((key, hits))
        }
        let idfs = keys.map { scoring.idf(hits: $0.hits) }
        // The rows every word is in, ascending, with each word's frequency there; a word asked
        // for twice ("year years" is `year` twice) is read once and counted twice, as FTS5 does.
        var matched: [Int64] = [], frequencies: [[Int32]] = []
        for (number, (key, hits)) in keys.enumerated() {
            if let earlier = keys.prefix(number).firstIndex(where: { $0.key == key }) {
                frequencies.append(frequencies[earlier])
                continue
            }
            if number > 0 && matched.isEmpty { return [] }
            guard let postings = try TermPostings.postings(term: key, allowed: rowSet, expected: rowSet == nil ? hits : 0, db)
            else { return nil }
            if frequencies.isEmpty {
                (matched, frequencies) = (postings.rows, [postings.frequencies])
                continue
            }
            // Keeps the rows both hold, in place.
            var kept = 0, j = 0
            var other: [Int32] = []
            for i in matched.indices {
                let row = matched[i]
                while j < postings.rows.count && postings.rows[j] < row { j += 1 }
                guard j < postings.rows.count && postings.rows[j] == row else { continue }
                matched[kept] = row
                for list in frequencies.indices { frequencies[list][kept] = frequencies[list][i] }
                other.append(postings.frequencies[j])
                kept += 1
            }
            matched.removeLast(matched.count - kept)
            for list in frequencies.indices { frequencies[list].removeLast(frequencies[list].count - kept) }
            frequencies.append(other)
        }
        var scored = Scored(allowed, capacity: matched.count), rowCursor = 0
        for (index, row) in matched.enumerated() {
            guard let length = lengths.length(ofRow: row) else { return nil }
            guard let passage = rows.passage(ofRow: row, from: &rowCursor) else { continue }
            scored.add(passage, bm25: idfs.count == 1
                ? scoring.bm25(idf: idfs[0], frequency: Double(frequencies[0][index]), length: Double(length))
                : scoring.bm25(idfs: idfs, frequency: { Double(frequencies[$0][index]) }, length: Double(length)))
        }
        return scored.found
    }

    /// Every match of the expression among the allowed passages, scored here from the
    /// frequencies FTS5 hands back (`PhraseFrequencies`) with bm25 as FTS5 computes it (`BM25`):
    /// the same scores as `bm25()`'s, at a fraction of its cost per match. Each phrase's
    /// document count is the stored one (`head_terms`) when there is one, else FTS5's count of
    /// its matches, as `bm25()` counts them. Nil when the connection cannot collect.
    private func scoredFromFrequencies(_ expression: String, parts: [MatchExpression.Part], allowed: Allowed?,
                                       _ db: Database) throws -> [Match]? {
        guard let scoring = try BM25(db) else { return [] }
        let rowSet = allowed.map { allowed in RowSet(allowed.passages.map(rows.row(of:))) }
        guard let collected = try PhraseFrequencies.collect(expression, allowed: rowSet, lengths: try lengths.current(db), db)
        else { return nil }
        guard !collected.rows.isEmpty else { return [] }
        guard collected.phrases == parts.count else { return nil }
        let tokenizer = try IndexTokenizer(db)
        let idfs = try parts.map { part -> Double in
            if parts.count == 1 && allowed == nil { return scoring.idf(hits: collected.rows.count) }
            return scoring.idf(hits: try documentCount(part, tokenizer: tokenizer, db))
        }
        var scored = Scored(allowed, capacity: collected.rows.count), rowCursor = 0
        for (index, row) in collected.rows.enumerated() {
            guard let passage = rows.passage(ofRow: row, from: &rowCursor) else { continue }
            scored.add(passage, bm25: scoring.bm25(idfs: idfs, frequency: { Double(collected.frequency(row: index, phrase: $0)) },
                                                   length: Double(collected.lengths[index])))
        }
        return scored.found
    }

    /// How many passages the part alone matches: the stored count of a head term or prefix,
    /// else FTS5's.
    private func documentCount(_ part: MatchExpression.Part, tokenizer: IndexTokenizer, _ db: Database) throws -> Int {
        if let key = HeadTerms.key(part, tokenizer), let stored = try HeadTerms.passages(key: key, db) { return stored }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM passage_fts WHERE passage_fts MATCH ?"),
                                arguments: [part.fts5]) ?? 0
    }


    /// What `matches` finds in the best `HeadTerms.depth` articles, and the counts over every
    /// match, read from the stored answers (`HeadTerms`) when the query has one: a single word,
    /// prefix or one-word phrase in many passages, or a single entity alone in many. Nil for
    /// any other query.
    private func storedAnswer(_ parts: [MatchExpression.Part], entities: [Int],
                              _ db: Database) throws -> (found: [Match], passages: Int, articles: Int)? {
        if entities.isEmpty, parts.count == 1 {
            // One quoted string of one token: the term itself, or `term*` for a prefix.
            guard let key = HeadTerms.key(parts[0], try IndexTokenizer(db)), let answer = try HeadTerms.answer(term: key, db)
            else { return nil }
            let found = answer.hits.compactMap { hit in
                rows.passage(ofRow: hit.row).map { Match(passage: $0, score: -hit.bm25) }
            }
            return (found, answer.passages, answer.articles)
        }
        if parts.isEmpty, entities.count == 1, let answer = try HeadTerms.answer(entity: entities[0], db) {
            var found: [Match] = []
            let statement = try db.cachedStatement(sql: """
                SELECT idx, mentions FROM postings WHERE entity = ? AND path_order = ? ORDER BY idx
                """)
            for order in answer.orders {
                guard let article = rows.position(ofOrder: order) else { continue }
                let cursor = try Row.fetchCursor(statement, arguments: [entities[0], order])
                while let row = try cursor.next() {
                    found.append(Match(passage: PassageID(article: article, passage: row[0]), score: 0 + Allowed.bonus(row[1])))
                }
            }
            return (found, answer.passages, answer.articles)
        }
        return nil
    }

    /// The entity's postings, in corpus order: its blob when it has one (`EntityPostings`).
    private func postings(of entity: Int, _ db: Database) throws -> (passages: [PassageID], mentions: [Int]) {
        var passages: [PassageID] = [], mentions: [Int] = []
        if let stored = try EntityPostings.stored(entity, db) {
            var article: Int?, cursor = 0
            try EntityPostings.decode(stored, article: { article = rows.position(ofOrder: $0, from: &cursor) }) { index, count in
                guard let article else { return }
                passages.append(PassageID(article: article, passage: index))
                mentions.append(count)
            }
        } else {
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT path_order, idx, mentions FROM postings WHERE entity = ? ORDER BY path_order, idx
                """), arguments: [entity])
            var place = 0
            while let row = try cursor.next() {
                guard let article = rows.position(ofOrder: row[0], from: &place) else { continue }
                passages.append(PassageID(article: article, passage: row[1]))
                mentions.append(row[2])
            }
        }
        // Keys ascend with positions whenever the articles were ordered by path; a corpus given
        // in another order is sorted here.
        if zip(passages, passages.dropFirst()).contains(where: { $0 >= $1 }) {
            let order = passages.indices.sorted { passages[$0] < passages[$1] }
            (passages, mentions) = (order.map { passages[$0] }, order.map { mentions[$0] })
        }
        return (passages, mentions)
    }

    /// The passages both hold, with the mentions of every entity so far.
    private static func intersect(_ allowed: Allowed, _ postings: (passages: [PassageID], mentions: [Int])) -> Allowed {
        var result = Allowed(passages: [], mentions: Array(repeating: [], count: allowed.mentions.count + 1))
        var i = 0, j = 0
        while i < allowed.passages.count && j < postings.passages.count {
            let a = allowed.passages[i], b = postings.passages[j]
            if a == b {
                result.passages.append(a)
                for entity in allowed.mentions.indices { result.mentions[entity].append(allowed.mentions[entity][i]) }
                result.mentions[allowed.mentions.count].append(postings.mentions[j])
                i += 1; j += 1
            } else if a < b {
                i += 1
            } else {
                j += 1
            }
        }
        return result
    }

    /// Whether the mention names the entity or a product named after it.
    private func names(_ mention: Mention, _ entity: Int) -> Bool {
        mention.entity == entity || parents[mention.entity] == entity
    }

    /// Ranges of mentions of the entity or of a product named after it.
    private func mentionRanges(of entity: Int, in passage: PassageID) -> [Range<Int>] {
        library.mentions(in: passage).filter { names($0, entity) }.map(\.range)
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
