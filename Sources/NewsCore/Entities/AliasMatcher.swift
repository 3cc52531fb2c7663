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
        var picked: [AliasMatch] = []
        run(bytes) { picked.append(AliasMatch(entity: Int(flat.info[$0.pattern].entity), range: $0.range)) }
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

    /// Scans, verifies and selects. Candidates arrive ordered by end; selection needs them by
    /// start, so they are gathered in windows that no later candidate can reach back into
    /// (further apart than the longest pattern can span) and each window is selected in place.
    @inline(__always)
    private func run(_ bytes: UnsafeBufferPointer<UInt8>, _ pick: (Candidate) -> Void) {
        let margin = flat.maxSpan
        var covered = 0
        var window: [Candidate] = []
        var windowEnd = 0
        // Root 0 (a match may start) is never a reporting state, so keeps number 0.
        var state = 0
        let threshold = flat.firstMatch
        var index = 0
        while index < bytes.count {
            index = flat.advance(&state, from: index, bytes)
            guard state >= threshold else { break }
            let info = flat.matchInfo[state &- threshold]
            if info & 0x8000_0000 != 0, index < bytes.count, TextBytes.isASCIIWord(bytes[index]) { continue }
            let k = Int(info & 0x7FFF_FFFF)
            for slot in Int(flat.outputStart[k])..<Int(flat.outputStart[k + 1]) {
                let pattern = Int(flat.outputs[slot])
                guard let range = flat.verify(pattern, end: index, bytes) else { continue }
                if !window.isEmpty, range.lowerBound >= windowEnd &+ margin {
                    Self.select(&window, coveredUntil: &covered, pick)
                }
                window.append(Candidate(range: range, pattern: pattern))
                windowEnd = max(windowEnd, range.upperBound)
            }
        }
        Self.select(&window, coveredUntil: &covered, pick)
    }

    /// Sorts by start, longer first (then compile order, i.e. catalog order), keeps those that
    /// do not overlap an earlier pick, and empties the window.
    private static func select(_ window: inout [Candidate], coveredUntil: inout Int, _ pick: (Candidate) -> Void) {
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
