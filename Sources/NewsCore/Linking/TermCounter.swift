/// Turns one passage's text into its linking terms: each distinct term (`Tokenizer`'s
/// normalisation: lowercased, stop words dropped, stemmed) with the number of its occurrences
/// that link, those outside entity mentions and figures.
///
/// The one place words become terms for the linker, used by `TermIndex` to count document
/// frequencies and by the linker to build a passage's vector on demand, so the two cannot
/// drift. What `count` gives depends only on the text and the ranges; the state kept is
/// memoisation (term ids, and each distinct surface word classified once, not per occurrence).
struct TermCounter {
    /// A term with its linking occurrences in one passage.
    struct Count: Equatable {
        var term: Int32
        /// Occurrences outside the excluded ranges, saturating; 0 when every one is inside.
        var linkCount: UInt16
    }

    /// Term id → term, in order of first appearance.
    private(set) var vocabulary = Vocabulary()
    /// Lowercased surface word → term id, or -1 for a stop word.
    private var surfaces = Vocabulary()
    private var surfaceTerm: [Int32] = []
    /// Per term id: 0 when not in the passage being counted, else 1 + its linking occurrences.
    private var tallies: [UInt32] = []
    /// Per term id: the passage `countDocument` last counted it for.
    private var lastPassage: [Int32] = []
    private var wordScratch = [UInt8](repeating: 0, count: Tokenizer.maxTermBytes + 8)
    private var stemScratch = [UInt8](repeating: 0, count: Tokenizer.maxTermBytes + 8)
    private let stopWords = StopWords.table

    var termCount: Int { vocabulary.count }

    /// The distinct terms of `text`, ascending by id, into `counts` (emptied first).
    /// - Parameter excluded: ranges sorted by start (`excludedRanges`) whose words do not link.
    mutating func count(_ text: String, excluding excluded: [Range<Int>], into counts: inout [Count]) {
        counts.removeAll(keepingCapacity: true)
        var nextExcluded = 0
        forEachTerm(in: text) { counter, term, range in
            let id = Int(term)
            if id == counter.tallies.count { counter.tallies.append(0) }
            while nextExcluded < excluded.count && excluded[nextExcluded].upperBound <= range.lowerBound {
                nextExcluded += 1
            }
            let links = !(nextExcluded < excluded.count && excluded[nextExcluded].overlaps(range))
            counter.tallies.withUnsafeMutableBufferPointer { tallies in
                if tallies[id] == 0 {
                    tallies[id] = 1
                    counts.append(Count(term: term, linkCount: 0))
                }
                if links && tallies[id] <= UInt32(UInt16.max) { tallies[id] += 1 }
            }
        }
        counts.sort { $0.term < $1.term }
        for index in counts.indices {
            let id = Int(counts[index].term)
            counts[index].linkCount = UInt16(tallies[id] - 1)
            tallies[id] = 0
        }
    }

    /// Adds one to `frequency[term]` for each distinct term of `text` (growing `frequency` to
    /// the vocabulary): a document frequency pass. Each term remembers the last passage that
    /// counted it (`passage`, distinct per call), so no list of the passage's terms is kept or
    /// reset, as `count` must.
    mutating func countDocument(_ text: String, passage: Int32, into frequency: inout [Int32]) {
        forEachTerm(in: text) { counter, term, _ in
            let id = Int(term)
            if id == counter.lastPassage.count {
                counter.lastPassage.append(-1)
                frequency.append(0)
            }
            if counter.lastPassage[id] != passage {
                counter.lastPassage[id] = passage
                frequency[id] += 1
            }
        }
    }

    /// Each word of `text` that is no stop word, as its term id and range; `visit` is handed the
    /// counter to update its tallies, as the scan holds it.
    @inline(__always)
    private mutating func forEachTerm(in text: String, _ visit: (inout TermCounter, Int32, Range<Int>) -> Void) {
        // Out of `self` while scanning, so the visitor may update the tables.
        var scratch: [UInt8] = []
        swap(&scratch, &wordScratch)
        defer { swap(&scratch, &wordScratch) }
        Tokenizer.scanLowercased(text, into: &scratch) { word, key, range in
            let term = term(of: word, key: key)
            if term >= 0 { visit(&self, term, range) }
        }
    }

    /// The term id of a lowercased surface word, or -1 for a stop word. Most words were seen
    /// before: a read-only lookup skips the mutating path's uniqueness checks on the table's
    /// arrays.
    @inline(__always)
    private mutating func term(of word: UnsafeBufferPointer<UInt8>, key: Vocabulary.Key) -> Int32 {
        let surface = Int(surfaces.find(word, key: key) ?? surfaces.intern(word, key: key))
        if surface == surfaceTerm.count { surfaceTerm.append(classify(word)) }
        return surfaceTerm[surface]
    }

    /// The term id of a lowercased surface word, or -1 for a stop word, worked out once per word.
    private mutating func classify(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var length = word.count
        let stopWords = stopWords
        return stemScratch.withUnsafeMutableBufferPointer { scratch in
            _ = scratch.initialize(from: word)
            let isStop = Tokenizer.classify(scratch, length: &length, stopWords: stopWords)
            return isStop ? -1 : vocabulary.intern(UnsafeBufferPointer(rebasing: scratch[0..<length]))
        }
    }

    /// A passage's mention and figure ranges, sorted by start: the words the linker compares as
    /// entities and figures rather than as words, so that "United States" or "billion" do not
    /// count twice.
    static func excludedRanges(mentions: [Mention], figures: [Figure]) -> [Range<Int>] {
        var ranges = mentions.map(\.range)
        // Figures are mentions too, so usually nothing is new and no sort is needed.
        if !figures.isEmpty {
            ranges += figures.map(\.range)
            ranges.sort { $0.lowerBound < $1.lowerBound }
        }
        return ranges
    }
}
