import Foundation
import GRDB
import NewsCore

/// Changes to `entity_stats` as articles' tags come and go while the entity table stays: what
/// each article adds to an entity's counts, summed over a batch and written in one pass.
struct EntityStatsChange {
    struct Counts: Hashable {
        var mentions = 0
        var articles = 0
        var passages = 0
        var postingArticles = 0
    }

    private(set) var deltas: [Int: Counts] = [:]

    /// One article's share, `sign` 1 when it comes and -1 when it goes: its mentions, and per
    /// entity the passages its postings hold.
    mutating func add(mentions: [[Mention]], postingPassages: [Int: Int], sign: Int) {
        var seen = Set<Int>()
        for mention in mentions.joined() {
            deltas[mention.entity, default: Counts()].mentions += sign
            if seen.insert(mention.entity).inserted { deltas[mention.entity, default: Counts()].articles += sign }
        }
        for (entity, passages) in postingPassages where passages > 0 {
            deltas[entity, default: Counts()].passages += sign * passages
            deltas[entity, default: Counts()].postingArticles += sign
        }
    }

    /// The articles of `tagged`, all coming.
    mutating func add(_ tagged: TaggedCorpus) {
        var passages = [[Int: Int]](repeating: [:], count: tagged.mentions.count)
        for (entity, ids) in tagged.postings {
            for id in ids { passages[id.article][entity, default: 0] += 1 }
        }
        for (article, mentions) in tagged.mentions.enumerated() {
            add(mentions: mentions, postingPassages: passages[article], sign: 1)
        }
    }

    /// What the stored tags of the file at `path`'s article add, taken away; nothing when the
    /// article has no tags yet.
    mutating func removeStored(path: String, _ db: Database) throws {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT files.id, article_tags.mentions FROM files JOIN article_tags ON article_tags.article = files.id
            WHERE files.path = ?
            """), arguments: [path]) else { return }
        let mentions = try ArticleTagsCoding.decodeMentions([UInt8](row[1] as Data), article: 0)
        var passages: [Int: Int] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: """
            SELECT entity, COUNT(*) FROM postings WHERE article = ? GROUP BY entity
            """), arguments: [row[0] as Int64])
        while let posting = try rows.next() { passages[posting[0]] = posting[1] }
        add(mentions: mentions, postingPassages: passages, sign: -1)
    }

    func write(_ db: Database) throws {
        let update = try db.cachedStatement(sql: """
            UPDATE entity_stats SET mentions = mentions + ?, articles = articles + ?, passages = passages + ?,
                posting_articles = posting_articles + ? WHERE entity = ?
            """)
        for (entity, delta) in deltas where delta != Counts() {
            try update.execute(arguments: [delta.mentions, delta.articles, delta.passages, delta.postingArticles, entity])
        }
    }
}
