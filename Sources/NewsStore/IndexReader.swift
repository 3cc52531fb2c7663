import Foundation
import GRDB
import NewsCore

/// Reads stored articles back, without touching the files: for tagging them again.
enum IndexReader {
    /// Why a stored index cannot be read back; the caller rebuilds it.
    struct Damaged: Error, CustomStringConvertible {
        var description: String
    }

    /// Articles in path order (the loader's order) and problems: what a re-tag reads.
    static func corpus(named name: String, _ db: Database) throws -> (Corpus, [Int64]) {
        var ids: [Int64] = []
        var articles: [Article] = []
        var position: [Int64: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT files.id, files.path, title, source, raw, notices
            FROM articles JOIN files ON files.id = articles.id JOIN summaries ON summaries.article = articles.id
            """)
        while let row = try rows.next() {
            let notices: String = row[5]
            position[row[0]] = articles.count
            ids.append(row[0])
            articles.append(Article(path: row[1], title: row[2], source: row[3], raw: row[4], passages: [],
                                    notices: notices.isEmpty ? [] : notices.components(separatedBy: "\n")))
        }
        let passages = try Row.fetchCursor(db, sql: """
            SELECT article, idx, kind, text, line_start, line_end, repeat_of FROM passages ORDER BY article, idx
            """)
        while let row = try passages.next() {
            guard let k = position[row[0]] else { continue }
            try append(row, to: &articles[k])
        }
        // The in-memory loader sorts by Swift's String order; keep exactly that order.
        let order = articles.indices.sorted { articles[$0].path < articles[$1].path }
        let problems = try Row.fetchAll(db, sql: "SELECT path, problem FROM files WHERE problem IS NOT NULL")
            .map { LoadProblem(path: $0[0], reason: $0[1]) }
            .sorted { $0.path < $1.path }
        return (Corpus(name: name, articles: order.map { articles[$0] }, problems: problems), order.map { ids[$0] })
    }

    /// The articles with these row ids, in that order: the few a re-tag of changed files reads.
    static func articles(ids: [Int64], _ db: Database) throws -> [Article] {
        let article = try db.cachedStatement(sql: """
            SELECT files.path, title, source, raw, notices
            FROM articles JOIN files ON files.id = articles.id JOIN summaries ON summaries.article = articles.id
            WHERE articles.id = ?
            """)
        let passages = try db.cachedStatement(sql: """
            SELECT article, idx, kind, text, line_start, line_end, repeat_of FROM passages WHERE article = ? ORDER BY idx
            """)
        return try ids.map { id in
            guard let row = try Row.fetchOne(article, arguments: [id]) else {
                throw Damaged(description: "no article row \(id)")
            }
            let notices: String = row[4]
            var result = Article(path: row[0], title: row[1], source: row[2], raw: row[3], passages: [],
                                 notices: notices.isEmpty ? [] : notices.components(separatedBy: "\n"))
            let rows = try Row.fetchCursor(passages, arguments: [id])
            while let passage = try rows.next() { try append(passage, to: &result) }
            return result
        }
    }

    /// Appends a `passages` row (article, idx, kind, text, line_start, line_end, repeat_of),
    /// which must be the article's next passage.
    private static func append(_ row: Row, to article: inout Article) throws {
        let kindName: String = row[2]
        guard let kind = PassageKind(rawValue: kindName) else { throw Damaged(description: "unknown passage kind \(kindName)") }
        let index: Int = row[1]
        guard index == article.passages.count else { throw Damaged(description: "passages out of sequence in \(article.path)") }
        let start: Int = row[4], end: Int = row[5]
        article.passages.append(Passage(index: index, kind: kind, text: row[3], lines: start..<max(start, end), repeatOf: row[6]))
    }

    /// The stored entities with their aliases.
    static func entities(_ db: Database) throws -> EntityTable {
        var entities: [Entity] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, type, parent, origin FROM entities ORDER BY id")
        while let row = try rows.next() {
            let id: Int = row[0], typeName: String = row[2], originName: String = row[4]
            guard id == entities.count, let type = EntityType(rawValue: typeName),
                  let origin = EntityOrigin(rawValue: originName) else {
                throw Damaged(description: "entity row \(id) is not readable")
            }
            entities.append(Entity(id: id, name: row[1], type: type, aliases: [], parent: row[3], origin: origin))
        }
        let aliases = try Row.fetchCursor(db, sql: "SELECT entity, text, exact_case FROM aliases ORDER BY entity, position")
        while let row = try aliases.next() {
            let id: Int = row[0]
            guard entities.indices.contains(id) else { throw Damaged(description: "alias of a missing entity") }
            entities[id].aliases.append(Alias(row[1], exactCase: row[2]))
        }
        return EntityTable(entities)
    }
}
