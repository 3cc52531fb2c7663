/// One alias occurrence: the entity it names and the UTF-8 byte range it covers.
public struct AliasMatch: Sendable, Hashable {
    public var entity: Int
    public var range: Range<Int>

    public init(entity: Int, range: Range<Int>) {
        self.entity = entity
        self.range = range
    }
}

/// Finds every alias of every entity in one pass over the text.
///
/// The aliases are compiled into a single deterministic automaton (Aho-Corasick with all
/// failure transitions resolved) over folded bytes: ASCII letters are lowercased, space, hyphen,
/// line breaks and the no-break space are one separator symbol, and the lead byte 0xC2 is
/// skipped so that "\u{A0}" folds to the separator. Matches may only begin after a non-word
/// byte, which keeps the pronoun-sized aliases from firing inside every word. The automaton is
/// only a filter: each candidate is verified on the original bytes (case rule, Unicode word
/// boundaries, plural "s"), then overlapping candidates are resolved leftmost-longest.
///
/// The transition table has one row per state indexed by the byte's class (see
/// `CompiledAliases`), and states that report a match are numbered last, so the hot loop is one
/// dependent table load and a single compare per byte.
public struct AliasMatcher: Sendable {
    struct Pattern: Sendable {
        var entity: Int
        /// The spelling as written, for verification.
        var bytes: [UInt8]
        var exactCase: Bool
        /// Length in folded symbols (the automaton's view).
        var foldedLength: Int
        /// Product and chip names may take a plural "s": "H800s".
        var allowsPlural: Bool
    }

    private let flat: CompiledAliases

    /// Number of compiled spellings (aliases and their variants).
    public var patternCount: Int { flat.info.count }
    /// Number of automaton states.
    public var stateCount: Int { flat.stateCount }

    /// Compiles every alias of `entities`; entity ids are taken from `Entity.id`.
    public init(entities: [Entity]) {
        var patterns: [Pattern] = []
        for entity in entities {
            let plural = entity.type == .product || entity.type == .chip
            var seen = Set<String>()
            for alias in entity.aliases {
                for spelling in AliasVariants.spellings(of: alias.text) where seen.insert(spelling + (alias.exactCase ? "=" : "")).inserted {
                    let bytes = Array(spelling.utf8)
                    let folded = Self.fold(bytes)
                    guard !folded.isEmpty else { continue }
                    patterns.append(Pattern(entity: entity.id, bytes: bytes, exactCase: alias.exactCase,
                                            foldedLength: folded.count, allowsPlural: plural))
                }
            }
        }
        self.init(patterns: patterns)
    }

