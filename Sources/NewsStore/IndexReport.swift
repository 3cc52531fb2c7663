/// What an open of the index did: which files it found added, changed, removed or renamed since
/// the last open, what it tagged again, and anything the user should hear about the index file.
public struct IndexReport: Sendable, Hashable {
    public struct Rename: Sendable, Hashable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// The index file.
    public var path: String
    public var articles: Int
    /// Files that could not become articles (stored, so reported on every open).
    public var problems: Int
    /// Article paths, sorted.
    public var added: [String] = []
    /// Files whose contents changed (size and time alone do not count).
    public var changed: [String] = []
    public var removed: [String] = []
    public var renamed: [Rename] = []
    /// Files whose size or time changed but whose contents hash the same: read, not re-parsed.
    public var touched = 0
    /// Files whose bytes this open read (to hash them, and to parse the new or changed ones).
    public var filesRead = 0
    public var bytesRead = 0
    /// Whether every article was tagged again: the catalogs or the switch changed, or the
    /// changed files changed the entity table (discovered names, figures).
    public var retagged = false
    /// Articles tagged: every one when `retagged`, else the added and changed ones (the others
    /// kept their tags); 0 when all tags were loaded.
    public var tagged = 0
    /// One line each: an index moved aside or rebuilt, and why.
    public var notices: [String] = []
    public var seconds = 0.0

    public init(path: String, articles: Int = 0, problems: Int = 0) {
        self.path = path
        self.articles = articles
        self.problems = problems
    }

    /// Whether any file's article came, went or moved.
    public var filesChanged: Bool {
        !added.isEmpty || !changed.isEmpty || !removed.isEmpty || !renamed.isEmpty
    }
}
