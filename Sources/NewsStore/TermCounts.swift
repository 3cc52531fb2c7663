import GRDB
import NewsCore

/// Changes to the `terms` table (each linking term's document frequency) and to the content
/// passage count, gathered over a batch of articles added and removed and written in one pass:
/// a term is written once per batch, not once per article that holds it.
///
/// A term is what `Tokenizer.terms(in:)` gives, counted once per content passage that holds it,
/// as `TermIndex` counts it; so the stored table answers `TermStatistics` exactly as the
/// in-memory index would for the same articles.
struct TermCounts {
    private(set) var deltas: [String: Int] = [:]
    private(set) var contentPassages = 0

    /// One article's contribution: per term, the content passages holding it. Pure, so a batch
    /// of articles is counted in parallel.
    struct Article: Sendable {
        var terms: [String: Int] = [:]
        var contentPassages = 0

        init<Texts: Sequence>(contentTexts: Texts) where Texts.Element == String {
            for text in contentTexts {
                contentPassages += 1
                for term in Set(Tokenizer.terms(in: text)) { terms[term, default: 0] += 1 }
            }
        }

        init(_ article: NewsCore.Article) {
            self.init(contentTexts: article.passages.lazy.filter(\.kind.isContent).map(\.text))
        }
    }

    mutating func add(_ article: Article) { merge(article, sign: 1) }
    mutating func remove(_ article: Article) { merge(article, sign: -1) }

    private mutating func merge(_ article: Article, sign: Int) {
        contentPassages += sign * article.contentPassages
        for (term, count) in article.terms { deltas[term, default: 0] += sign * count }
    }

    /// The stored article of the file at `path`, counted, when there is one: what its removal
    /// takes away.
    static func stored(path: String, _ db: Database) throws -> Article? {
        let texts = try String.fetchAll(db.cachedStatement(sql: """
            SELECT passages.text FROM files JOIN passages ON passages.article = files.id
            WHERE files.path = ? AND passages.kind IN \(IndexSchema.searchableKinds)
            """), arguments: [path])
        return texts.isEmpty ? nil : Article(contentTexts: texts)
    }

    /// Applies the changes to `terms` and `meta`; terms no passage holds any more are dropped.
    func write(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df
            """)
        let prune = try db.cachedStatement(sql: "DELETE FROM terms WHERE term = ? AND df <= 0")
        for (term, delta) in deltas where delta != 0 {
            try upsert.execute(arguments: [term, delta])
            if delta < 0 { try prune.execute(arguments: [term]) }
        }
        guard contentPassages != 0 else { return }
        let current = Int(try IndexMeta.get(IndexMeta.contentPassages, db) ?? "0") ?? 0
        try IndexMeta.set(IndexMeta.contentPassages, "\(current + contentPassages)", db)
    }
}
