/// Where the reader and the commands read a tagged corpus from, one article at a time.
///
/// A corpus of 200,000 articles cannot be held in memory to show its first screen, so nothing
/// above this protocol asks for "all articles": it asks for a summary of row k, one article,
/// one article's tags, or a question about an entity that the store answers with an index.
/// `TaggedLibrary` answers from a `TaggedCorpus` in memory; NewsStore's library answers from
/// SQLite and loads what is asked for.
///
/// Articles are numbered 0..<articleCount in path order (the loader's order); passages by
/// `PassageID` as everywhere else.
public protocol ArticleLibrary: Sendable {
    /// Shown in the reader's header: the folder's name, or "N files".
    var name: String { get }
    var articleCount: Int { get }
    /// Files that were skipped, and why.
    var problems: [LoadProblem] { get }
    var entities: EntityTable { get }
    /// Entities with a passage in their postings: the corpus's entities, as the reader counts
    /// them (a catalog entry no article names is not one).
    var mentionedEntityCount: Int { get }

    /// What the article list and search results show of an article, without its text.
    func summary(_ article: Int) -> ArticleSummary
    /// The whole article: raw text and passages.
    func article(_ article: Int) -> Article
    /// An article's mentions and figures, per passage (as many entries as it has passages).
    func tags(_ article: Int) -> ArticleTags
    /// How often an entity is mentioned, and where: the picker's counts and the linker's rarity.
    func stats(_ entity: Int) -> EntityStats
    /// Passages that mention the entity, directly or through a product named after it, in
    /// corpus order. Linear in the entity's mentions: for commands and tests, not keystrokes.
    func postings(_ entity: Int) -> [PassageID]
    /// Articles (ascending) with a passage speaking of every entity given.
    func articles(mentioningAll entities: [Int]) -> [Int]
    /// The first passage after `passage` (before it when `forward` is false) that mentions the
    /// entity, without wrapping; nil `passage` means from the start (or the end).
    func nextMention(of entity: Int, after passage: PassageID?, forward: Bool) -> PassageID?
    /// Articles the linker should score for `source` through `entity`: nil means every article
    /// that mentions the entity. A library that can search text returns, for an entity found in
    /// more than `limit` articles, the `limit` articles whose words are closest to the source
    /// passage, so one keystroke never scores a hundred thousand candidates.
    func candidateArticles(for entity: Int, near source: PassageID, limit: Int) -> [Int]?
    /// The article whose path is exactly `path`.
    func articleIndex(path: String) -> Int?
    /// Articles whose path ends with `suffix` or whose file name starts with it, at most
    /// `limit` of them (the CLI's `ARTICLE` argument).
    func articleIndices(matching suffix: String, limit: Int) -> [Int]
}

extension ArticleLibrary {
    public func passage(_ id: PassageID) -> Passage { article(id.article).passages[id.passage] }

    public func mentions(in id: PassageID) -> [Mention] {
        let tags = tags(id.article)
        return id.passage < tags.mentions.count ? tags.mentions[id.passage] : []
    }

    public func figures(in id: PassageID) -> [Figure] {
        let tags = tags(id.article)
        return id.passage < tags.figures.count ? tags.figures[id.passage] : []
    }

    /// An article by exact path, else by a unique path suffix or file-name prefix ("003" finds
    /// "seeds/003_x.txt").
    public func articleIndex(named name: String) -> Int? {
        if let exact = articleIndex(path: name) { return exact }
        let hits = articleIndices(matching: name, limit: 2)
        return hits.count == 1 ? hits[0] : nil
    }

    /// Entities a passage speaks of: those mentioned plus the parents of mentioned products.
    public func entityIDs(in id: PassageID) -> Set<Int> {
        var ids = Set<Int>()
        for mention in mentions(in: id) {
            ids.insert(mention.entity)
            if let parent = entities.parent(of: mention.entity) { ids.insert(parent) }
        }
        return ids
    }
}

/// An article as a list row: no text, no tags.
public struct ArticleSummary: Sendable, Hashable {
    public var path: String
    public var title: String
    public var source: String?
    /// Words in content passages (`Article.wordCount`).
    public var wordCount: Int
    /// Distinct entities mentioned.
    public var entityCount: Int
    public var passageCount: Int

    public init(path: String, title: String, source: String?, wordCount: Int, entityCount: Int, passageCount: Int) {
        self.path = path
        self.title = title
        self.source = source
        self.wordCount = wordCount
        self.entityCount = entityCount
        self.passageCount = passageCount
    }
}

/// One article's tags, per passage, each list sorted by range start.
public struct ArticleTags: Sendable, Hashable {
    public var mentions: [[Mention]]
    public var figures: [[Figure]]

    public init(mentions: [[Mention]], figures: [[Figure]]) {
        self.mentions = mentions
        self.figures = figures
    }
}

/// How much of the corpus speaks of one entity.
public struct EntityStats: Sendable, Hashable {
    /// Mentions of the entity itself (a product's mentions are not its maker's).
    public var mentions: Int
    /// Articles with such a mention.
    public var articles: Int
    /// Passages in its postings (products count for their maker): the linker's rarity.
    public var passages: Int

    public init(mentions: Int, articles: Int, passages: Int) {
        self.mentions = mentions
        self.articles = articles
        self.passages = passages
    }

    public static let none = EntityStats(mentions: 0, articles: 0, passages: 0)
}
