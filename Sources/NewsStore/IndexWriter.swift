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

    /// Inserts the file (replacing any row with its path) and, when it is one, its article: its
    /// passages as rows `first_passage + idx`, and its summary row. Returns the file's row id,
    /// which is also the article's.
    ///
    /// - Parameter order: the article's `path_order`; nil leaves it for `PathOrder.assign`.
    @discardableResult
    static func insert(_ file: FileRecord, article: Article?, order: Int64? = nil, _ db: Database) throws -> Int64 {
        // Cached: compiling a statement per file (GRDB's authorizer runs on every prepare)
        // cost more than the insert itself.
        try db.cachedStatement(sql: "DELETE FROM files WHERE path = ?").execute(arguments: [file.path])
        try db.cachedStatement(sql: "INSERT INTO files (path, size, mtime, hash, problem) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [file.path, file.size, file.mtime, file.hash, file.problem])
        let id = db.lastInsertedRowID
        guard let article else { return id }
        try db.cachedStatement(sql: "INSERT INTO articles (id, raw, notices) VALUES (?, ?, ?)")
            .execute(arguments: [id, article.raw, article.notices.joined(separator: "\n")])
        let first = try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM passages")) ?? 1
        let statement = try db.cachedStatement(sql: """
            INSERT INTO passages (id, article, idx, kind, text, line_start, line_end, repeat_of)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (offset, passage) in article.passages.enumerated() {
            try statement.execute(arguments: [first + Int64(offset), id, passage.index, passage.kind.rawValue, passage.text,
                                              passage.lines.lowerBound, passage.lines.upperBound, passage.repeatOf])
        }
        try db.cachedStatement(sql: """
            INSERT INTO summaries (article, path, path_order, first_passage, passages, words, title, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id, article.path, order, first, article.passages.count, article.wordCount,
                                     article.title, article.source])
        return id
    }

    /// Replaces every tag table with `tagged`'s. `articleIDs[k]` is the row id of
    /// `tagged.corpus.articles[k]`. Puts the articles in path order first: postings are keyed by it.
    static func replaceTags(_ tagged: TaggedCorpus, articleIDs: [Int64], _ db: Database) throws {
        try PathOrder.assign(db)
        for table in ["postings", "article_tags", "aliases", "entities", "entity_stats"] {
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
        try insertArticleTags(tagged, articleIDs: articleIDs, db)
        try insertPostings(tagged, articleIDs: articleIDs, db)
        try insertEntityStats(tagged, db)
    }

    /// Adds the tags of articles that have none, tagged against the stored entity table:
    /// their tag rows, their postings, and their share of `entity_stats`. Articles must be in
    /// path order (`PathOrder.assign`).
    static func addTags(_ tagged: TaggedCorpus, articleIDs: [Int64], _ db: Database) throws {
        try insertArticleTags(tagged, articleIDs: articleIDs, db)
        try insertPostings(tagged, articleIDs: articleIDs, db)
        var stats = EntityStatsChange()
        stats.add(tagged)
        try stats.write(db)
    }

    /// One `article_tags` row per article, and its count of distinct entities in `summaries`.
    private static func insertArticleTags(_ tagged: TaggedCorpus, articleIDs: [Int64], _ db: Database) throws {
        let tags = try db.cachedStatement(sql: "INSERT INTO article_tags (article, mentions, figures) VALUES (?, ?, ?)")
        let entityCount = try db.cachedStatement(sql: "UPDATE summaries SET entities = ? WHERE article = ?")
        for (position, id) in articleIDs.enumerated() {
            try tags.execute(arguments: [id, Data(ArticleTagsCoding.encode(mentions: tagged.mentions[position])),
                                         Data(ArticleTagsCoding.encode(figures: tagged.figures[position]))])
            try entityCount.execute(arguments: [Set(tagged.mentions[position].joined().map(\.entity)).count, id])
        }
    }

    /// Fills `postings` from `tagged.postings`, each row with the passage's article, its key in
    /// path order (read from `summaries`, which must be ordered) and the mentions search's bonus
    /// counts. A million rows are common, so they go in key order (the table's B-tree grows at
    /// its end) and `postingsPerStatement` to a statement (a statement per row cost 3 µs a row).
    static func insertPostings(_ tagged: TaggedCorpus, articleIDs: [Int64], _ db: Database) throws {
        var orderOf: [Int64: Int64] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT article, path_order FROM summaries")
        while let row = try cursor.next() {
            guard let order: Int64 = row[1] else { throw IndexReader.Damaged(description: "articles not in path order") }
            orderOf[row[0]] = order
        }
        let orders = try articleIDs.map { id in
            guard let order = orderOf[id] else { throw IndexReader.Damaged(description: "no summary for article row \(id)") }
            return order
        }
        let parents = tagged.entities.entities.indices.map(tagged.entities.parent(of:))
        var values: [Int64] = []
        var rows: [(order: Int64, passage: Int, article: Int64, mentions: Int)] = []
        for (entity, passages) in tagged.postings.sorted(by: { $0.key < $1.key }) {
            rows.removeAll(keepingCapacity: true)
            for passage in passages {
                var mentions = 0
                for mention in tagged.mentions[passage.article][passage.passage]
                where mention.entity == entity || parents[mention.entity] == entity {
                    mentions += 1
                }
                rows.append((orders[passage.article], passage.passage, articleIDs[passage.article], mentions))
            }
            rows.sort { ($0.order, $0.passage) < ($1.order, $1.passage) }
            for row in rows {
                values.append(Int64(entity))
                values.append(row.order)
                values.append(Int64(row.passage))
                values.append(row.article)
                values.append(Int64(row.mentions))
            }
        }
        let width = 5
        func sql(_ rows: Int) -> String {
            "INSERT INTO postings (entity, path_order, idx, article, mentions) VALUES "
                + Array(repeating: "(?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        }
        let full = try db.makeStatement(sql: sql(postingsPerStatement))
        for start in stride(from: 0, to: values.count, by: width * postingsPerStatement) {
            let chunk = values[start..<min(start + width * postingsPerStatement, values.count)]
            let statement = chunk.count == width * postingsPerStatement ? full : try db.makeStatement(sql: sql(chunk.count / width))
            try statement.execute(arguments: StatementArguments(chunk))
        }
    }

    /// Replaces search's stored answers for head terms (`HeadTerms.rebuild`) and the passage
    /// lengths its scoring reads (`PassageLengths`), and marks them current.
    static func replaceHeadTerms(_ db: Database) throws {
        try HeadTerms.rebuild(db)
        try PassageLengths.rebuild(db)
        try IndexMeta.set(IndexMeta.headTerms, "1", db)
    }

    /// Rows per INSERT statement when filling `postings` (five variables each, far below
    /// SQLite's limit of 32,766).
    static let postingsPerStatement = 500

    /// Fills `entity_stats` with what `EntityStats` says of each entity, and the articles in
    /// its postings (how many candidates the linker would score).
    static func insertEntityStats(_ tagged: TaggedCorpus, _ db: Database) throws {
        let count = tagged.entities.entities.count
        var mentions = [Int](repeating: 0, count: count), articles = mentions
        for article in tagged.mentions {
            var seen = Set<Int>()
            for mention in article.joined() where mention.entity < count {
                mentions[mention.entity] += 1
                if seen.insert(mention.entity).inserted { articles[mention.entity] += 1 }
            }
        }
        let statement = try db.makeStatement(sql: """
            INSERT INTO entity_stats (entity, mentions, articles, passages, posting_articles) VALUES (?, ?, ?, ?, ?)
            """)
        for entity in 0..<count {
            let passages = tagged.postings[entity] ?? []
            var postingArticles = 0, last = -1
            for passage in passages where passage.article != last {
                postingArticles += 1
                last = passage.article
            }
            try statement.execute(arguments: [entity, mentions[entity], articles[entity], passages.count, postingArticles])
        }
    }

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
