import Foundation

/// The linker's vectors of recently scored articles, built on demand from the library and the
/// term statistics, so moving the cursor within an article or to a neighbouring passage (the
/// same entities, the same candidate articles) does not read or tokenise them again.
///
/// Bounded: at most `capacity` articles are kept, the least recently used dropped first, and
/// the term ids they share start over when more than `maximumTerms` distinct terms were seen.
/// Every batch is assembled under one lock from one generation of term ids, so the vectors a
/// query compares always agree; missing articles are read and tokenised outside the lock, in
/// parallel when there are many, and only their term ids mapped under it.
final class ArticleVectorCache: @unchecked Sendable {
    /// About 4 KB an article on news text: some 16 MB when full, and room for the candidates
    /// of every entity of a passage (`PassageLinker.candidateLimit` each).
    static let defaultCapacity = 4_096
    /// About 40 bytes a term (its bytes, hash, table slots and document frequency): 8 MB at most.
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
    let articlesPerWorker: Int
    private let library: any ArticleLibrary
    private let statistics: any TermStatistics
    private let lock = NSLock()
    // Guarded by `lock`:
    /// The term ids every article held shares.
    private var vocabulary = Vocabulary()
    /// Per term id, its document frequency, or -1 until asked.
    private var documentFrequency: [Int32] = []
    private var entries: [Int: (vectors: ArticleVectors, lastUse: UInt64)] = [:]
    private var clock: UInt64 = 0
    private var builtCount = 0

    /// - Parameter articlesPerWorker: the fewest articles a worker tokenises: fewer are not
    ///   worth a thread.
    init(library: any ArticleLibrary, terms: any TermStatistics, capacity: Int = defaultCapacity,
         maximumTerms: Int = defaultMaximumTerms, articlesPerWorker: Int = 16) {
        self.library = library
        statistics = terms
        self.capacity = max(capacity, 1)
        self.maximumTerms = maximumTerms
        self.articlesPerWorker = max(articlesPerWorker, 1)
    }

    /// Articles held now.
    var count: Int { lock.withLock { entries.count } }
    /// Articles read and tokenised so far.
    var built: Int { lock.withLock { builtCount } }

    /// The vectors of `source`'s article and of `candidates`, built for those not held.
    func batch(source: PassageID, candidates: [Int]) -> Batch {
        let wanted = [source.article] + candidates
        let missing = lock.withLock { Self.unique(wanted.filter { entries[$0] == nil }) }
        let drafted = draft(missing)

        return lock.withLock {
            if vocabulary.count > maximumTerms { startOver() }
            clock += 1
            var ready: [Int: ArticleTerms] = [:]
            adopt(drafted, into: &ready)
            // Dropped since by another batch, or by starting over: tokenised under the lock.
            let late = Self.unique(wanted.filter { entries[$0] == nil && ready[$0] == nil })
            if !late.isEmpty { adopt(draft(late), into: &ready) }

            lookUpDocumentFrequencies(of: ready.values)
            let passages = statistics.contentPassageCount
            var vectors: [ArticleVectors] = []
            vectors.reserveCapacity(wanted.count)
            for article in wanted {
                if let entry = entries[article] {
                    entries[article]!.lastUse = clock
                    vectors.append(entry.vectors)
                } else {
                    let built = ArticleVectors(ready[article]!, documentFrequency: { Int(self.documentFrequency[Int($0)]) },
                                               passages: passages)
                    entries[article] = (built, clock)
                    builtCount += 1
                    vectors.append(built)
                }
            }
            evict()
            return assemble(vectors, source: source)
        }
    }

    /// Reads and tokenises `articles`, in parallel when there are many: each worker counts with
    /// its own `TermCounter`, so nothing here touches the cache.
    private func draft(_ articles: [Int]) -> [(terms: Vocabulary, articles: [ArticleTerms])] {
        guard !articles.isEmpty else { return [] }
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, max(1, articles.count / articlesPerWorker))
        let groups = (0..<workers).map { w in Array(articles[w * articles.count / workers..<(w + 1) * articles.count / workers]) }
        let library = library
        let work: @Sendable ([Int]) -> (terms: Vocabulary, articles: [ArticleTerms]) = { group in
            var counter = TermCounter()
            let table = library.entities
            var parents: [Int: Int?] = [:]
            let parent = { (entity: Int) -> Int? in
                if let known = parents[entity] { return known }
                let found = entity < table.entities.count ? table.parent(of: entity) : nil
                parents[entity] = found
                return found
            }
            let drafts = group.map { article in
                ArticleTerms(article: article, library.article(article), library.tags(article), counter: &counter, parent: parent)
            }
            return (counter.vocabulary, drafts)
        }
        return workers == 1 ? [work(groups[0])] : Parallel.map(groups, work)
    }

    /// Maps drafted term ids to the cache's.
    private func adopt(_ drafts: [(terms: Vocabulary, articles: [ArticleTerms])], into ready: inout [Int: ArticleTerms]) {
        for draft in drafts {
            let ids = (0..<Int32(draft.terms.count)).map { vocabulary.intern($0, of: draft.terms) }
            for var terms in draft.articles {
                terms.renameTerms(ids)
                ready[terms.article] = terms
            }
        }
    }

    private static func unique(_ articles: [Int]) -> [Int] {
        var seen = Set<Int>()
        return articles.filter { seen.insert($0).inserted }
    }

    /// Asks the statistics, at once, for the terms of `drafts` not asked about before.
    private func lookUpDocumentFrequencies(of drafts: Dictionary<Int, ArticleTerms>.Values) {
        if documentFrequency.count < vocabulary.count {
            documentFrequency += repeatElement(-1, count: vocabulary.count - documentFrequency.count)
        }
        var unknown: [Int32] = []
        for draft in drafts {
            for term in draft.termIDs where documentFrequency[Int(term)] < 0 {
                documentFrequency[Int(term)] = 0
                unknown.append(term)
            }
        }
        guard !unknown.isEmpty else { return }
        let vocabulary = vocabulary
        let frequencies = statistics.documentFrequencies(unknown.map(vocabulary.term))
        for (term, frequency) in zip(unknown, frequencies) { documentFrequency[Int(term)] = Int32(clamping: frequency) }
    }

    private func assemble(_ vectors: [ArticleVectors], source: PassageID) -> Batch {
        let first = vectors[0]
        var names: [Int32: String] = [:]
        if source.passage >= 0 && source.passage < first.passageCount {
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
        vocabulary = Vocabulary()
        documentFrequency = []
        entries = [:]
    }
}
