/// A file the loader could not use, and why; the rest of the corpus loads regardless.
public struct LoadProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

/// The articles of one corpus, in a stable order (by path).
public struct Corpus: Sendable {
    /// Shown in the reader's header: the folder's name, or "N files".
    public var name: String
    public var articles: [Article]
    public var problems: [LoadProblem]

    public init(name: String, articles: [Article], problems: [LoadProblem] = []) {
        self.name = name
        self.articles = articles
        self.problems = problems
    }

    public func passage(_ id: PassageID) -> Passage { articles[id.article].passages[id.passage] }

    /// Looks an article up by its path, or by a unique path suffix ("003" finds "seeds/003_x.txt").
    public func articleIndex(named name: String) -> Int? {
        if let exact = articles.firstIndex(where: { $0.path == name }) { return exact }
        let hits = articles.indices.filter { articles[$0].path.hasSuffix(name) || fileName(articles[$0].path).hasPrefix(name) }
        return hits.count == 1 ? hits[0] : nil
    }

    private func fileName(_ path: String) -> Substring {
        path.split(separator: "/").last ?? Substring(path)
    }
}
