import NewsCore

/// What never changes while reading: the index, the library articles are read from, and what
/// was loaded from it lately. One reference shared by every copy of the state, so copying a
/// state stays cheap.
///
/// Nothing here looks at the whole corpus: a library of 200,000 articles must show its first
/// frame at once, so a row's counts come from `summary` when the row is drawn, an article from
/// `article` when it is shown, and an entity's counts from `stats` when it is listed.
final class ReaderContext: Sendable {
    let index: NewsIndex
    let library: any ArticleLibrary
    let entities: EntityTable
    let articleCount: Int
    let lines = ArticleLinesCache()
    let related: RelatedSource
    // A frame shows one article, a screenful of rows and a few related passages: a few dozen
    // entries hold all of it.
    private let summaries = BoundedCache<Int, ArticleSummary>(capacity: 256)
    private let articles = BoundedCache<Int, Article>(capacity: 64)
    private let articleTags = BoundedCache<Int, ArticleTags>(capacity: 64)

    /// - Parameter library: where articles are read from; `index.library` but for tests that
    ///   watch what the reader asks of it.
    init(index: NewsIndex, library: any ArticleLibrary, relatedInBackground: Bool) {
        self.index = index
        self.library = library
        related = RelatedSource(linker: index.linker, inBackground: relatedInBackground)
        entities = library.entities
        articleCount = library.articleCount
    }

    func summary(_ article: Int) -> ArticleSummary { summaries.value(article) { library.summary(article) } }

    func article(_ article: Int) -> Article { articles.value(article) { library.article(article) } }

    func tags(_ article: Int) -> ArticleTags { articleTags.value(article) { library.tags(article) } }

    func passage(_ id: PassageID) -> Passage { article(id.article).passages[id.passage] }

    func mentions(_ article: Int, _ passage: Int) -> [Mention] {
        let mentions = tags(article).mentions
        return passage < mentions.count ? mentions[passage] : []
    }

    /// Whether a mention counts for `entity`: the entity itself or a product named after it.
    func mention(_ mention: Mention, isOf entity: Int) -> Bool {
        mention.entity == entity || entities.parent(of: mention.entity) == entity
    }

    /// The passages of one article that speak of `entity` (as `nextMention` counts them:
    /// products for their maker), found through the library's postings, not the article's tags.
    func passages(speakingOf entity: Int, in article: Int) -> [PassageID] {
        var found: [PassageID] = []
        // Passage -1 sorts before the article's first passage.
        var after = PassageID(article: article, passage: -1)
        while let next = library.nextMention(of: entity, after: after, forward: true), next.article == article {
            found.append(next)
            after = next
        }
        return found
    }
}
