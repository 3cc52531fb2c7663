import Foundation

/// Finds, for a passage and one of its entities, the passages of other articles that mention the
/// same entity, ranked by how closely they speak to the same point (see `RelatedPassage` for the
/// score).
///
/// Reads the corpus through an `ArticleLibrary` and idf through `TermStatistics`, so nothing is
/// built up front: each query reads the candidate articles, builds their passage vectors on
/// demand and keeps them in a bounded cache shared by copies of the linker
/// (`ArticleVectorCache`). A query then costs one sparse dot product per candidate passage plus
/// a top-k heap; the library may narrow an entity's candidates to `candidateLimit` articles.
public struct PassageLinker: Sendable {
    public let library: any ArticleLibrary
    public let terms: any TermStatistics
    let cache: ArticleVectorCache

    public static let maximumEntityScore = 0.3

    /// A passage that does not name the entity but sits in an article that does ("The questionable
    /// part is whether roughly $6 million…" in a story about DeepSeek) is a candidate too, at this
    /// share of its score and only when that reaches `articleContextThreshold`: on-point passages
    /// come in, the rest of the article does not flood the list.
    public static let articleContextFactor = 0.8
    public static let articleContextThreshold = 0.15

    /// Articles asked of `ArticleLibrary.candidateArticles` per entity: about 8,000 passages of
    /// news text, a millisecond or two to score from the cache and some 20 ms to read and
    /// tokenise when nothing is cached, however common the entity; and the cache holds the
    /// candidates of every entity of a passage at once.
    public static let candidateLimit = 400

    public init(library: any ArticleLibrary, terms: any TermStatistics) {
        self.init(library: library, terms: terms, cache: ArticleVectorCache(library: library, terms: terms))
    }

    init(library: any ArticleLibrary, terms: any TermStatistics, cache: ArticleVectorCache) {
        self.library = library
        self.terms = terms
        self.cache = cache
    }

    /// A linker over a corpus held in memory.
    /// - Parameter terms: pass the index already built for it to avoid tokenising twice.
    public init(_ tagged: TaggedCorpus, terms: TermIndex? = nil) {
        self.init(library: TaggedLibrary(tagged), terms: terms ?? TermIndex(tagged))
    }

    /// The passages related to `source` through `entity`, best first; with `entity` nil, those of
    /// every entity of the passage, grouped by entity in the order `groups(for:limit:)` gives.
    ///
    /// Candidates are the content passages of other articles that mention the entity (postings,
    /// or the articles `ArticleLibrary.candidateArticles` picks), then the other passages of
    /// those articles (see `articleContextFactor`).
    public func related(to source: PassageID, entity: Int?, limit: Int = 10) -> [RelatedPassage] {
        guard let entity else { return groups(for: source, limit: limit).flatMap(\.passages) }
        guard (0..<library.articleCount).contains(source.article) else { return [] }
        let articles = candidateArticles(for: entity, near: source)
        let batch = cache.batch(source: source, candidates: articles)
        guard (0..<batch.source.passageCount).contains(source.passage) else { return [] }
        let scoring = self.scoring(batch.source, source.passage, entity: entity)
        var best = TopK<PassageID>(limit: limit)
        for (article, target) in zip(articles, batch.candidates) {
            scoring.scores(target) { passage, score, namesEntity in
                var score = score
                if !namesEntity {
                    score *= Self.articleContextFactor
                    guard score >= Self.articleContextThreshold else { return }
                }
                best.insert(PassageID(article: article, passage: passage), score: score)
            }
        }
        let table = library.entities
        return best.sorted().map { item in
            let target = batch.candidates[articles.firstIndex(of: item.key.article)!]
            return RelatedPassage(target: item.key, entity: entity, score: item.score,
                                  why: explanation(scoring, target, item.key.passage, names: batch.sourceTermNames, table))
        }
    }

    /// For each entity the passage speaks of (first mentioned first, a product's maker right after
    /// it), its related passages; entities with none are left out.
    public func groups(for source: PassageID, limit: Int = 10) -> [RelatedGroup] {
        groups(for: source, limit: limit, shown: { _ in }, stop: { false }) ?? []
    }

