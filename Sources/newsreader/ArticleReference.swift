import NewsCore

/// Resolves what a user typed to name an article or a passage.
enum ArticleReference {
    /// A path, a unique part of a path, or else a number from `list` (1-based): "003" names
    /// the file "003_….txt" before it names the third article.
    static func resolve(_ reference: String, in corpus: Corpus) throws -> Int {
        if let index = corpus.articleIndex(named: reference) { return index }
        if let number = Int(reference), (1...corpus.articles.count).contains(number) { return number - 1 }
        let matches = corpus.articles.filter { $0.path.contains(reference) }
        if matches.count == 1, let index = corpus.articles.firstIndex(where: { $0.path.contains(reference) }) {
            return index
        }
        if matches.count > 1 {
            throw UserError("'\(reference)' names \(matches.count) articles (\(matches.prefix(3).map(\.path).joined(separator: ", "))…); give more of the path")
        }
        throw UserError("no article '\(reference)' in \(corpus.name); `newsreader list` shows them")
    }

    /// `ARTICLE:PASSAGE`, split at the last colon.
    static func resolvePassage(_ reference: String, in corpus: Corpus) throws -> PassageID {
        guard let colon = reference.lastIndex(of: ":"),
              let passage = Int(reference[reference.index(after: colon)...]) else {
            throw UserError("'\(reference)' is not ARTICLE:PASSAGE (e.g. 003:4)")
        }
        let article = try resolve(String(reference[..<colon]), in: corpus)
        let count = corpus.articles[article].passages.count
        guard (0..<count).contains(passage) else {
            throw UserError("\(corpus.articles[article].path) has passages 0–\(count - 1), not \(passage)")
        }
        return PassageID(article: article, passage: passage)
    }
}
