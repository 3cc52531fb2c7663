/// Decides, by name alone, what the loader does with each file it meets in a corpus folder.
public enum CorpusFileRules {
    public enum Decision: Sendable, Hashable {
        /// An article to parse.
        case article
        /// Left out without a word: hidden files, the entity catalog, the corpus's own docs.
        case ignore
        /// Left out and reported, so a stray file is noticed.
        case unsupported
    }

    /// Names (before the first dot, any case) of documents that describe a corpus rather than
    /// belong to it.
    public static let corpusDocuments: Set<String> = [
        "readme", "source", "sources", "license", "licence", "changelog", "copying", "notice", "authors",
    ]

    /// For a file found while walking a folder. Files named explicitly are parsed whenever
    /// their extension is supported, documents included: the user asked for them.
    public static func decision(forFileNamed name: String, foundInFolder: Bool) -> Decision {
        if name.hasPrefix(".") { return .ignore }
        if name.lowercased().hasSuffix(".catalog") { return .ignore }
        let stem = name.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        if foundInFolder && corpusDocuments.contains(stem) { return .ignore }
        return ArticleFormat(path: name) == nil ? .unsupported : .article
    }
}
