import Foundation

/// The words of every content passage as sparse TF-IDF vectors, built once per corpus for the
/// linker (cosine similarity). Search has its own index (FTS5, in NewsStore).
///
/// Passages are addressed by a dense slot (`slot(of:)`): every passage of every article has one,
/// set-aside passages with an empty vector, so a `PassageID` maps to a slot by one addition.
public struct TermIndex: Sendable {
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
    let weights: [Float]
    /// Content passages holding each term.
    let documentFrequency: [Int32]
    /// Number of content passages: the N of every IDF.
    public let contentPassageCount: Int

    /// Indexes every word; words inside mentions and figures are kept (they count for document
    /// frequency) but weigh nothing.
    public init(_ tagged: TaggedCorpus) {
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

    /// Indexes every word of an untagged corpus, all of them linking.
    public init(_ corpus: Corpus) {
        self.init(corpus) { _ in [] }
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
        var tallies: [TermTally] = []
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
                Tokenizer.scanLowercased(passage.text, into: &wordScratch) { word, hash, range in
                    // Most words were seen before: a read-only lookup skips the mutating path's
                    // uniqueness checks on the table's arrays.
                    let surface = Int(surfaces.find(word, hash: hash) ?? surfaces.intern(word, hash: hash))
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
                        tallies.append(TermTally(slot: -1, linkCount: 0))
                        documentFrequency.append(0)
                    }
                    while nextExcluded < excluded.count && excluded[nextExcluded].upperBound <= range.lowerBound {
                        nextExcluded += 1
                    }
                    let isExcluded = nextExcluded < excluded.count && excluded[nextExcluded].overlaps(range)
                    tallies.withUnsafeMutableBufferPointer { tallies in
                        if tallies[id].slot != slot {
                            tallies[id] = TermTally(slot: slot, linkCount: 0)
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
        let idf = documentFrequency.map { Float(log(total / Double(max($0, 1)))) }
        var weights = [Float](repeating: 0, count: termIDs.count)
        for slot in 0..<slotCount {
            let lower = Int(vectorStart[slot]), upper = Int(vectorStart[slot + 1])
            guard lower < upper else { continue }
            var norm: Float = 0
            for entry in lower..<upper where linkCounts[entry] > 0 {
                let weight = (1 + log(Float(linkCounts[entry]))) * idf[Int(termIDs[entry])]
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

    /// Every term with its document frequency: what a store's own table must equal.
    public func documentFrequencyTable() -> [String: Int] {
        var table: [String: Int] = [:]
        for id in documentFrequency.indices { table[vocabulary.term(Int32(id))] = Int(documentFrequency[id]) }
        return table
    }

    public var slotCount: Int { Int(articleStart[articleStart.count - 1]) }
    public var termCount: Int { vocabulary.count }

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
        var sum: Float = 0
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
        return Double(sum)
    }

    /// The terms two passages share, heaviest contribution to their cosine first.
    func sharedTerms(_ a: Int, _ b: Int) -> [(term: String, weight: Double)] {
        var shared: [(term: String, weight: Double)] = []
        var i = Int(vectorStart[a]), j = Int(vectorStart[b])
        let iEnd = Int(vectorStart[a + 1]), jEnd = Int(vectorStart[b + 1])
        while i < iEnd && j < jEnd {
            let x = termIDs[i], y = termIDs[j]
            if x == y {
                let weight = Double(weights[i] * weights[j])
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
private struct TermTally {
    var slot: Int32
    /// Occurrences outside mentions and figures, saturating.
    var linkCount: UInt16

    @inline(__always)
    mutating func add(linking: Bool) {
        if linking && linkCount < UInt16.max { linkCount += 1 }
    }
}
