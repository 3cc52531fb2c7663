import NewsCore

/// Passage row ids (`passages.id`, which FTS5 and `postings` return) back to the passages of the
/// loaded corpus. Held in memory because a search maps every match: a join on `passages` per match
/// costs a B-tree lookup each, this costs a binary search in two flat arrays (16 bytes a passage).
struct PassageRows: Sendable {
    /// Ascending.
    private let rowIDs: [Int64]
    /// `articles[k]`, `indices[k]`: the passage whose row id is `rowIDs[k]`.
    private let articles: [Int32]
    private let indices: [Int32]

    /// - Parameter rowIDs: `[article position][passage index]` → row id, as
    ///   `IndexWriter.passageRowIDs` reads them.
    init(_ rowIDs: [[Int64]]) {
        var entries: [(row: Int64, article: Int32, index: Int32)] = []
        entries.reserveCapacity(rowIDs.reduce(0) { $0 + $1.count })
        for (article, rows) in rowIDs.enumerated() {
            for (index, row) in rows.enumerated() { entries.append((row, Int32(article), Int32(index))) }
        }
        entries.sort { $0.row < $1.row }
        self.rowIDs = entries.map(\.row)
        articles = entries.map(\.article)
        indices = entries.map(\.index)
    }

    /// The passage stored as row `row`, when it belongs to the corpus.
    func passage(ofRow row: Int64) -> PassageID? {
        var lower = 0, upper = rowIDs.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if rowIDs[middle] < row { lower = middle + 1 } else { upper = middle }
        }
        guard lower < rowIDs.count, rowIDs[lower] == row else { return nil }
        return PassageID(article: Int(articles[lower]), passage: Int(indices[lower]))
    }
}
