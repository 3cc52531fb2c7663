import Foundation

/// Finds, for a passage and one of its entities, the passages of other articles that mention the
/// same entity, ranked by how closely they speak to the same point (see `RelatedPassage` for the
/// score).
///
/// Built once per tagged corpus (word vectors, entity sets, entity rarity); `related(to:…)` runs on
/// demand and costs one sparse dot product per candidate passage plus a top-k heap, so an entity
/// with tens of thousands of passages still answers quickly.
public struct PassageLinker: Sendable {
    public let tagged: TaggedCorpus
    public let terms: TermIndex
    /// Slot `s` speaks of entities `entityIDs[entityStart[s]..<entityStart[s + 1]]`, ascending,
    /// the parents of mentioned products included.
    private let entityStart: [Int32]
    private let entityIDs: [Int32]
    /// Up to 0.1 per shared entity: 0.1 · ln(N / passages) / ln(N), so an entity that is
    /// everywhere adds nothing.
    private let entityBonus: [Double]

    public static let maximumEntityScore = 0.3

    /// - Parameter terms: pass the index already built for search to avoid tokenising twice.
    public init(_ tagged: TaggedCorpus, terms: TermIndex? = nil) {
        self.tagged = tagged
        let terms = terms ?? TermIndex(tagged)
        self.terms = terms

        var entityStart: [Int32] = [0]
        entityStart.reserveCapacity(terms.slotCount + 1)
        var entityIDs: [Int32] = []
        var scratch: [Int32] = []
        // parent(of:) looks the parent up by name; once per entity, not per mention.
        let parents = tagged.entities.entities.indices.map { tagged.entities.parent(of: $0) }
        for (articleIndex, article) in tagged.corpus.articles.enumerated() {
            let mentions = articleIndex < tagged.mentions.count ? tagged.mentions[articleIndex] : []
            for passageIndex in article.passages.indices {
                scratch.removeAll(keepingCapacity: true)
                if passageIndex < mentions.count {
                    for mention in mentions[passageIndex] {
                        scratch.append(Int32(mention.entity))
                        if let parent = parents[mention.entity] { scratch.append(Int32(parent)) }
                    }
                }
                scratch.sort()
                var last: Int32 = -1
                for id in scratch where id != last {
                    entityIDs.append(id)
                    last = id
                }
                entityStart.append(Int32(entityIDs.count))
            }
        }
        self.entityStart = entityStart
        self.entityIDs = entityIDs

        let total = Double(max(terms.contentPassageCount, 2))
        var entityBonus = [Double](repeating: 0, count: tagged.entities.entities.count)
        for (entity, passages) in tagged.postings where entity < entityBonus.count {
            let rarity = log(total / Double(max(passages.count, 1))) / log(total)
            entityBonus[entity] = 0.1 * min(max(rarity, 0), 1)
        }
        self.entityBonus = entityBonus
    }

    /// A passage that does not name the entity but sits in an article that does ("The questionable
    /// part is whether roughly $6 million…" in a story about DeepSeek) is a candidate too, at this
    /// share of its score and only when that reaches `articleContextThreshold`: on-point passages
    /// come in, the rest of the article does not flood the list.
    public static let articleContextFactor = 0.8
    public static let articleContextThreshold = 0.15

    /// The passages related to `source` through `entity`, best first; with `entity` nil, those of
    /// every entity of the passage, grouped by entity in the order `groups(for:limit:)` gives.
    ///
    /// Candidates are the content passages of other articles that mention the entity (postings),
    /// then the other passages of those articles (see `articleContextFactor`): linear in their
    /// number, one sparse dot product each, and a heap of `limit`.
    public func related(to source: PassageID, entity: Int?, limit: Int = 10) -> [RelatedPassage] {
        guard let entity else { return groups(for: source, limit: limit).flatMap(\.passages) }
        let postings = tagged.postings[entity] ?? []
        let sourceSlot = terms.slot(of: source)
        let sourceFigures = figures(in: source)
        var best = TopK<PassageID>(limit: limit)
        var first = 0
        while first < postings.count {
            let article = postings[first].article
            var end = first
            while end < postings.count && postings[end].article == article { end += 1 }
            defer { first = end }
            guard article != source.article, article < tagged.corpus.articles.count else { continue }
            var next = first
            for passage in tagged.corpus.articles[article].passages where passage.kind.isContent {
                while next < end && postings[next].passage < passage.index { next += 1 }
                let mentionsEntity = next < end && postings[next].passage == passage.index
                let target = PassageID(article: article, passage: passage.index)
                let targetSlot = terms.slot(of: target)
                var score = terms.cosine(sourceSlot, targetSlot)
                    + sharedEntityScore(sourceSlot, targetSlot, excluding: entity)
                if !sourceFigures.isEmpty, let figure = FigureMatch.best(sourceFigures, figures(in: target), sameEntity: sameEntity) {
                    score += figure.score
                }
                if !mentionsEntity {
                    score *= Self.articleContextFactor
                    guard score >= Self.articleContextThreshold else { continue }
                }
                best.insert(target, score: score)
            }
        }
        return best.sorted().map { item in
            RelatedPassage(target: item.key, entity: entity, score: item.score,
                           why: explain(source, item.key, entity: entity))
        }
    }