    /// `groups(for:limit:)` one entity at a time, for a caller that shows them as they come and
    /// may give up (the reader's Related pane): `shown` gets the groups so far after each group,
    /// `stop` is asked before each entity; nil when it said stop.
    public func groups(for source: PassageID, limit: Int = 10, shown: ([RelatedGroup]) -> Void,
                       stop: () -> Bool) -> [RelatedGroup]? {
        var groups: [RelatedGroup] = []
        for entity in entities(of: source) {
            if stop() { return nil }
            let passages = related(to: source, entity: entity, limit: limit)
            guard !passages.isEmpty else { continue }
            groups.append(RelatedGroup(entity: entity, passages: passages))
            shown(groups)
        }
        return groups
    }

    /// The entities a passage speaks of, in reading order, parents after their products.
    public func entities(of source: PassageID) -> [Int] {
        guard (0..<library.articleCount).contains(source.article) else { return [] }
        let table = library.entities
        var seen = Set<Int>(), ordered: [Int] = []
        for mention in library.mentions(in: source) {
            if seen.insert(mention.entity).inserted { ordered.append(mention.entity) }
            if let parent = table.parent(of: mention.entity), seen.insert(parent).inserted {
                ordered.append(parent)
            }
        }
        return ordered
    }

    /// The full "why" of one link, with the score's parts.
    public func explain(_ source: PassageID, _ target: PassageID, entity: Int) -> LinkExplanation {
        let unknown = LinkExplanation(entityMentioned: false, sharedWords: [], sharedEntities: [], sharedEntityNames: [],
                                      figure: nil, wordScore: 0, entityScore: 0, figureScore: 0)
        let articles = 0..<library.articleCount
        guard articles.contains(source.article) && articles.contains(target.article) else { return unknown }
        let batch = cache.batch(source: source, candidates: [target.article])
        guard (0..<batch.source.passageCount).contains(source.passage),
              (0..<batch.candidates[0].passageCount).contains(target.passage) else { return unknown }
        let scoring = self.scoring(batch.source, source.passage, entity: entity)
        return explanation(scoring, batch.candidates[0], target.passage, names: batch.sourceTermNames, library.entities)
    }

    /// Every article that mentions the entity, or those the library picks; never the source's.
    private func candidateArticles(for entity: Int, near source: PassageID) -> [Int] {
        let count = library.articleCount
        if let picked = library.candidateArticles(for: entity, near: source, limit: Self.candidateLimit) {
            var seen = Set<Int>()
            return picked.filter { $0 != source.article && $0 >= 0 && $0 < count && seen.insert($0).inserted }
        }
        var articles: [Int] = []
        for id in library.postings(entity) where id.article != source.article && id.article != articles.last && id.article < count {
            articles.append(id.article)
        }
        return articles
    }

    private func scoring(_ source: ArticleVectors, _ passage: Int, entity: Int) -> LinkScoring {
        let passages = terms.contentPassageCount
        return LinkScoring(source: source, passage: passage, entity: entity) { entity in
            LinkScoring.entityBonus(passages: library.stats(entity).passages, contentPassages: passages)
        }
    }

    private func explanation(_ scoring: LinkScoring, _ target: ArticleVectors, _ passage: Int,
                             names: [Int32: String], _ table: EntityTable) -> LinkExplanation {
        let shared = scoring.sharedEntities(target, passage)
        let figure = scoring.figure(target, passage)
        return LinkExplanation(
            entityMentioned: target.names(scoring.entity, in: passage),
            sharedWords: Array(scoring.sharedWords(target, passage, names: names).prefix(5)),
            sharedEntities: shared,
            sharedEntityNames: shared.map { table[$0].name },
            figure: figure,
            wordScore: scoring.words(target, passage),
            entityScore: scoring.entityScore(target, passage),
            figureScore: figure?.score ?? 0)
    }
}
