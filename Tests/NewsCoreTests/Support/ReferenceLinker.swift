import Foundation
@testable import NewsCore

// The linker as it was before it read through `ArticleLibrary`: every passage's vector built up
// front in a `TermIndex`, entity sets and rarity from the whole `TaggedCorpus`. Kept, line for
// line, as the reference the on-demand linker must equal (`LinkEquivalenceTests`), with one
// change: weights and sums in Double instead of Float. Float sums in the index's term order
// cannot be reproduced by vectors built on demand (another term order), and differ from the
// exact value by up to ~4e-7; in Double both orders agree far below the 1e-9 compared.

/// Before: `PassageLinker`.
struct ReferenceLinker {
    let tagged: TaggedCorpus
    let terms: ReferenceTermIndex
    /// Slot `s` speaks of entities `entityIDs[entityStart[s]..<entityStart[s + 1]]`, ascending,
    /// the parents of mentioned products included.
    private let entityStart: [Int32]
    private let entityIDs: [Int32]
    /// Up to 0.1 per shared entity: 0.1 · ln(N / passages) / ln(N), so an entity that is
    /// everywhere adds nothing.
    private let entityBonus: [Double]

    init(_ tagged: TaggedCorpus) {
        self.tagged = tagged
        let terms = ReferenceTermIndex(tagged)
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

    /// The passages related to `source` through `entity`, best first; with `entity` nil, those of
    /// every entity of the passage, grouped by entity in the order `groups(for:limit:)` gives.
    ///
    /// Candidates are the content passages of other articles that mention the entity (postings),
    /// then the other passages of those articles (see `articleContextFactor`): linear in their
    /// number, one sparse dot product each, and a heap of `limit`.
    func related(to source: PassageID, entity: Int?, limit: Int = 10) -> [RelatedPassage] {
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
                    score *= PassageLinker.articleContextFactor
                    guard score >= PassageLinker.articleContextThreshold else { continue }
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
    func groups(for source: PassageID, limit: Int = 10) -> [RelatedGroup] {
        entities(of: source).compactMap { entity in
            let passages = related(to: source, entity: entity, limit: limit)
            return passages.isEmpty ? nil : RelatedGroup(entity: entity, passages: passages)
        }
    }

    /// The entities a passage speaks of, in reading order, parents after their products.
    func entities(of source: PassageID) -> [Int] {
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
    func explain(_ source: PassageID, _ target: PassageID, entity: Int) -> LinkExplanation {
        let sourceSlot = terms.slot(of: source), targetSlot = terms.slot(of: target)
        let shared = sharedEntities(sourceSlot, targetSlot, excluding: entity)
            .sorted { entityBonus[$0] > entityBonus[$1] || (entityBonus[$0] == entityBonus[$1] && $0 < $1) }
        let figure = FigureMatch.best(figures(in: source), figures(in: target), sameEntity: sameEntity)
        let postings = tagged.postings[entity] ?? []
        return LinkExplanation(
            entityMentioned: postings.referenceContains(target),
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
        return min(sum, PassageLinker.maximumEntityScore)
    }

    private func sharedEntities(_ a: Int, _ b: Int, excluding excluded: Int) -> [Int] {
        let lhs = entityIDs[Int(entityStart[a])..<Int(entityStart[a + 1])]
        let rhs = Set(entityIDs[Int(entityStart[b])..<Int(entityStart[b + 1])])
        return lhs.filter { rhs.contains($0) && Int($0) != excluded }.map(Int.init)
    }
}

/// Before: `TermIndex`.
struct ReferenceTermIndex {
    var vocabulary: Vocabulary
    /// Slot of each article's first passage; one extra entry holds the slot count.
    let articleStart: [Int32]
    /// Slot `s` holds entries `vectorStart[s]..<vectorStart[s + 1]` of the arrays below.
    let vectorStart: [Int32]
    /// Term ids, ascending within each slot.
    let termIDs: [Int32]
    /// `(1 + ln tf') · idf`, divided by the passage's vector norm: a dot product is a cosine.
    /// tf' counts only occurrences outside entity mentions and figures: those are compared as
    /// entities and figures, and counting their words again would let "United States" or
    /// "billion" outweigh the words that make a point.
    let weights: [Double]
    /// Content passages holding each term.
    let documentFrequency: [Int32]
    /// Number of content passages: the N of every IDF.
    let contentPassageCount: Int

    /// Indexes every word; words inside mentions and figures are kept (they count for document
    /// frequency) but weigh nothing.
    init(_ tagged: TaggedCorpus) {
        self.init(tagged.corpus) { id in
            var ranges: [Range<Int>] = []
            if id.article < tagged.mentions.count, id.passage < tagged.mentions[id.article].count {
                ranges += tagged.mentions[id.article][id.passage].map(\.range)
            }
            if id.article < tagged.figures.count, id.passage < tagged.figures[id.article].count {
                let figures = tagged.figures[id.article][id.passage]
                // Figures are mentions too, so usually nothing is new and no sort is needed.
                if !figures.isEmpty {
                    ranges += figures.map(\.range)
                    ranges.sort { $0.lowerBound < $1.lowerBound }
                }
            }
            return ranges
        }
    }

    /// - Parameter excludedRanges: a passage's ranges, sorted by start, whose words do not link.
    init(_ corpus: Corpus, excludedRanges: (PassageID) -> [Range<Int>]) {
        var vocabulary = Vocabulary()
        var articleStart: [Int32] = []
        articleStart.reserveCapacity(corpus.articles.count + 1)
        var slotCount = 0
        for article in corpus.articles {
            articleStart.append(Int32(slotCount))
            slotCount += article.passages.count
        }
        articleStart.append(Int32(slotCount))

        var vectorStart: [Int32] = [0]
        vectorStart.reserveCapacity(slotCount + 1)
        var termIDs: [Int32] = []
        var documentFrequency: [Int32] = []
        // Per-term scratch: the slot that last saw the term and its counts there, so a passage's
        // terms are counted without a dictionary (one array: one uniqueness check per word).
        var tallies: [ReferenceTermTally] = []
        var linkCounts: [UInt16] = []
        var seen: [Int32] = []
        // Each distinct lowercased word is classified (stop word? stem?) once, not per occurrence:
        // surface id → term id, or -1 for a stop word.
        var surfaces = Vocabulary()
        var surfaceTerm: [Int32] = []
        var stemScratch = [UInt8](repeating: 0, count: Tokenizer.maxTermBytes + 8)
        var wordScratch = [UInt8](repeating: 0, count: Tokenizer.maxTermBytes + 8)
        let stopWords = StopWords.table
        var contentPassages = 0
        var slot: Int32 = 0

        for (articleIndex, article) in corpus.articles.enumerated() {
            for passage in article.passages {
                defer { slot += 1; vectorStart.append(Int32(termIDs.count)) }
                guard passage.kind.isContent else { continue }
                contentPassages += 1
                seen.removeAll(keepingCapacity: true)
                let excluded = excludedRanges(PassageID(article: articleIndex, passage: passage.index))
                var nextExcluded = 0
                Tokenizer.scanLowercased(passage.text, into: &wordScratch) { word, key, range in
                    // Most words were seen before: a read-only lookup skips the mutating path's
                    // uniqueness checks on the table's arrays.
                    let surface = Int(surfaces.find(word, key: key) ?? surfaces.intern(word, key: key))
                    if surface == surfaceTerm.count {
                        var stemmed = word.count
                        let term = stemScratch.withUnsafeMutableBufferPointer { scratch in
                            _ = scratch.initialize(from: word)
                            let isStop = Tokenizer.classify(scratch, length: &stemmed, stopWords: stopWords)
                            return isStop ? -1 : vocabulary.intern(UnsafeBufferPointer(rebasing: scratch[0..<stemmed]))
                        }
                        surfaceTerm.append(term)
                    }
                    let termID = surfaceTerm[surface]
                    if termID < 0 { return }
                    let id = Int(termID)
                    if id == tallies.count {
                        tallies.append(ReferenceTermTally(slot: -1, linkCount: 0))
                        documentFrequency.append(0)
                    }
                    while nextExcluded < excluded.count && excluded[nextExcluded].upperBound <= range.lowerBound {
                        nextExcluded += 1
                    }
                    let isExcluded = nextExcluded < excluded.count && excluded[nextExcluded].overlaps(range)
                    tallies.withUnsafeMutableBufferPointer { tallies in
                        if tallies[id].slot != slot {
                            tallies[id] = ReferenceTermTally(slot: slot, linkCount: 0)
                            seen.append(Int32(id))
                        }
                        tallies[id].add(linking: !isExcluded)
                    }
                }
                seen.sort()
                for id in seen {
                    termIDs.append(id)
                    linkCounts.append(tallies[Int(id)].linkCount)
                    documentFrequency[Int(id)] += 1
                }
            }
        }

        // Weights need every document frequency, hence this second pass.
        let total = Double(max(contentPassages, 1))
        let idf = documentFrequency.map { log(total / Double(max($0, 1))) }
        var weights = [Double](repeating: 0, count: termIDs.count)
        for slot in 0..<slotCount {
            let lower = Int(vectorStart[slot]), upper = Int(vectorStart[slot + 1])
            guard lower < upper else { continue }
            var norm: Double = 0
            for entry in lower..<upper where linkCounts[entry] > 0 {
                let weight = (1 + log(Double(linkCounts[entry]))) * idf[Int(termIDs[entry])]
                weights[entry] = weight
                norm += weight * weight
            }
            guard norm > 0 else { continue }
            let scale = 1 / norm.squareRoot()
            for entry in lower..<upper { weights[entry] *= scale }
        }

        self.vocabulary = vocabulary
        self.articleStart = articleStart
        self.vectorStart = vectorStart
        self.termIDs = termIDs
        self.weights = weights
        self.documentFrequency = documentFrequency
        self.contentPassageCount = contentPassages
    }

    var slotCount: Int { Int(articleStart[articleStart.count - 1]) }
    var termCount: Int { vocabulary.count }

    @inline(__always) func slot(of id: PassageID) -> Int { Int(articleStart[id.article]) + id.passage }

    /// `ln(N / df)`: the weight a shared word carries.
    func inverseDocumentFrequency(_ term: Int32) -> Double {
        log(Double(max(contentPassageCount, 1)) / Double(max(documentFrequency[Int(term)], 1)))
    }

    func term(_ id: Int32) -> String { vocabulary.term(id) }

    /// Cosine similarity of two passages' TF-IDF vectors, 0…1: a merge of two sorted id lists.
    func cosine(_ a: Int, _ b: Int) -> Double {
        var i = Int(vectorStart[a]), j = Int(vectorStart[b])
        let iEnd = Int(vectorStart[a + 1]), jEnd = Int(vectorStart[b + 1])
        var sum: Double = 0
        while i < iEnd && j < jEnd {
            let x = termIDs[i], y = termIDs[j]
            if x == y {
                sum += weights[i] * weights[j]
                i += 1; j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// The terms two passages share, heaviest contribution to their cosine first.
    func sharedTerms(_ a: Int, _ b: Int) -> [(term: String, weight: Double)] {
        var shared: [(term: String, weight: Double)] = []
        var i = Int(vectorStart[a]), j = Int(vectorStart[b])
        let iEnd = Int(vectorStart[a + 1]), jEnd = Int(vectorStart[b + 1])
        while i < iEnd && j < jEnd {
            let x = termIDs[i], y = termIDs[j]
            if x == y {
                let weight = weights[i] * weights[j]
                if weight > 0 { shared.append((term(x), weight)) }
                i += 1; j += 1
            } else if x < y {
                i += 1
            } else {
                j += 1
            }
        }
        return shared.sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }
    }
}

/// A term's occurrences in the passage being indexed: `slot` says which passage the counts
/// belong to, so the scratch never needs clearing.
private struct ReferenceTermTally {
    var slot: Int32
    /// Occurrences outside mentions and figures, saturating.
    var linkCount: UInt16

    @inline(__always)
    mutating func add(linking: Bool) {
        if linking && linkCount < UInt16.max { linkCount += 1 }
    }
}

extension Array where Element == PassageID {
    /// Whether the sorted array holds `id`.
    func referenceContains(_ id: PassageID) -> Bool {
        var lower = 0, upper = count
        while lower < upper {
            let middle = (lower + upper) / 2
            if self[middle] < id { lower = middle + 1 } else { upper = middle }
        }
        return lower < count && self[lower] == id
    }
}
