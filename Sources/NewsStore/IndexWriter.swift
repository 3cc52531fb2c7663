import Foundation
import GRDB
import NewsCore

/// Writes pipeline output into the index's tables. Callers own the transaction, so a refresh
/// commits files, articles and tags together or not at all.
enum IndexWriter {
    /// What the index remembers of a file on disk.
    struct FileRecord: Sendable, Hashable {
        var path: String
        var size: Int
        var mtime: Double
        var hash: String
        /// Why the file is not an article, when it is not.
        var problem: String?
    }

    /// Inserts the file (replacing any row with its path) and, when it is one, its article.
    /// Returns the file's row id, which is also the article's.
    @discardableResult
    static func insert(_ file: FileRecord, article: Article?, _ db: Database) throws -> Int64 {
        // Cached: compiling a statement per file (GRDB's authorizer runs on every prepare)
        // cost more than the insert itself.
        try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [file.path])
        try db.cachedStatement(sql: "INSERT INTO files (path, size, mtime, hash, problem) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [file.path, file.size, file.mtime, file.hash, file.problem])
        let id = db.lastInsertedRowID
        guard let article else { return id }
        try db.cachedStatement(sql: "INSERT INTO articles (id, title, source, raw, notices) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [id, article.title, article.source, article.raw, article.notices.joined(separator: "\n")])
        let statement = try db.cachedStatement(sql: """
            INSERT INTO passages (article, idx, kind, text, line_start, line_end, repeat_of)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for passage in article.passages {
            try statement.execute(arguments: [id, passage.index, passage.kind.rawValue, passage.text,
                                              passage.lines.lowerBound, passage.lines.upperBound, passage.repeatOf])
        }
        return id
    }

    /// Replaces every tag table with `tagged`'s. `articleIDs[k]` is the row id of
    /// `tagged.corpus.articles[k]`.
    static func replaceTags(_ tagged: TaggedCorpus, articleIDs: [Int64], _ db: Database) throws {
        for table in ["postings", "article_tags", "aliases", "entities"] {
            try db.execute(sql: "DELETE FROM \(table)")
        }
        let entity = try db.makeStatement(sql: "INSERT INTO entities (id, name, type, parent, origin) VALUES (?, ?, ?, ?, ?)")
        let alias = try db.makeStatement(sql: "INSERT INTO aliases (entity, position, text, exact_case) VALUES (?, ?, ?, ?)")
        for item in tagged.entities.entities {
            try entity.execute(arguments: [item.id, item.name, item.type.rawValue, item.parent, item.origin.rawValue])
            for (position, spelling) in item.aliases.enumerated() {
                try alias.execute(arguments: [item.id, position, spelling.text, spelling.exactCase])
            }
        }
        let tags = try db.makeStatement(sql: "INSERT INTO article_tags (article, mentions, figures) VALUES (?, ?, ?)")
        for (position, id) in articleIDs.enumerated() {
            try tags.execute(arguments: [id, Data(ArticleTagsCoding.encode(mentions: tagged.mentions[position])),
                                         Data(ArticleTagsCoding.encode(figures: tagged.figures[position]))])
        }
        try insertPostings(tagged, passageIDs: try passageRowIDs(articleIDs: articleIDs, db), db)
    }

    /// Fills `postings` from `tagged.postings`; `passageIDs` as `passageRowIDs` returns them.
    /// A million rows are common, so they go in key order (the table's B-tree grows at its end)
    /// and `postingsPerStatement` to a statement (a statement per row cost 3 µs a row).
    static func insertPostings(_ tagged: TaggedCorpus, passageIDs: [[Int64]], _ db: Database) throws {
        var values: [Int64] = []
        for (entity, passages) in tagged.postings.sorted(by: { $0.key < $1.key }) {
            let rows = passages.map { passageIDs[$0.article][$0.passage] }.sorted()
            for row in rows { values += [Int64(entity), row] }
        }
        func sql(_ rows: Int) -> String {
            "INSERT INTO postings (entity, passage) VALUES " + Array(repeating: "(?, ?)", count: rows).joined(separator: ", ")
        }
        let full = try db.makeStatement(sql: sql(postingsPerStatement))
        for start in stride(from: 0, to: values.count, by: 2 * postingsPerStatement) {
            let chunk = values[start..<min(start + 2 * postingsPerStatement, values.count)]
            let statement = chunk.count == 2 * postingsPerStatement ? full : try db.makeStatement(sql: sql(chunk.count / 2))
            try statement.execute(arguments: StatementArguments(chunk))
        }
    }

    /// Rows per INSERT statement when filling `postings` (two variables each, far below SQLite's limit).
    static let postingsPerStatement = 500

    /// `[article position][passage index]` → `passages.id`.
    static func passageRowIDs(articleIDs: [Int64], _ db: Database) throws -> [[Int64]] {
        var position: [Int64: Int] = [:]
        for (k, id) in articleIDs.enumerated() { position[id] = k }
        var result = [[Int64]](repeating: [], count: articleIDs.count)
        let rows = try Row.fetchCursor(db, sql: "SELECT id, article FROM passages ORDER BY article, idx")
        while let row = try rows.next() {
            let article: Int64 = row[1]
            if let k = position[article] { result[k].append(row[0]) }
        }
        return result
    }
}
