import NewsCore

/// Passage row ids (`passages.id`, which FTS5 and `postings` return) back to the passages of the
/// loaded corpus. Held in memory because a search maps every match: a join on `passages` per
/// match costs a B-tree lookup each.
///
/// Row ids are nearly dense (a fresh index numbers passages 1, 2, 3…; a refresh leaves gaps), so
/// while the ids span at most twice as many numbers as there are passages, an id indexes a flat
/// table directly; past that (an index refreshed many times over) ids are binary-searched.
struct PassageRows: Sendable {
    /// Ascending row ids, when they are searched rather than indexed.
    private let sortedRows: [Int64]?
    private let first: Int64
    /// Per slot (`row - first`, or the position in `sortedRows`): the article position and the
    /// passage index; -1 where no passage has that id.
    private let articles: [Int32]
    private let indices: [Int32]

    /// - Parameter rowIDs: `[article position][passage index]` → row id, as
    ///   `IndexWriter.passageRowIDs` reads them.
    init(_ rowIDs: [[Int64]]) {
        let count = rowIDs.reduce(0) { $0 + $1.count }
        let low = rowIDs.joined().min() ?? 0, high = rowIDs.joined().max() ?? -1
        let span = Int(high - low) + 1
        if span <= 2 * count + 1_024 {
            var articles = [Int32](repeating: -1, count: span), indices = articles
            for (article, rows) in rowIDs.enumerated() {
                for (index, row) in rows.enumerated() {
                    articles[Int(row - low)] = Int32(article)
                    indices[Int(row - low)] = Int32(index)
                }
            }
            (sortedRows, first, self.articles, self.indices) = (nil, low, articles, indices)
        } else {
            let entries = rowIDs.enumerated().flatMap { article, rows in
                rows.enumerated().map { (row: $0.element, article: Int32(article), index: Int32($0.offset)) }
            }.sorted { $0.row < $1.row }
            (sortedRows, first, articles, indices) = (entries.map(\.row), 0, entries.map(\.article), entries.map(\.index))
        }
    }

    /// The passage stored as row `row`, when it belongs to the corpus.
    func passage(ofRow row: Int64) -> PassageID? {
        guard let slot = slot(of: row), articles[slot] >= 0 else { return nil }
        return PassageID(article: Int(articles[slot]), passage: Int(indices[slot]))
    }

    private func slot(of row: Int64) -> Int? {
        guard let sortedRows else {
            let slot = row - first
            return slot >= 0 && slot < articles.count ? Int(slot) : nil
        }
        var lower = 0, upper = sortedRows.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if sortedRows[middle] < row { lower = middle + 1 } else { upper = middle }
        }
        return lower < sortedRows.count && sortedRows[lower] == row ? lower : nil
    }
}
