/// The matcher's tables and pattern data in buffers allocated once, so the scan loop reads them
/// through raw pointers (no bounds checks, no reference counting per candidate). Immutable after
/// construction, hence safe to share between threads.
final class CompiledAliases: @unchecked Sendable {
    /// Transition rows, one per state, indexed by the byte's class and `1 << classShift` wide.
    /// Entries are state numbers, 16 bits while the automaton has at most 65,536 states, else 32.
    /// Rows indexed by the raw byte were 256 wide: four times the memory for the 5,000-alias
    /// bench catalog (17 MB, not 4.5), and scanning ran 10–15% slower for the cache misses. The
    /// class lookup reads a 256-byte table and does not wait for the previous state, so the
    /// loop's chain of dependent loads is still one per byte.
    let narrowRows: UnsafeMutableBufferPointer<UInt16>?
    let wideRows: UnsafeMutableBufferPointer<UInt32>?
    /// Each byte's class (`AliasTrie.byteClass`).
    let classOf: UnsafeMutableBufferPointer<UInt8>
    let classShift: Int
    /// States numbered from `firstMatch` on report a match (one compare in the loop).
    let firstMatch: Int
    let stateCount: Int
    /// Per reporting state (`state - firstMatch`): its output list index, with the top bit set
    /// when every output ends in a word byte and takes no plural (so an ASCII letter or digit
    /// right after rejects them all).
    let matchInfo: UnsafeMutableBufferPointer<UInt32>
    let outputStart: UnsafeMutableBufferPointer<Int32>
    let outputs: UnsafeMutableBufferPointer<Int32>
    /// Pattern i's spelling is `text[info[i].textStart...]`.
    let text: UnsafeMutableBufferPointer<UInt8>
    let info: UnsafeMutableBufferPointer<PatternInfo>

    /// What verification needs of one pattern, packed so a candidate touches one cache line.
    struct PatternInfo {
        var textStart: Int32
        var textLength: Int16
        /// Length in folded symbols (the automaton's view).
        var foldedLength: Int16
        var entity: Int32
        var exactCase: Bool
        var allowsPlural: Bool
        var firstIsWord: Bool
        var lastIsWord: Bool
    }

    /// More bytes than any match can span (no-break spaces and a plural "s" included).
    let maxSpan: Int

    init(patterns: [AliasMatcher.Pattern], trie: AliasTrie) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        // Renumber: non-reporting states first, so "state >= firstMatch" means "report".
        let count = trie.stateCount
        var newID = [Int](repeating: 0, count: count)
        var next = 0
        for state in 0..<count where !trie.reports[state] { newID[state] = next; next += 1 }
        let firstMatch = next
        for state in 0..<count where trie.reports[state] { newID[state] = next; next += 1 }
        self.firstMatch = firstMatch
        self.stateCount = count

        var shift = 0
        while 1 << shift < trie.classCount { shift += 1 }
        classShift = shift
        classOf = copy(trie.byteClass)
        if count <= 1 << 16 {
            narrowRows = Self.rows(UInt16.self, trie, newID, shift: shift)
            wideRows = nil
        } else {
            narrowRows = nil
            wideRows = Self.rows(UInt32.self, trie, newID, shift: shift)
        }

        var matchInfo: [UInt32] = []
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        for state in 0..<count where trie.reports[state] {
            let first = outputs.count
            var chain = state
            while chain > 1 {
                var pattern = trie.ownFirst[chain]
                while pattern >= 0 { outputs.append(pattern); pattern = trie.ownNext[Int(pattern)] }
                chain = Int(trie.fail[chain])
            }
            let rejectable = outputs[first...].allSatisfy { index in
                let last = patterns[Int(index)].bytes.last!
                return (TextBytes.isASCIIWord(last) || last >= 0x80) && !patterns[Int(index)].allowsPlural
            }
            matchInfo.append(UInt32(outputStart.count - 1) | (rejectable ? 0x8000_0000 : 0))
            outputStart.append(Int32(outputs.count))
        }
        self.matchInfo = copy(matchInfo)
        self.outputStart = copy(outputStart)
        self.outputs = copy(outputs)

