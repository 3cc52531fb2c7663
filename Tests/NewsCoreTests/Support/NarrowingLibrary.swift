import Foundation
@testable import NewsCore

/// A `TaggedLibrary` that narrows every entity's candidates to the articles given, as a store
/// that searches text does for common entities, and records what the linker asked.
struct NarrowingLibrary: ArticleLibrary {
    let base: TaggedLibrary
    let picks: [Int]
    let asked = Asked()

    /// The `candidateArticles` calls made, as (entity, source, limit).
    final class Asked: @unchecked Sendable {
        private let lock = NSLock()
        private var calls: [(entity: Int, source: PassageID, limit: Int)] = []
        func append(_ call: (entity: Int, source: PassageID, limit: Int)) { lock.withLock { calls.append(call) } }
        var all: [(entity: Int, source: PassageID, limit: Int)] { lock.withLock { calls } }
    }

    func candidateArticles(for entity: Int, near source: PassageID, limit: Int) -> [Int]? {
        asked.append((entity, source, limit))
        return picks
    }

    var name: String { base.name }
    var articleCount: Int { base.articleCount }
    var problems: [LoadProblem] { base.problems }
    var entities: EntityTable { base.entities }
    var mentionedEntityCount: Int { base.mentionedEntityCount }
    func summary(_ article: Int) -> ArticleSummary { base.summary(article) }
    func article(_ article: Int) -> Article { base.article(article) }
    func tags(_ article: Int) -> ArticleTags { base.tags(article) }
    func stats(_ entity: Int) -> EntityStats { base.stats(entity) }
    func postings(_ entity: Int) -> [PassageID] { base.postings(entity) }
    func articles(mentioningAll entities: [Int]) -> [Int] { base.articles(mentioningAll: entities) }
    func nextMention(of entity: Int, after passage: PassageID?, forward: Bool) -> PassageID? {
        base.nextMention(of: entity, after: passage, forward: forward)
    }
    func articleIndex(path: String) -> Int? { base.articleIndex(path: path) }
    func articleIndices(matching suffix: String, limit: Int) -> [Int] { base.articleIndices(matching: suffix, limit: limit) }
}
