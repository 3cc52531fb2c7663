import GRDB
import NewsCore

/// Narrows the linker's candidates for an entity found in many articles to those whose passages
/// share the source passage's rarest words, through FTS5.
extension StoredLibrary {
    /// Words of the source passage searched for, at most.
    static let candidateWords = 6
    /// Passages the chosen words may hold between them (by document frequency) beyond the
    /// rarest word: FTS5 scores every match, so common words would make the search as slow as
    /// scoring every candidate. Rare words are the ones that tell a passage's point anyway.
    static let candidateMatchBudget = 2_000

    /// Nil when the entity's postings span at most `limit` articles (or the source is not a
    /// passage of the corpus); otherwise, of the other articles whose postings hold the entity,
    /// the `limit` (at most) whose best passage ranks highest by BM25 for an OR of the source
    /// passage's rarest words, ascending. Articles sharing none of those words are left out: the
    /// word score, most of a link's score, would be nothing for them.
    public func candidateArticles(for entity: Int, near source: PassageID, limit: Int) -> [Int]? {
        guard postingCount(entity) > limit, rows.ids.indices.contains(source.article),
              (0..<Int(rows.passageCounts[source.article])).contains(source.passage) else { return nil }
        guard limit > 0 else { return [] }
        let words = rareWords(in: passage(source).text)
        guard !words.isEmpty else { return [] }
        let expression = words.map(MatchExpression.quoted).joined(separator: " OR ")
        return read(or: []) { db in
            // Best (lowest) BM25 per other article.
            var best: [Int: Double] = [:]
            let matches = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH ?
                """), arguments: [expression])
            while let row = try matches.next() {
                guard let passage = rows.passage(ofRow: row[0]), passage.article != source.article else { continue }
                let score: Double = row[1]
                best[passage.article] = min(best[passage.article] ?? .infinity, score)
            }
            let mentioning: [Int]
            if best.count <= postingCount(entity) {
                let probe = try db.cachedStatement(sql: "SELECT 1 FROM postings WHERE entity = ? AND path_order = ? LIMIT 1")
                mentioning = try best.keys.filter { try Int.fetchOne(probe, arguments: [entity, rows.orders[$0]]) != nil }
            } else {
                let keys = Set(try articleOrders(of: entity, db))
                mentioning = best.keys.filter { keys.contains(rows.orders[$0]) }
            }
            var top = TopK<Int>(limit: limit)
            for article in mentioning { top.insert(article, score: -(best[article] ?? 0)) }
            return top.sorted().map(\.key).sorted()
        }
    }

    /// The passage's distinct terms that some other passage holds, rarest first (ties by term),
    /// up to `candidateWords` and within `candidateMatchBudget` passages after the first.
    func rareWords(in text: String) -> [String] {
        let terms = Set(Tokenizer.terms(in: text)).sorted()
        let ranked = zip(terms, documentFrequencies(terms)).filter { $0.1 >= 2 }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        var chosen: [String] = [], total = 0
        for (term, frequency) in ranked.prefix(Self.candidateWords) {
            if !chosen.isEmpty && total + frequency > Self.candidateMatchBudget { break }
            chosen.append(term)
            total += frequency
        }
        return chosen
    }
}
