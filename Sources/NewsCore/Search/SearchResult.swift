/// One passage that matched a query.
public struct PassageHit: Sendable, Hashable {
    public var passage: PassageID
    /// FTS5's bm25 over the query's words and phrases, negated so that higher is better, plus,
    /// per entity filter, 1 + ln(mentions of it in the passage).
    public var score: Double
    /// UTF-8 byte ranges into the passage text to highlight: entity mentions for entity filters,
    /// words and whole phrases for text; sorted, overlaps merged.
    public var highlights: [Range<Int>]

    public init(passage: PassageID, score: Double, highlights: [Range<Int>]) {
        self.passage = passage
        self.score = score
        self.highlights = highlights
    }
}

/// The matching passages of one article, in reading order.
public struct ArticleHits: Sendable, Hashable {
    public var article: Int
    /// The best passage's score: what articles are ordered by.
    public var score: Double
    public var passages: [PassageHit]

    public init(article: Int, score: Double, passages: [PassageHit]) {
        self.article = article
        self.score = score
        self.passages = passages
    }
}

/// What a search found: articles ordered by their best passage, at most the limit asked for.
public struct SearchResults: Sendable, Hashable {
    public var query: SearchQuery
    /// The entities the query's names resolved to, in query order.
    public var entities: [Int]
    public var articles: [ArticleHits]
    /// Matches before the limit: passages and articles.
    public var totalPassages: Int
    public var totalArticles: Int

    public init(query: SearchQuery, entities: [Int], articles: [ArticleHits], totalPassages: Int, totalArticles: Int) {
        self.query = query
        self.entities = entities
        self.articles = articles
        self.totalPassages = totalPassages
        self.totalArticles = totalArticles
    }
}

/// Why a well-formed query cannot be run against this corpus.
public enum SearchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No entity matches the name, even with one typo.
    case unknownEntity(String)
    /// The words are all stop words ("the", "of"): nothing to look for.
    case onlyCommonWords([String])

    public var description: String {
        switch self {
        case .unknownEntity(let name): "no entity matches \"\(name)\""
        case .onlyCommonWords(let words):
            "only common words (\(words.joined(separator: ", "))): add a word that says what to look for"
        }
    }
}
