/// Addresses a passage inside a loaded corpus: the article's position in `Corpus.articles` and
/// the passage index in that article.
public struct PassageID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var article: Int
    public var passage: Int

    public init(article: Int, passage: Int) {
        self.article = article
        self.passage = passage
    }

    public static func < (lhs: PassageID, rhs: PassageID) -> Bool {
        (lhs.article, lhs.passage) < (rhs.article, rhs.passage)
    }

    public var description: String { "\(article):\(passage)" }
}
