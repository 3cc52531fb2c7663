import Foundation

/// The linker's vectors of recently scored articles, built on demand from the library and the
/// term statistics, so moving the cursor within an article or to a neighbouring passage (the
/// same entities, the same candidate articles) does not read or tokenise them again.
///
/// Bounded: at most `capacity` articles are kept, the least recently used dropped first, and
/// the term ids they share start over when more than `maximumTerms` distinct terms were seen.
/// Every batch is assembled under one lock from one generation of term ids, so the vectors a
/// query compares always agree; library reads for missing articles happen outside the lock.
final class ArticleVectorCache: @unchecked Sendable {
    /// About 4 KB an article on news text: some 16 MB when full, and room for the candidates
    /// of every entity of a passage (`PassageLinker.candidateLimit` each).
    static let defaultCapacity = 4_096
    /// About 100 bytes a term (the term and surface tables): some 20 MB at most.
    static let defaultMaximumTerms = 200_000

    /// What one query compares: the source's article first, then the candidates' in the order
    /// asked, and the names of the source passage's terms (the only shared words it can have).
    struct Batch {
        var source: ArticleVectors
        var candidates: [ArticleVectors]
        var sourceTermNames: [Int32: String]
    }

    let capacity: Int
    let maximumTerms: Int
    private let library: any ArticleLibrary
    private let statistics: any TermStatistics
    private let lock = NSLock()
    // Guarded by `lock`:
    private var counter = TermCounter()
    /// Per term id, its document frequency, or -1 until asked.
    private var documentFrequency: [Int32] = []
    private var entries: [Int: (vectors: ArticleVectors, lastUse: UInt64)] = [:]
    private var clock: UInt64 = 0
    private var builtCount = 0

    init(library: any ArticleLibrary, terms: any TermStatistics,
         capacity: Int = defaultCapacity, maximumTerms: Int = defaultMaximumTerms) {
        self.library = library
        statistics = terms
        self.capacity = max(capacity, 1)
        self.maximumTerms = maximumTerms
    }

    /// Articles held now.
    var count: Int { lock.withLock { entries.count } }
    /// Articles read and tokenised so far.
    var built: Int { lock.withLock { builtCount } }

    /// The vectors of `source`'s article and of `candidates`, built for those not held.
    func batch(source: PassageID, candidates: [Int]) -> Batch {
        let wanted = [source.article] + candidates
        let missing = lock.withLock { wanted.filter { entries[$0] == nil } }
        var read: [Int: (Article, ArticleTags)] = [:]
        for article in missing where read[article] == nil { read[article] = (library.article(article), library.tags(article)) }

        return lock.withLock {
            if counter.termCount > maximumTerms { startOver() }
            clock += 1
            var found: [ArticleVectors?] = []
            found.reserveCapacity(wanted.count)
            var drafts: [Int: ArticleTerms] = [:]
            var draftOrder: [Int] = []
            let table = library.entities
            var parents: [Int: Int?] = [:]
            let parent = { (entity: Int) -> Int? in
                if let known = parents[entity] { return known }
                let found = entity < table.entities.count ? table.parent(of: entity) : nil
                parents[entity] = found
                return found
            }
            for article in wanted {
                if let entry = entries[article] {
                    entries[article]!.lastUse = clock
                    found.append(entry.vectors)
                    continue
                }
                found.append(nil)
                guard drafts[article] == nil else { continue }
                // Read before the lock unless another batch dropped it since, or terms started over.
                let (text, tags) = read[article] ?? (library.article(article), library.tags(article))
                drafts[article] = ArticleTerms(article: article, text, tags, counter: &counter, parent: parent)
                draftOrder.append(article)
            }
            guard !drafts.isEmpty else { return assemble(found.map { $0! }, source: source) }

            lookUpDocumentFrequencies(of: draftOrder.compactMap { drafts[$0] })
            let passages = statistics.contentPassageCount
            var built: [Int: ArticleVectors] = [:]
            for article in draftOrder {
                let vectors = ArticleVectors(drafts[article]!, documentFrequency: { Int(self.documentFrequency[Int($0)]) },
                                             passages: passages)
                built[article] = vectors
                entries[article] = (vectors, clock)
            }
            builtCount += built.count
            let vectors = zip(wanted, found).map { article, vectors in vectors ?? built[article]! }
            evict()
            return assemble(vectors, source: source)
        }
    }

    /// Asks the statistics, at once, for the terms of `drafts` not asked about before.
    private func lookUpDocumentFrequencies(of drafts: [ArticleTerms]) {
        if documentFrequency.count < counter.termCount {
            documentFrequency += repeatElement(-1, count: counter.termCount - documentFrequency.count)
        }
        var unknown: [Int32] = []
        for draft in drafts {
            for term in draft.termIDs where documentFrequency[Int(term)] < 0 {
                documentFrequency[Int(term)] = 0
                unknown.append(term)
            }
        }
        guard !unknown.isEmpty else { return }
        let vocabulary = counter.vocabulary
        let frequencies = statistics.documentFrequencies(unknown.map(vocabulary.term))
        for (term, frequency) in zip(unknown, frequencies) { documentFrequency[Int(term)] = Int32(clamping: frequency) }
    }

    private func assemble(_ vectors: [ArticleVectors], source: PassageID) -> Batch {
        let first = vectors[0]
        var names: [Int32: String] = [:]
        if source.passage >= 0 && source.passage < first.passageCount {
            // One copy of the table, not one per term.
            let vocabulary = counter.vocabulary
            for entry in first.terms(source.passage) { names[first.termIDs[entry]] = vocabulary.term(first.termIDs[entry]) }
        }
        return Batch(source: first, candidates: Array(vectors.dropFirst()), sourceTermNames: names)
    }

    /// Drops the least recently used articles, down to seven eighths of the capacity so that
    /// the sort is paid once per many batches.
    private func evict() {
        guard entries.count > capacity else { return }
        let keep = capacity - capacity / 8
        let oldest = entries.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(entries.count - keep)
        for (article, _) in oldest { entries[article] = nil }
    }

    /// Forgets every article and term: ids are only comparable within one generation.
    private func startOver() {
        counter = TermCounter()
        documentFrequency = []
        entries = [:]
    }
}
