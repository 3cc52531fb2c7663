import Foundation
import GRDB
import NewsCore

/// Changes to `discovery_names` (each candidate name's evidence summed over the stored
/// articles), gathered over a batch of articles added and removed and written in one pass, as
/// `TermCounts` does for terms. The table always sums the `article_evidence` rows, so building
/// the entity table from it gives what discovery over every stored article gives.
struct DiscoveryCounts {
    private(set) var deltas: [String: EntityDiscovery.Evidence] = [:]

    mutating func add(_ names: [String: EntityDiscovery.Evidence]) { merge(names, sign: 1) }
    mutating func remove(_ names: [String: EntityDiscovery.Evidence]) { merge(names, sign: -1) }

    private mutating func merge(_ names: [String: EntityDiscovery.Evidence], sign: Int) {
        for (name, seen) in names {
            deltas[name, default: EntityDiscovery.Evidence()].merge(EntityDiscovery.Evidence(
                articles: sign * seen.articles, occurrences: sign * seen.occurrences, midSentence: sign * seen.midSentence,
                afterHonorific: sign * seen.afterHonorific, lowercase: sign * seen.lowercase,
                organisationCues: sign * seen.organisationCues, kind: seen.kind))
        }
    }

    /// Writes one article's evidence row; its names are counted by the caller (`add`).
    static func insert(_ evidence: TagEvidence, article: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO article_evidence (article, names, figures) VALUES (?, ?, ?)")
            .execute(arguments: [article, Data(EvidenceCoding.encode(names: evidence.names)),
                                 Data(EvidenceCoding.encode(figures: evidence.figures))])
    }

    /// The stored candidate names of the file at `path`'s article, when it has evidence: what
    /// its removal takes away.
    static func stored(path: String, _ db: Database) throws -> [String: EntityDiscovery.Evidence]? {
        let blob = try Data.fetchOne(db.cachedStatement(sql: """
            SELECT article_evidence.names FROM files JOIN article_evidence ON article_evidence.article = files.id
            WHERE files.path = ?
            """), arguments: [path])
        return try blob.map { try EvidenceCoding.decodeNames([UInt8]($0)) }
    }

    /// Applies the changes; names no article holds any more are dropped.
    func write(_ db: Database) throws {
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO discovery_names (name, kind, articles, occurrences, mid_sentence, after_honorific, lowercase,
                                         organisation_cues)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET
                articles = articles + excluded.articles, occurrences = occurrences + excluded.occurrences,
                mid_sentence = mid_sentence + excluded.mid_sentence, after_honorific = after_honorific + excluded.after_honorific,
                lowercase = lowercase + excluded.lowercase, organisation_cues = organisation_cues + excluded.organisation_cues
            """)
        let prune = try db.cachedStatement(sql: "DELETE FROM discovery_names WHERE name = ? AND articles <= 0")
        for (name, delta) in deltas where delta != EntityDiscovery.Evidence(kind: delta.kind) {
            try upsert.execute(arguments: [name, EvidenceCoding.kindCode(delta.kind), delta.articles, delta.occurrences,
                                           delta.midSentence, delta.afterHonorific, delta.lowercase, delta.organisationCues])
            if delta.articles < 0 { try prune.execute(arguments: [name]) }
        }
    }

    /// The summed evidence discovery needs (`EntityDiscovery.lookups`): the names in two articles
    /// or more, and the few others it looks up, not the many seen once.
    static func recurring(_ db: Database) throws -> [String: EntityDiscovery.Evidence] {
        var evidence: [String: EntityDiscovery.Evidence] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT name, kind, articles, occurrences, mid_sentence, after_honorific, lowercase, organisation_cues
            FROM discovery_names WHERE articles >= \(EntityDiscovery.minimumArticles)
            """)
        while let row = try rows.next() { evidence[row[0]] = try Self.evidence(row) }
        let lookup = try db.cachedStatement(sql: """
            SELECT name, kind, articles, occurrences, mid_sentence, after_honorific, lowercase, organisation_cues
            FROM discovery_names WHERE name = ?
            """)
        for name in EntityDiscovery.lookups(for: evidence.keys) where evidence[name] == nil {
            if let row = try Row.fetchOne(lookup, arguments: [name]) { evidence[name] = try Self.evidence(row) }
        }
        return evidence
    }

    private static func evidence(_ row: Row) throws -> EntityDiscovery.Evidence {
        EntityDiscovery.Evidence(articles: row[2], occurrences: row[3], midSentence: row[4], afterHonorific: row[5],
                                 lowercase: row[6], organisationCues: row[7], kind: try EvidenceCoding.kind(row[1]))
    }
}
