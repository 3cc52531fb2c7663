/// The matcher's tables and pattern data in buffers allocated once, so the scan loop reads them
/// through raw pointers (no bounds checks, no reference counting per candidate). Immutable after
/// construction, hence safe to share between threads.
final class CompiledAliases: @unchecked Sendable {
    let byteClass: UnsafeMutableBufferPointer<UInt8>
    let transitions: UnsafeMutableBufferPointer<UInt32>
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

    init(patterns: [AliasMatcher.Pattern], byteClass: [UInt8], transitions: [UInt32],
         outputStart: [Int32], outputs: [Int32]) {
        func copy<T>(_ array: [T]) -> UnsafeMutableBufferPointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(array.count, 1))
            _ = buffer.initialize(from: array)
            return buffer
        }
        self.byteClass = copy(byteClass)
        self.transitions = copy(transitions)
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
        byteClass.deallocate(); transitions.deallocate(); outputStart.deallocate(); outputs.deallocate()
        text.deallocate(); info.deallocate()
    }

    /// Runs the automaton from `index` until it enters a reporting state (returns the position
    /// after the byte that entered it) or the buffer ends (returns the count). Kept apart from
    /// verification so that the loop's few variables stay in registers.
    @inline(never)
    func advance(_ state: inout UInt32, from index: Int, threshold: UInt32,
                 _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let table = transitions.baseAddress!
        let classes = byteClass.baseAddress!
        guard let text = bytes.baseAddress else { return index }
        let count = bytes.count
        var current = state
        var position = index
        while position < count {
            current = table[Int(current) &+ Int(classes[Int(text[position])])]
            position &+= 1
            if current >= threshold { break }
        }
        state = current
        return position
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
