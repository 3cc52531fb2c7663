import Foundation
import NewsCore

/// A library that answers from another and writes down every question, with its argument: how
/// the tests see that the reader asks only for what it shows. `stats` can be replaced per
/// entity, to see that a count on screen is the library's.
final class CountingLibrary: ArticleLibrary, @unchecked Sendable {
    enum Question: Hashable {
        case summary, article, tags, stats, postings, articlesMentioningAll, nextMention, articleIndexPath
    }

    private let base: any ArticleLibrary
    private let replacedStats: [Int: EntityStats]
    private let lock = NSLock()
    private var log: [(question: Question, argument: Int)] = []

    init(_ base: any ArticleLibrary, stats: [Int: EntityStats] = [:]) {
        self.base = base
        replacedStats = stats
    }

    /// The arguments `question` was asked with, in order (an entity, an article, or for
    /// `nextMention` the entity; -1 where there is no single one).
    func asked(_ question: Question) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        return log.filter { $0.question == question }.map(\.argument)
    }

    func forget() {
        lock.lock()
        log = []
        lock.unlock()
    }

    private func note(_ question: Question, _ argument: Int) {
        lock.lock()
        log.append((question, argument))
        lock.unlock()
    }

    var name: String { base.name }
    var articleCount: Int { base.articleCount }
    var problems: [LoadProblem] { base.problems }
    var entities: EntityTable { base.entities }

    func summary(_ article: Int) -> ArticleSummary {
        note(.summary, article)
        return base.summary(article)
    }

    func article(_ article: Int) -> Article {
        note(.article, article)
        return base.article(article)
    }

    func tags(_ article: Int) -> ArticleTags {
        note(.tags, article)
        return base.tags(article)
    }

    var mentionedEntityCount: Int { base.mentionedEntityCount }

    func stats(_ entity: Int) -> EntityStats {
        note(.stats, entity)
        return replacedStats[entity] ?? base.stats(entity)
    }

    func postings(_ entity: Int) -> [PassageID] {
        note(.postings, entity)
        return base.postings(entity)
    }

    func articles(mentioningAll entities: [Int]) -> [Int] {
        note(.articlesMentioningAll, entities.count == 1 ? entities[0] : -1)
        return base.articles(mentioningAll: entities)
    }

    func nextMention(of entity: Int, after passage: PassageID?, forward: Bool) -> PassageID? {
        note(.nextMention, entity)
        return base.nextMention(of: entity, after: passage, forward: forward)
    }

    func candidateArticles(for entity: Int, near source: PassageID, limit: Int) -> [Int]? {
        base.candidateArticles(for: entity, near: source, limit: limit)
    }

    func articleIndex(path: String) -> Int? {
        let found = base.articleIndex(path: path)
        note(.articleIndexPath, found ?? -1)
        return found
    }

    func articleIndices(matching suffix: String, limit: Int) -> [Int] {
        base.articleIndices(matching: suffix, limit: limit)
    }
}
