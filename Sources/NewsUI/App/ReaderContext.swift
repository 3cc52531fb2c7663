import NewsCore

/// What never changes while reading: the index, counts computed once at start, and the wrap
/// cache. One reference shared by every copy of the state, so copying a state stays cheap.
final class ReaderContext: Sendable {
    let index: NewsIndex
    /// Distinct entities per article, for the article list.
    let entityCounts: [Int]
    /// Content words per article (the Article pane's title row).
    let wordCounts: [Int]
    /// Per entity: mentions and articles, for the entity picker.
    let entityStats: [Int: (mentions: Int, articles: Int)]
    let lines = ArticleLinesCache()

    init(index: NewsIndex) {
        self.index = index
        entityCounts = index.corpus.articles.indices.map(index.entityCount(inArticle:))
        wordCounts = index.corpus.articles.map(\.wordCount)
        entityStats = index.mentionCounts()
    }

    var articles: [Article] { index.corpus.articles }

    func mentions(_ article: Int, _ passage: Int) -> [Mention] {
        guard article < index.tagged.mentions.count, passage < index.tagged.mentions[article].count else { return [] }
        return index.tagged.mentions[article][passage]
    }

    /// Whether a mention counts for `entity`: the entity itself or a product named after it.
    func mention(_ mention: Mention, isOf entity: Int) -> Bool {
        mention.entity == entity || index.entities.parent(of: mention.entity) == entity
    }
}
