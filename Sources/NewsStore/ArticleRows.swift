import NewsCore

/// Where each article of an opened corpus lives in the index, by position (path order): its row
/// id, its key in path order, and its passage rows (`first_passage + idx`). The only per-article
/// state a `StoredLibrary` holds (28 bytes an article), and what turns the row ids FTS5 returns
/// and the keys `postings` holds back into positions without a query.
struct ArticleRows: Sendable {
    let ids: [Int64]
    let orders: [Int64]
    let firstPassages: [Int64]
    let passageCounts: [Int32]
    /// Positions by ascending key; nil when the keys ascend with the positions (always, for a
    /// library read in key order).
    private let byOrder: [Int32]?
    /// Positions by ascending first passage row.
    private let byFirstPassage: [Int32]

    init(ids: [Int64], orders: [Int64], firstPassages: [Int64], passageCounts: [Int32]) {
        self.ids = ids
        self.orders = orders
        self.firstPassages = firstPassages
        self.passageCounts = passageCounts
        let positions = (0..<Int32(ids.count)).map { $0 }
        byOrder = zip(orders, orders.dropFirst()).allSatisfy { $0 < $1 } ? nil : positions.sorted { orders[Int($0)] < orders[Int($1)] }
        byFirstPassage = positions.sorted { firstPassages[Int($0)] < firstPassages[Int($1)] }
    }

    var count: Int { ids.count }

    /// The passage's row in `passages` (and `passage_fts`).
    func row(of id: PassageID) -> Int64 { firstPassages[id.article] + Int64(id.passage) }

    /// The passage stored as row `row`, when it belongs to the corpus.
    func passage(ofRow row: Int64) -> PassageID? {
        var cursor = 0
        return passage(ofRow: row, from: &cursor)
    }

    /// `passage(ofRow:)` for rows looked up in ascending order, as FTS5 returns its matches:
    /// the search gallops forward from where the last one ended (`cursor`).
    func passage(ofRow row: Int64, from cursor: inout Int) -> PassageID? {
        // The last article whose first passage is at or before the row.
        let lower = byFirstPassage.partitionPoint(from: cursor) { firstPassages[Int($0)] > row }
        cursor = max(lower - 1, 0)
        guard lower > 0 else { return nil }
        let article = Int(byFirstPassage[lower - 1])
        let index = row - firstPassages[article]
        return index < Int64(passageCounts[article]) ? PassageID(article: article, passage: Int(index)) : nil
    }

    /// The position of the article whose key is `order`.
    func position(ofOrder order: Int64) -> Int? {
        var cursor = 0
        return position(ofOrder: order, from: &cursor)
    }

    /// `position(ofOrder:)` for keys looked up in ascending order, as an entity's postings list
    /// them: the search starts at `cursor` (a place in key order, left where the last lookup
    /// ended) and gallops forward, so a walk over thousands of articles costs a few steps each
    /// rather than a binary search over the corpus.
    func position(ofOrder order: Int64, from cursor: inout Int) -> Int? {
        // The first article in key order whose key is not below `order`.
        let lower = (0..<count).partitionPoint(from: cursor) { index in
            orders[byOrder.map { Int($0[index]) } ?? index] >= order
        }
        cursor = lower
        guard lower < count else { return nil }
        let position = byOrder.map { Int($0[lower]) } ?? lower
        return orders[position] == order ? position : nil
    }
}