        var text: [UInt8] = []
        var info: [PatternInfo] = []
        for pattern in patterns {
            let first = pattern.bytes.first!, last = pattern.bytes.last!
            info.append(PatternInfo(textStart: Int32(text.count), textLength: Int16(pattern.bytes.count),
                                    foldedLength: Int16(pattern.foldedLength), entity: Int32(pattern.entity),
                                    exactCase: pattern.exactCase, allowsPlural: pattern.allowsPlural,
                                    firstIsWord: TextBytes.isASCIIWord(first) || first >= 0x80,
                                    lastIsWord: TextBytes.isASCIIWord(last) || last >= 0x80))
            text += pattern.bytes
        }
        self.text = copy(text)
        self.info = copy(info)
        self.maxSpan = 2 * (patterns.map(\.bytes.count).max() ?? 0) + 2
    }

    deinit {
        narrowRows?.deallocate(); wideRows?.deallocate(); classOf.deallocate(); matchInfo.deallocate()
        outputStart.deallocate(); outputs.deallocate(); text.deallocate(); info.deallocate()
    }

    /// Writes the rows in the new numbering. The roots' rows are computed class by class; every
    /// other state, taken breadth first, starts as a copy of its failure state's finished row
    /// (one bulk copy) and then gets its own edges and the skipped class (0xC2, which stays
    /// put) written over.
    private static func rows<Entry: FixedWidthInteger & UnsignedInteger>(
        _: Entry.Type, _ trie: AliasTrie, _ newID: [Int], shift: Int
    ) -> UnsafeMutableBufferPointer<Entry> {
        let width = 1 << shift
        let table = UnsafeMutableBufferPointer<Entry>.allocate(capacity: trie.stateCount * width)
        table.initialize(repeating: 0)
        let base = table.baseAddress!
        for root in 0..<2 {
            let row = base + newID[root] * width
            for cls in 0..<trie.classCount { row[cls] = Entry(truncatingIfNeeded: newID[Int(trie.rootStep(root, cls))]) }
        }
        for state in trie.order {
            let state = Int(state)
            let row = base + newID[state] * width
            row.update(from: base + newID[Int(trie.fail[state])] * width, count: width)
            row[trie.skippedClass] = Entry(truncatingIfNeeded: newID[state])
            var child = trie.firstChild[state]
            while child >= 0 {
                row[Int(trie.edgeClass[Int(child)])] = Entry(truncatingIfNeeded: newID[Int(child)])
                child = trie.nextSibling[Int(child)]
            }
        }
        return table
    }

    /// Runs the automaton from `index` until it enters a reporting state (returns the position
    /// after the byte that entered it) or reaches `limit` (returns it). Kept apart from
    /// verification so that the loop's few variables stay in registers.
    @inline(never)
    func advance(_ state: inout Int, from index: Int, until limit: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if let narrowRows {
            return Self.walk(narrowRows.baseAddress!, classOf.baseAddress!, classShift, &state, from: index,
                             until: limit, threshold: firstMatch, bytes)
        }
        return Self.walk(wideRows!.baseAddress!, classOf.baseAddress!, classShift, &state, from: index,
                         until: limit, threshold: firstMatch, bytes)
    }

    /// Two streams in step, until either enters a reporting state or reaches its limit.
    @inline(never)
    func advance(_ first: inout Int, _ firstIndex: inout Int, until firstLimit: Int,
                 _ second: inout Int, _ secondIndex: inout Int, until secondLimit: Int,
                 _ bytes: UnsafeBufferPointer<UInt8>) {
        if let narrowRows {
            Self.walkTwo(narrowRows.baseAddress!, classOf.baseAddress!, classShift, &first, &firstIndex, firstLimit,
                         &second, &secondIndex, secondLimit, threshold: firstMatch, bytes)
        } else {
            Self.walkTwo(wideRows!.baseAddress!, classOf.baseAddress!, classShift, &first, &firstIndex, firstLimit,
                         &second, &secondIndex, secondLimit, threshold: firstMatch, bytes)
        }
    }

    /// The scan loop: per byte a load of the text, of its class and of the row entry; only the
    /// last waits for the previous byte's.
    @inline(__always)
    private static func walk<Entry: FixedWidthInteger & UnsignedInteger>(
        _ table: UnsafePointer<Entry>, _ classes: UnsafePointer<UInt8>, _ shift: Int, _ state: inout Int,
        from index: Int, until limit: Int, threshold: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Int {
        guard let text = bytes.baseAddress else { return index }
        var current = state
        var position = index
        while position < limit {
            current = Int(truncatingIfNeeded: table[current &<< shift | Int(classes[Int(text[position])])])
            position &+= 1
            if current >= threshold { break }
        }
        state = current
        return position
    }

    /// `walk` for two positions at once: the two chains of loads do not wait for each other.
    @inline(__always)
    private static func walkTwo<Entry: FixedWidthInteger & UnsignedInteger>(
        _ table: UnsafePointer<Entry>, _ classes: UnsafePointer<UInt8>, _ shift: Int,
        _ first: inout Int, _ firstIndex: inout Int, _ firstLimit: Int,
        _ second: inout Int, _ secondIndex: inout Int, _ secondLimit: Int,
        threshold: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        guard let text = bytes.baseAddress else { return }
        var a = first, b = second
        var i = firstIndex, j = secondIndex
        while i < firstLimit, j < secondLimit {
            a = Int(truncatingIfNeeded: table[a &<< shift | Int(classes[Int(text[i])])])
            b = Int(truncatingIfNeeded: table[b &<< shift | Int(classes[Int(text[j])])])
            i &+= 1
            j &+= 1
            if a >= threshold || b >= threshold { break }
        }
        first = a; second = b
        firstIndex = i; secondIndex = j
    }

    /// Checks pattern `index`, whose folded form ends at `end`, on the original bytes: case
    /// rule, separators, Unicode word boundaries, plural "s". Returns the range or nil.
    @inline(__always)
    func verify(_ index: Int, end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let pattern = info[index]
        // Cheapest rejection first: the word goes on after the alias (and is not a plural "s").
        if pattern.lastIsWord, end < bytes.count, TextBytes.isASCIIWord(bytes[end]),
           !(pattern.allowsPlural && bytes[end] == UInt8(ascii: "s")) {
            return nil
        }
        // Walk back over the folded length; 0xC2 bytes were skipped by the automaton.
        var start = end
        var remaining = Int(pattern.foldedLength)
        while remaining > 0 {
            start &-= 1
            if bytes[start] != 0xC2 { remaining &-= 1 }
        }
        if start > 0, bytes[start - 1] == 0xC2, bytes[start] & 0xC0 == 0x80 { start -= 1 }

        let exact = pattern.exactCase
        let aliasStart = Int(pattern.textStart), aliasEnd = aliasStart + Int(pattern.textLength)
        var i = aliasStart, j = start
        var wordInitial = true
        while i < aliasEnd {
            guard j < end else { return nil }
            let a = text[i]
            let aliasSeparator = TextBytes.isSeparator(a) ? 1 : (a == 0xC2 && i + 1 < aliasEnd && text[i + 1] == 0xA0 ? 2 : 0)
            if aliasSeparator > 0 {
                let textSeparator = TextBytes.separatorLength(bytes, at: j)
                guard textSeparator > 0 else { return nil }
                i &+= aliasSeparator
                j &+= textSeparator
                wordInitial = true
                continue
            }
            let t = bytes[j]
            if a != t {
                guard !exact, TextBytes.lower(a) == TextBytes.lower(t) else { return nil }
                if wordInitial && TextBytes.isUpper(a) { return nil }
            }
            wordInitial = a < 0x80 && !TextBytes.isASCIIWord(a)
            i &+= 1
            j &+= 1
        }
        guard j == end else { return nil }
        if pattern.firstIsWord, TextBytes.isWordBefore(bytes, start) { return nil }
        guard pattern.lastIsWord, TextBytes.isWordAt(bytes, end) else { return start..<end }
        if pattern.allowsPlural, bytes[end] == UInt8(ascii: "s"), !TextBytes.isWordAt(bytes, end + 1) {
            return start..<(end + 1)
        }
        return nil
    }
}
