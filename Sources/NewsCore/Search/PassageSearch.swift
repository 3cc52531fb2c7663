/// Runs a parsed query against some full-text index. The reader and the CLI only see this, so
/// the index behind it (SQLite FTS5, on disk or in memory) is the store's choice.
public protocol PassageSearch: Sendable {
    /// Passages matching every part of `query`, grouped by article, at most `limit` articles.
    /// Entity names resolve through the corpus's `EntityLookup` (the one `NewsIndex.lookup` holds),
    /// so `@name` means what the entity picker offers first.
    func search(_ query: SearchQuery, limit: Int) throws -> SearchResults
}

extension PassageSearch {
    /// Parses and runs `text` (see `SearchQuery` for the syntax).
    public func search(_ text: String, limit: Int = 20) throws -> SearchResults {
        try search(SearchQuery.parse(text), limit: limit)
    }
}
