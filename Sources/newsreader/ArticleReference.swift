import NewsCore

/// Resolves what a user typed to name an article or a passage.
enum ArticleReference {
    /// A path, a unique part of a path, or else a number from `list` (1-based): "003" names
    /// the file "003_….txt" before it names the third article.
    static func resolve(_ reference: String, in library: any ArticleLibrary) throws -> Int {
        if let index = library.articleIndex(named: reference) { return index }
        if let number = Int(reference), (1...library.articleCount).contains(number) { return number - 1 }
        // A part from the middle of a path: every row's path is read, but only once neither the
        // path, its ending or file name, nor a number named the article.
        let matches = (0..<library.articleCount).filter { library.summary($0).path.contains(reference) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 {
            let paths = matches.prefix(3).map { library.summary($0).path }
            throw UserError("'\(reference)' names \(matches.count) articles (\(paths.joined(separator: ", "))…); give more of the path")
        }
        throw UserError("no article '\(reference)' in \(library.name); `newsreader list` shows them")
    }

    /// `ARTICLE:PASSAGE`, split at the last colon.
    static func resolvePassage(_ reference: String, in library: any ArticleLibrary) throws -> PassageID {
        guard let colon = reference.lastIndex(of: ":"),
              let passage = Int(reference[reference.index(after: colon)...]) else {
            throw UserError("'\(reference)' is not ARTICLE:PASSAGE (e.g. 003:4)")
        }
        let article = try resolve(String(reference[..<colon]), in: library)
        let summary = library.summary(article)
        guard (0..<summary.passageCount).contains(passage) else {
            throw UserError("\(summary.path) has passages 0–\(summary.passageCount - 1), not \(passage)")
        }
        return PassageID(article: article, passage: passage)
    }
}
