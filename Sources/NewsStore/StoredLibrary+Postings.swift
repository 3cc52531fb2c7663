import GRDB
import NewsCore

/// Questions about where entities are mentioned, answered from `postings` (keyed by entity, then
/// the article's key in path order, then the passage index): a seek for the next mention, a
/// range scan for one entity's passages or articles.
extension StoredLibrary {
    public func postings(_ entity: Int) -> [PassageID] {
        read(or: []) { db in
            var passages: [PassageID] = []
            let cursor = try Row.fetchCursor(db.cachedStatement(sql: """
                SELECT path_order, idx FROM postings WHERE entity = ? ORDER BY path_order, idx
                """), arguments: [entity])
            while let row = try cursor.next() {
                passages.append(try passage(order: row[0], index: row[1]))
            }
            return passages
        }
    }

    /// Starts from the rarest entity's articles and keeps those where each other entity has a
    /// posting: a seek per article while the survivors are few, one scan of the entity's
    /// articles when that is cheaper.
    public func articles(mentioningAll entities: [Int]) -> [Int] {
        guard !entities.isEmpty else { return [] }
        let ordered = entities.sorted { postingCount($0) < postingCount($1) }
        return read(or: []) { db in
            var keys = try articleOrders(of: ordered[0], db)
            for entity in ordered.dropFirst() where !keys.isEmpty {
                if keys.count * 8 < postingCount(entity) {
                    let probe = try db.cachedStatement(sql: """
                        SELECT 1 FROM postings WHERE entity = ? AND path_order = ? LIMIT 1
                        """)
                    keys = try keys.filter { try Int.fetchOne(probe, arguments: [entity, $0]) != nil }
                } else {
                    let other = Set(try articleOrders(of: entity, db))
                    keys = keys.filter(other.contains)
                }
            }
            return try keys.map { key in
                guard let position = rows.position(ofOrder: key) else { throw orderMissing(key) }
                return position
            }
        }
    }

    public func nextMention(of entity: Int, after passage: PassageID?, forward: Bool) -> PassageID? {
        let direction = forward ? "ASC" : "DESC"
        return read(or: nil) { db in
            func first(_ condition: String, _ arguments: StatementArguments) throws -> PassageID? {
                let sql = """
                    SELECT path_order, idx FROM postings WHERE entity = ? \(condition)
                    ORDER BY path_order \(direction), idx \(direction) LIMIT 1
                    """
                guard let row = try Row.fetchOne(db.cachedStatement(sql: sql), arguments: [entity] + arguments) else { return nil }
                return try self.passage(order: row[0], index: row[1])
            }
            guard let passage else { return try first("", []) }
            if passage.article < 0 { return forward ? try first("", []) : nil }
            if passage.article >= articleCount { return forward ? nil : try first("", []) }
            // Two seeks: later (earlier) in the same article, else in the next (previous) article.
            let key = rows.orders[passage.article]
            let sign = forward ? ">" : "<"
            return try first("AND path_order = ? AND idx \(sign) ?", [key, passage.passage])
                ?? first("AND path_order \(sign) ?", [key])
        }
    }

    /// Distinct articles in the entity's postings: the linker's candidates.
    func postingCount(_ entity: Int) -> Int {
        postingArticles.indices.contains(entity) ? postingArticles[entity] : 0
    }

    /// Keys of the articles in the entity's postings, ascending.
    func articleOrders(of entity: Int, _ db: Database) throws -> [Int64] {
        try Int64.fetchAll(db.cachedStatement(sql: """
            SELECT DISTINCT path_order FROM postings WHERE entity = ? ORDER BY path_order
            """), arguments: [entity])
    }

    func passage(order: Int64, index: Int) throws -> PassageID {
        guard let article = rows.position(ofOrder: order) else { throw orderMissing(order) }
        return PassageID(article: article, passage: index)
    }

    private func orderMissing(_ order: Int64) -> IndexReader.Damaged {
        IndexReader.Damaged(description: "a posting for no article (key \(order))")
    }
}
