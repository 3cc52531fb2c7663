/// A library over a tagged corpus held in memory: what tests, the benchmark and small tools use.
/// Counts are computed once here, so every question is answered without a scan.
public struct TaggedLibrary: ArticleLibrary {
    public let tagged: TaggedCorpus
    private let summaries: [ArticleSummary]
    private let entityStats: [EntityStats]
    public let mentionedEntityCount: Int
    private let byPath: [String: Int]

    public init(_ tagged: TaggedCorpus) {
        self.tagged = tagged
        let articles = tagged.corpus.articles
        var stats = [EntityStats](repeating: .none, count: tagged.entities.entities.count)
        var summaries: [ArticleSummary] = []
        summaries.reserveCapacity(articles.count)
        for (k, article) in articles.enumerated() {
            var seen = Set<Int>()
            for mention in (k < tagged.mentions.count ? tagged.mentions[k] : []).joined() where mention.entity < stats.count {
                stats[mention.entity].mentions += 1
                if seen.insert(mention.entity).inserted { stats[mention.entity].articles += 1 }
            }
            summaries.append(ArticleSummary(path: article.path, title: article.title, source: article.source,
                                            wordCount: article.wordCount, entityCount: seen.count,
                                            passageCount: article.passages.count))
        }
        for (entity, passages) in tagged.postings where entity < stats.count { stats[entity].passages = passages.count }
        self.summaries = summaries
        entityStats = stats
        mentionedEntityCount = stats.reduce(0) { $0 + ($1.passages > 0 ? 1 : 0) }
        var byPath: [String: Int] = [:]
        for (k, article) in articles.enumerated() { byPath[article.path] = k }
        self.byPath = byPath
    }

    public var name: String { tagged.corpus.name }
    public var articleCount: Int { tagged.corpus.articles.count }
    public var problems: [LoadProblem] { tagged.corpus.problems }
    public var entities: EntityTable { tagged.entities }

    public func summary(_ article: Int) -> ArticleSummary { summaries[article] }
    public func article(_ article: Int) -> Article { tagged.corpus.articles[article] }

    public func tags(_ article: Int) -> ArticleTags {
        ArticleTags(mentions: article < tagged.mentions.count ? tagged.mentions[article] : [],
                    figures: article < tagged.figures.count ? tagged.figures[article] : [])
    }

    public func stats(_ entity: Int) -> EntityStats {
        entity >= 0 && entity < entityStats.count ? entityStats[entity] : .none
    }

    public func postings(_ entity: Int) -> [PassageID] { tagged.postings[entity] ?? [] }

    public func articles(mentioningAll entities: [Int]) -> [Int] {
        guard let first = entities.first else { return [] }
        var keep = Set(postings(first).map(\.article))
        for entity in entities.dropFirst() { keep.formIntersection(postings(entity).map(\.article)) }
        return keep.sorted()
    }

    public func nextMention(of entity: Int, after passage: PassageID?, forward: Bool) -> PassageID? {
        let postings = postings(entity)
        guard let passage else { return forward ? postings.first : postings.last }
        // Binary search for the first posting past `passage`.
        var lower = 0, upper = postings.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if postings[middle] <= passage { lower = middle + 1 } else { upper = middle }
        }
        if forward { return lower < postings.count ? postings[lower] : nil }
        var before = lower - 1
        while before >= 0 && postings[before] >= passage { before -= 1 }
        return before >= 0 ? postings[before] : nil
    }

    /// Every candidate is scored: a corpus held in memory is small enough.
    public func candidateArticles(for entity: Int, near source: PassageID, limit: Int) -> [Int]? { nil }

    public func articleIndex(path: String) -> Int? { byPath[path] }

    public func articleIndices(matching suffix: String, limit: Int) -> [Int] {
        var hits: [Int] = []
        for (k, article) in tagged.corpus.articles.enumerated() where hits.count < limit {
            let fileName = article.path.split(separator: "/").last ?? Substring(article.path)
            if article.path.hasSuffix(suffix) || fileName.hasPrefix(suffix) { hits.append(k) }
        }
        return hits
    }
}
