import GRDB

/// Keeps `summaries.path_order` increasing with the article's path in Swift's `String` order (the
/// loader's order), so the articles are numbered 0..<n by their keys and `postings`, keyed by
/// them, lists an entity's passages in corpus order.
///
/// Keys are sparse: an article added or renamed takes a key between its neighbours', so a
/// refresh rewrites the rows of the articles that changed and nothing else. Only when no key is
/// left between two neighbours (32 insertions at one spot) is every key renumbered.
enum PathOrder {
    /// Room a renumbering leaves between consecutive keys.
    static let stride: Int64 = 1 << 32

    /// The key of the article at `position` of `count` when all are numbered afresh (a
    /// renumbering, an in-memory build): evenly spread, always positive.
    static func key(_ position: Int, count: Int) -> Int64 {
        let step = count < 1 << 30 ? stride : Int64.max / Int64(count + 1)
        return step * Int64(position + 1)
    }

    /// New keys for articles listed in path order with their current keys (nil for none): the
    /// current keys are kept and the missing ones fit between them; when they cannot, or the
    /// current keys are out of order, every article is numbered afresh.
    static func plan(_ current: [Int64?]) -> [Int64] {
        var keys: [Int64] = []
        keys.reserveCapacity(current.count)
        var index = 0
        var left: Int64 = 0
        while index < current.count {
            if let key = current[index] {
                guard key > left else { return renumbered(current.count) }
                keys.append(key)
                left = key
                index += 1
                continue
            }
            var end = index
            while end < current.count && current[end] == nil { end += 1 }
            let run = Int64(end - index)
            let right = end < current.count ? current[end] : nil
            let step: Int64
            if right == nil && left <= Int64.max - stride * run {
                step = stride
            } else {
                step = ((right ?? Int64.max) - left) / (run + 1)
            }
            guard step >= 1 else { return renumbered(current.count) }
            for offset in 1...run { keys.append(left + step * offset) }
            left = keys[keys.count - 1]
            index = end
        }
        return keys
    }

    private static func renumbered(_ count: Int) -> [Int64] { (0..<count).map { key($0, count: count) } }

    /// Gives every article a key that fits path order (see `plan`), rewriting the keys of
    /// `postings` rows of articles whose key moved, and marks the order current. Nothing to do
    /// while `meta` says it is.
    static func assign(_ db: Database) throws {
        guard try IndexMeta.get(IndexMeta.ordered, db) == nil else { return }
        var rows: [(article: Int64, path: String, key: Int64?)] = []
        let cursor = try Row.fetchCursor(db, sql: "SELECT article, path, path_order FROM summaries")
        while let row = try cursor.next() { rows.append((row[0], row[1], row[2])) }
        rows.sort { $0.path < $1.path || ($0.path == $1.path && $0.article < $1.article) }
        let keys = plan(rows.map(\.key))
        let moved = rows.indices.filter { rows[$0].key != keys[$0] }
        // A renamed article has lost its key but not its postings. Those of every moved article
        // go out of the way first: its new key may be another moved article's old one.
        let park = try db.cachedStatement(sql: "UPDATE postings SET path_order = -path_order WHERE article = ?")
        for index in moved { try park.execute(arguments: [rows[index].article]) }
        let summary = try db.cachedStatement(sql: "UPDATE summaries SET path_order = ? WHERE article = ?")
        let postings = try db.cachedStatement(sql: "UPDATE postings SET path_order = ? WHERE article = ?")
        for index in moved {
            try summary.execute(arguments: [keys[index], rows[index].article])
            try postings.execute(arguments: [keys[index], rows[index].article])
        }
        try IndexMeta.set(IndexMeta.ordered, "1", db)
    }
}
