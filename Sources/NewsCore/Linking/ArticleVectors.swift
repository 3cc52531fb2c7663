/// One article's passages as the linker compares them: each content passage's TF-IDF vector
/// (`TermWeights`, over the term ids of the cache that built it), the entities it speaks of and
/// its figures. Immutable, so a query reads it without holding the cache's lock.
final class ArticleVectors: Sendable {
    /// Passage `p` holds entries `termStart[p]..<termStart[p + 1]`, ascending by term id, with
    /// no zero weight (a term that never links, or is in every passage).
    let termStart: [Int32]
    let termIDs: [Int32]
    let weights: [Double]
    /// See `ArticleTerms`.
    let entityStart: [Int32]
    let entityIDs: [Int32]
    let postingStart: [Int32]
    let postingIDs: [Int32]
    let isContent: [Bool]
    let figures: [[Figure]]
    private let makers: [Int: Int]

    /// Weighs `terms` with their document frequencies among `passages` content passages.
    init(_ terms: ArticleTerms, documentFrequency: (Int32) -> Int, passages: Int) {
        var termStart: [Int32] = [0], termIDs: [Int32] = [], weights: [Double] = []
        termStart.reserveCapacity(terms.termStart.count)
        termIDs.reserveCapacity(terms.termIDs.count)
        weights.reserveCapacity(terms.termIDs.count)
        for passage in 0..<terms.isContent.count {
            let range = Int(terms.termStart[passage])..<Int(terms.termStart[passage + 1])
            let passageWeights = TermWeights.normalised(
                linkCounts: Array(terms.linkCounts[range]),
                documentFrequencies: terms.termIDs[range].map(documentFrequency), passages: passages)
            for (term, weight) in zip(terms.termIDs[range], passageWeights) where weight != 0 {
                termIDs.append(term)
                weights.append(weight)
            }
            termStart.append(Int32(termIDs.count))
        }
        self.termStart = termStart
        self.termIDs = termIDs
        self.weights = weights
        entityStart = terms.entityStart
        entityIDs = terms.entityIDs
        postingStart = terms.postingStart
        postingIDs = terms.postingIDs
        isContent = terms.isContent
        figures = terms.figures
        makers = terms.makers
    }

    var passageCount: Int { isContent.count }

    func terms(_ passage: Int) -> Range<Int> { Int(termStart[passage])..<Int(termStart[passage + 1]) }

    func entities(_ passage: Int) -> ArraySlice<Int32> {
        entityIDs[Int(entityStart[passage])..<Int(entityStart[passage + 1])]
    }

    /// Whether the passage is in the entity's postings: it names the entity, or a product of it.
    func names(_ entity: Int, in passage: Int) -> Bool {
        postingIDs[Int(postingStart[passage])..<Int(postingStart[passage + 1])].contains(Int32(entity))
    }

    func figures(_ passage: Int) -> [Figure] { passage < figures.count ? figures[passage] : [] }

    /// The maker of a figure subject or mentioned entity of this article (itself when it has none).
    func maker(_ entity: Int) -> Int { makers[entity] ?? entity }
}