    /// Folds pattern bytes exactly as the automaton folds text.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes where byte != 0xC2 {
            out.append(foldByte(byte))
        }
        return out
    }

    @inline(__always)
    static func foldByte(_ byte: UInt8) -> UInt8 {
        if TextBytes.isSeparator(byte) || byte == 0xA0 { return 0x20 }
        return TextBytes.lower(byte)
    }

    private init(patterns: [Pattern]) {
        let trie = AliasTrie(folded: patterns.map { Self.fold($0.bytes) })
        self.flat = CompiledAliases(patterns: patterns, trie: trie)
    }

    // MARK: Matching

    /// Leftmost-longest, non-overlapping alias matches in `text`, sorted by start.
    public func matches(in text: String) -> [AliasMatch] {
        var text = text
        return text.withUTF8 { matches(inUTF8: $0) }
    }

    /// Leftmost-longest, non-overlapping alias matches in a UTF-8 buffer, sorted by start.
    public func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [AliasMatch] {
        matches(inUTF8: bytes, twoStreams: true)
    }

    /// The matches of each text (nil: none), each as `matches(in:)` finds them alone, with
    /// ranges in that text.
    ///
    /// An article's passages are mostly under `twoStreamMinimum` bytes, each too short to scan
    /// as two streams, and a scan's set-up is paid per text, so they are scanned as one text
    /// with a NUL byte between two. A NUL is neither a word byte nor a separator: no alias runs
    /// across it, a match may start right after it, and verification reads it as the end or
    /// the start of a text.
    public func matches(inEach texts: [String?]) -> [[AliasMatch]] {
        var joined: [UInt8] = []
        joined.reserveCapacity(texts.reduce(0) { $0 + ($1?.utf8.count ?? 0) + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(texts.count + 1)
        for text in texts {
            starts.append(joined.count)
            if var text { text.withUTF8 { joined.append(contentsOf: $0) } }
            joined.append(0)
        }
        starts.append(joined.count)
        var result = [[AliasMatch]](repeating: [], count: texts.count)
        var text = 0
        joined.withUnsafeBufferPointer { bytes in
            run(bytes) { candidate in
                while candidate.range.lowerBound >= starts[text + 1] { text += 1 }
                let shift = starts[text]
                result[text].append(AliasMatch(entity: Int(flat.info[candidate.pattern].entity),
                                               range: (candidate.range.lowerBound - shift)..<(candidate.range.upperBound - shift)))
            }
        }
        return result
    }

    /// `twoStreams: false` scans in one pass whatever the length: what tests compare against.
    func matches(inUTF8 bytes: UnsafeBufferPointer<UInt8>, twoStreams: Bool) -> [AliasMatch] {
        var picked: [AliasMatch] = []
        run(bytes, twoStreams: twoStreams) { picked.append(AliasMatch(entity: Int(flat.info[$0.pattern].entity), range: $0.range)) }
        return picked
    }

    /// Number of leftmost-longest matches in a UTF-8 buffer: the throughput entry the benchmark
    /// times (scan, verification and selection, without building mention values).
    public func countMatches(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        run(bytes) { _ in count += 1 }
        return count
    }

    struct Candidate {
        var range: Range<Int>
        var pattern: Int
    }

    /// Texts at least this long are scanned as two interleaved streams.
    static let twoStreamMinimum = 256

    /// Scans, verifies and selects.
    ///
    /// The scan is bound by the latency of one table load per byte, each waiting for the last,
    /// so a text of `twoStreamMinimum` bytes or more is scanned as two halves at once: two
    /// independent chains of loads keep twice as many in flight. The second half starts at the
    /// root after a space. The first runs on past that point until it too is at a root, which
    /// means no partial match spans the point and both streams would be in the same state from
    /// there on; the second's candidates that end before it are the first's again and are
    /// dropped. The candidates are then exactly those of one pass, in the same order.
    @inline(__always)
    private func run(_ bytes: UnsafeBufferPointer<UInt8>, twoStreams: Bool = true, _ pick: (Candidate) -> Void) {
        var selection = Selection(margin: flat.maxSpan)
        let count = bytes.count
        let threshold = flat.firstMatch
        // Root 0 (a match may start) is never a reporting state, so keeps number 0.
        var state = 0, index = 0
        if twoStreams, count >= Self.twoStreamMinimum, let split = Self.split(bytes) {
            var second = 0, secondIndex = split
            var held: [Candidate] = []
            while index < split, secondIndex < count {
                flat.advance(&state, &index, until: split, &second, &secondIndex, until: count, bytes)
                if state >= threshold { candidates(state: state, end: index, bytes) { selection.add($0, pick) } }
                if second >= threshold { candidates(state: second, end: secondIndex, bytes) { held.append($0) } }
            }
            while index < split {
                index = flat.advance(&state, from: index, until: split, bytes)
                if state >= threshold { candidates(state: state, end: index, bytes) { selection.add($0, pick) } }
            }
            // On past the split, byte by byte, until the first stream is at a root.
            while state > 1, index < count {
                index = flat.advance(&state, from: index, until: index + 1, bytes)
                if state >= threshold { candidates(state: state, end: index, bytes) { selection.add($0, pick) } }
            }
            let joined = index
            for candidate in held where candidate.range.upperBound > joined { selection.add(candidate, pick) }
            if secondIndex > joined { state = second; index = secondIndex }
        }
        while index < count {
            index = flat.advance(&state, from: index, until: count, bytes)
            guard state >= threshold else { break }
            candidates(state: state, end: index, bytes) { selection.add($0, pick) }
        }
        selection.finish(pick)
    }

    /// Where the second stream starts: just after the first space from the middle on, where
    /// root 0 is right. Nil when there is none near the middle.
    private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let middle = bytes.count / 2
        let end = min(bytes.count - 1, middle + 512)
        var index = middle
        while index < end {
            if bytes[index] == 0x20 { return index + 1 }
            index += 1
        }
        return nil
    }

    /// The verified candidates a reporting state names at `end`, in compile order.
    @inline(__always)
    private func candidates(state: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ add: (Candidate) -> Void) {
        let info = flat.matchInfo[state &- flat.firstMatch]
        if info & 0x8000_0000 != 0, end < bytes.count, TextBytes.isASCIIWord(bytes[end]) { return }
        let k = Int(info & 0x7FFF_FFFF)
        for slot in Int(flat.outputStart[k])..<Int(flat.outputStart[k + 1]) {
            let pattern = Int(flat.outputs[slot])
            guard let range = flat.verify(pattern, end: end, bytes) else { continue }
            add(Candidate(range: range, pattern: pattern))
        }
    }

    /// Leftmost-longest selection over candidates that arrive ordered by end. Selection needs
    /// them by start, so they are gathered in windows that no later candidate can reach back
    /// into (further apart than the longest pattern can span) and each window is selected in
    /// place.
    private struct Selection {
        let margin: Int
        var covered = 0
        var window: [Candidate] = []
        var windowEnd = 0

        init(margin: Int) { self.margin = margin }

        @inline(__always)
        mutating func add(_ candidate: Candidate, _ pick: (Candidate) -> Void) {
            if !window.isEmpty, candidate.range.lowerBound >= windowEnd &+ margin {
                AliasMatcher.select(&window, coveredUntil: &covered, pick)
            }
            window.append(candidate)
            windowEnd = max(windowEnd, candidate.range.upperBound)
        }

        mutating func finish(_ pick: (Candidate) -> Void) {
            AliasMatcher.select(&window, coveredUntil: &covered, pick)
        }
    }

    /// Sorts by start, longer first (then compile order, i.e. catalog order), keeps those that
    /// do not overlap an earlier pick, and empties the window.
    fileprivate static func select(_ window: inout [Candidate], coveredUntil: inout Int, _ pick: (Candidate) -> Void) {
        if window.count > 1 {
            window.sort {
                if $0.range.lowerBound != $1.range.lowerBound { return $0.range.lowerBound < $1.range.lowerBound }
                if $0.range.upperBound != $1.range.upperBound { return $0.range.upperBound > $1.range.upperBound }
                return $0.pattern < $1.pattern
            }
        }
        for candidate in window where candidate.range.lowerBound >= coveredUntil {
            pick(candidate)
            coveredUntil = candidate.range.upperBound
        }
        window.removeAll(keepingCapacity: true)
    }
}
