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
/// The transition table is dense over byte classes, stored premultiplied by the class count,
/// and states that report a match are numbered last so the hot loop needs a single compare.
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
    private let startState: UInt32
    private let firstMatchState: UInt32
    /// Table row width: the byte class count plus the output column.
    private let classCount: Int

    /// Number of compiled spellings (aliases and their variants).
    public var patternCount: Int { flat.info.count }
    /// Number of automaton states.
    public var stateCount: Int { flat.transitions.count / max(classCount, 1) }

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
        let folded = patterns.map { Self.fold($0.bytes) }

        // Byte classes: one per folded symbol a pattern uses, one for other word bytes, one for
        // other non-word bytes, and one for the skipped 0xC2.
        var symbolClass = [Int](repeating: -1, count: 256)
        var classes = 0
        for pattern in folded {
            for symbol in pattern where symbolClass[Int(symbol)] < 0 {
                symbolClass[Int(symbol)] = classes
                classes += 1
            }
        }
        let otherWord = classes, otherNonWord = classes + 1, skipped = classes + 2
        classes += 3
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classIsWord = [Bool](repeating: false, count: classes)
        for byte in 0..<256 {
            let symbol = Self.foldByte(UInt8(byte))
            let isWord = TextBytes.isASCIIWord(symbol)
            let cls: Int
            if byte == 0xC2 { cls = skipped }
            else if symbolClass[Int(symbol)] >= 0 { cls = symbolClass[Int(symbol)] }
            else { cls = isWord ? otherWord : otherNonWord }
            byteClass[byte] = UInt8(cls)
            classIsWord[cls] = isWord
        }
        precondition(classes <= 256, "too many byte classes")

        // Trie, flat: state s's children are `children[s * classes ..< (s + 1) * classes]`. State 0
        // is the root reached after a non-word byte (a match may start), state 1 the root reached
        // after a word byte (no match may start). A state's own patterns form a linked list in
        // compile order: `ownFirst[s]`, then `ownNext[pattern]`, -1 ending both.
        var children = [Int32](repeating: -1, count: 2 * classes)
        var ownFirst: [Int32] = [-1, -1]
        var ownLast: [Int32] = [-1, -1]
        var ownNext = [Int32](repeating: -1, count: folded.count)
        for (index, pattern) in folded.enumerated() {
            var state = 0
            for symbol in pattern {
                let edge = state * classes + Int(byteClass[Int(symbol)])
                var next = Int(children[edge])
                if next < 0 {
                    next = ownFirst.count
                    children[edge] = Int32(next)
                    children.append(contentsOf: repeatElement(-1, count: classes))
                    ownFirst.append(-1)
                    ownLast.append(-1)
                }
                state = next
            }
            if ownLast[state] < 0 { ownFirst[state] = Int32(index) } else { ownNext[Int(ownLast[state])] = Int32(index) }
            ownLast[state] = Int32(index)
        }

        // Resolve every transition breadth-first (failure links folded into the table).
        let count = ownFirst.count
        var delta = [Int32](repeating: 0, count: count * classes)
        var fail = [Int](repeating: 0, count: count)
        for cls in 0..<classes {
            let afterByte: Int32 = classIsWord[cls] ? 1 : 0
            let child = children[cls]
            delta[cls] = child >= 0 ? child : afterByte
            // After a word byte only patterns that begin with a non-word symbol may start.
            delta[classes + cls] = (child >= 0 && !classIsWord[cls]) ? child : afterByte
        }
        delta[skipped] = 0
        delta[classes + skipped] = 1
        var queue: [Int] = []
        queue.reserveCapacity(count)
        for cls in 0..<classes where children[cls] >= 0 {
            let child = Int(children[cls])
            fail[child] = classIsWord[cls] ? 1 : 0
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let failState = fail[state]
            for cls in 0..<classes {
                let child = children[state * classes + cls]
                if cls == skipped {
                    delta[state * classes + cls] = Int32(state)
                } else if child >= 0 {
                    fail[Int(child)] = Int(delta[failState * classes + cls])
                    delta[state * classes + cls] = child
                    queue.append(Int(child))
                } else {
                    delta[state * classes + cls] = delta[failState * classes + cls]
                }
            }
        }

        // A state reports its own patterns and those of its failure chain; queue order is by
        // depth, so a failure state is settled before the states that fail to it.
        var reports = [Bool](repeating: false, count: count)
        for state in queue { reports[state] = ownFirst[state] >= 0 || reports[fail[state]] }

        // Renumber: non-matching states first, so "state >= firstMatch" means "report".
        var newID = [Int](repeating: 0, count: count)
        var next = 0
        for state in 0..<count where !reports[state] { newID[state] = next; next += 1 }
        let firstMatch = next
        for state in 0..<count where reports[state] { newID[state] = next; next += 1 }

        // Rows are one column wider than the class count: for a reporting state the extra column
        // holds its output list index, with the top bit set when every output ends in a word
        // byte and takes no plural (so an ASCII letter or digit right after rejects them all).
        let width = classes + 1
        var table = [UInt32](repeating: 0, count: count * width)
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        for state in 0..<count {
            let base = newID[state] * width
            for cls in 0..<classes {
                table[base + cls] = UInt32(newID[Int(delta[state * classes + cls])] * width)
            }
        }
        for state in 0..<count where reports[state] {
            let first = outputs.count
            var chain = state
            while chain > 1 {
                var pattern = ownFirst[chain]
                while pattern >= 0 { outputs.append(pattern); pattern = ownNext[Int(pattern)] }
                chain = fail[chain]
            }
            outputStart.append(Int32(outputs.count))
            let rejectable = outputs[first...].allSatisfy { index in
                let last = patterns[Int(index)].bytes.last!
                return (TextBytes.isASCIIWord(last) || last >= 0x80) && !patterns[Int(index)].allowsPlural
            }
            table[newID[state] * width + classes] = UInt32(newID[state] - firstMatch) | (rejectable ? 0x8000_0000 : 0)
        }
        self.flat = CompiledAliases(patterns: patterns, byteClass: byteClass, transitions: table,
                                    outputStart: outputStart, outputs: outputs)
        self.classCount = width
        self.startState = UInt32(newID[0] * width)
        self.firstMatchState = UInt32(firstMatch * width)
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
        var state = startState
        let threshold = firstMatchState
        var index = 0
        while index < bytes.count {
            index = flat.advance(&state, from: index, threshold: threshold, bytes)
            guard state >= threshold else { break }
            let info = flat.transitions[Int(state) &+ classCount &- 1]
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