    /// For each entity the passage speaks of (first mentioned first, a product's maker right after
    /// it), its related passages; entities with none are left out.
    public func groups(for source: PassageID, limit: Int = 10) -> [RelatedGroup] {
        entities(of: source).compactMap { entity in
            let passages = related(to: source, entity: entity, limit: limit)
            return passages.isEmpty ? nil : RelatedGroup(entity: entity, passages: passages)
        }
    }

    /// The entities a passage speaks of, in reading order, parents after their products.
    public func entities(of source: PassageID) -> [Int] {
        var seen = Set<Int>(), ordered: [Int] = []
        for mention in mentions(in: source) {
            if seen.insert(mention.entity).inserted { ordered.append(mention.entity) }
            if let parent = tagged.entities.parent(of: mention.entity), seen.insert(parent).inserted {
                ordered.append(parent)
            }
        }
        return ordered
    }

    /// The full "why" of one link, with the score's parts.
    public func explain(_ source: PassageID, _ target: PassageID, entity: Int) -> LinkExplanation {
        let sourceSlot = terms.slot(of: source), targetSlot = terms.slot(of: target)
        let shared = sharedEntities(sourceSlot, targetSlot, excluding: entity)
            .sorted { entityBonus[$0] > entityBonus[$1] || (entityBonus[$0] == entityBonus[$1] && $0 < $1) }
        let figure = FigureMatch.best(figures(in: source), figures(in: target), sameEntity: sameEntity)
        let postings = tagged.postings[entity] ?? []
        return LinkExplanation(
            entityMentioned: postings.binarySearch(target),
            sharedWords: terms.sharedTerms(sourceSlot, targetSlot).prefix(5).map(\.term),
            sharedEntities: shared,
            sharedEntityNames: shared.map { tagged.entities[$0].name },
            figure: figure,
            wordScore: terms.cosine(sourceSlot, targetSlot),
            entityScore: sharedEntityScore(sourceSlot, targetSlot, excluding: entity),
            figureScore: figure?.score ?? 0)
    }

    private func mentions(in id: PassageID) -> [Mention] {
        id.article < tagged.mentions.count && id.passage < tagged.mentions[id.article].count
            ? tagged.mentions[id.article][id.passage] : []
    }

    /// Two figure subjects are one entity when they are, or when one is a product of the other's
    /// maker ("DeepSeek R1" and "DeepSeek").
    private func sameEntity(_ a: Int, _ b: Int) -> Bool {
        a == b || maker(a) == maker(b)
    }

    private func maker(_ id: Int) -> Int { tagged.entities.parent(of: id) ?? id }

    private func figures(in id: PassageID) -> [Figure] {
        id.article < tagged.figures.count && id.passage < tagged.figures[id.article].count
            ? tagged.figures[id.article][id.passage] : []
    }

    private func sharedEntityScore(_ a: Int, _ b: Int, excluding excluded: Int) -> Double {
        var i = Int(entityStart[a]), j = Int(entityStart[b])
        let iEnd = Int(entityStart[a + 1]), jEnd = Int(entityStart[b + 1])
        var sum = 0.0
        while i < iEnd && j < jEnd {
            let x = entityIDs[i], y = entityIDs[j]
            if x == y {
                if Int(x) != excluded, Int(x) < entityBonus.count { sum += entityBonus[Int(x)] }
                i += 1; j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return min(sum, Self.maximumEntityScore)
    }

    private func sharedEntities(_ a: Int, _ b: Int, excluding excluded: Int) -> [Int] {
        let lhs = entityIDs[Int(entityStart[a])..<Int(entityStart[a + 1])]
        let rhs = Set(entityIDs[Int(entityStart[b])..<Int(entityStart[b + 1])])
        return lhs.filter { rhs.contains($0) && Int($0) != excluded }.map(Int.init)
    }
}

extension Array where Element == PassageID {
    /// Whether the sorted array holds `id`.
    func binarySearch(_ id: PassageID) -> Bool {
        var lower = 0, upper = count
        while lower < upper {
            let middle = (lower + upper) / 2
            if self[middle] < id { lower = middle + 1 } else { upper = middle }
        }
        return lower < count && self[lower] == id
    }
}
