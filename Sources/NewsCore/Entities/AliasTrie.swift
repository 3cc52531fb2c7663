/// The folded alias spellings as a trie over byte classes, with Aho-Corasick failure links:
/// the intermediate form from which `CompiledAliases` writes its class-indexed rows.
///
/// State 0 is the root reached after a non-word byte (a match may start), state 1 the root
/// reached after a word byte (only patterns beginning with a non-word symbol may start).
/// Failure links are found by walking the failure chain through the sparse trie rather than by
/// resolving a full transition table, so building costs about one step per trie edge.
struct AliasTrie {
    /// Class of each byte: one per folded symbol a pattern uses, then other word bytes, other
    /// non-word bytes, and the skipped lead byte 0xC2.
    let byteClass: [UInt8]
    let classCount: Int
    let skippedClass: Int
    let classIsWord: [Bool]

    /// Child of state s on class c is `children[s * classCount + c]`, -1 when absent.
    private(set) var children: [Int32] = []
    /// A state's children as a list (`firstChild`, then `nextSibling`), with the edge's class.
    private(set) var firstChild: [Int32] = [-1, -1]
    private(set) var nextSibling: [Int32] = [-1, -1]
    private(set) var edgeClass: [UInt8] = [0, 0]
    /// A state's own patterns in compile order: `ownFirst[s]`, then `ownNext[pattern]`.
    private(set) var ownFirst: [Int32] = [-1, -1]
    private(set) var ownNext: [Int32]
    private(set) var fail: [Int32] = []
    /// Every state but the roots, breadth first: a state's failure state comes before it.
    private(set) var order: [Int32] = []
    /// Whether a state reports a pattern (its own or one along its failure chain).
    private(set) var reports: [Bool] = []

    var stateCount: Int { ownFirst.count }

    init(folded: [[UInt8]]) {
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
        precondition(classes <= 256, "too many byte classes")
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classIsWord = [Bool](repeating: false, count: classes)
        for byte in 0..<256 {
            let symbol = AliasMatcher.foldByte(UInt8(byte))
            let isWord = TextBytes.isASCIIWord(symbol)
            let cls: Int
            if byte == 0xC2 { cls = skipped }
            else if symbolClass[Int(symbol)] >= 0 { cls = symbolClass[Int(symbol)] }
            else { cls = isWord ? otherWord : otherNonWord }
            byteClass[byte] = UInt8(cls)
            classIsWord[cls] = isWord
        }
        self.byteClass = byteClass
        self.classCount = classes
        self.skippedClass = skipped
        self.classIsWord = classIsWord
        self.ownNext = [Int32](repeating: -1, count: folded.count)
        insert(folded)
        linkFailures()
    }

    /// Adds every pattern; the dense child table is sized for the worst case up front.
    private mutating func insert(_ folded: [[UInt8]]) {
        let classes = classCount
        let capacity = 2 + folded.reduce(0) { $0 + $1.count }
        children = [Int32](repeating: -1, count: capacity * classes)
        var ownLast: [Int32] = [-1, -1]
        for (index, pattern) in folded.enumerated() {
            var state = 0
            for symbol in pattern {
                let cls = Int(byteClass[Int(symbol)])
                var next = Int(children[state * classes + cls])
                if next < 0 {
                    next = ownFirst.count
                    children[state * classes + cls] = Int32(next)
                    firstChild.append(-1)
                    nextSibling.append(firstChild[state])
                    firstChild[state] = Int32(next)
                    edgeClass.append(UInt8(cls))
                    ownFirst.append(-1)
                    ownLast.append(-1)
                }
                state = next
            }
            if ownLast[state] < 0 { ownFirst[state] = Int32(index) } else { ownNext[Int(ownLast[state])] = Int32(index) }
            ownLast[state] = Int32(index)
        }
    }

    /// Where a root goes on class `cls`: root 0 follows any first edge, root 1 only those on a
    /// non-word symbol; otherwise the byte decides which root comes next. 0xC2 stays put.
    func rootStep(_ root: Int, _ cls: Int) -> Int32 {
        if cls == skippedClass { return Int32(root) }
        let child = children[cls]
        let afterByte: Int32 = classIsWord[cls] ? 1 : 0
        if root == 0 { return child >= 0 ? child : afterByte }
        return child >= 0 && !classIsWord[cls] ? child : afterByte
    }

    /// The automaton's transition from `state` on `cls`, following failure links.
    private func step(_ state: Int, _ cls: Int) -> Int32 {
        var state = state
        while state > 1 {
            let child = children[state * classCount + cls]
            if child >= 0 { return child }
            state = Int(fail[state])
        }
        return rootStep(state, cls)
    }

    /// Breadth first: failure links, then which states report.
    private mutating func linkFailures() {
        let count = stateCount
        fail = [Int32](repeating: 0, count: count)
        order.reserveCapacity(count)
        var child = firstChild[0]
        while child >= 0 {
            fail[Int(child)] = classIsWord[Int(edgeClass[Int(child)])] ? 1 : 0
            order.append(child)
            child = nextSibling[Int(child)]
        }
        var head = 0
        while head < order.count {
            let state = Int(order[head])
            head += 1
            var child = firstChild[state]
            while child >= 0 {
                fail[Int(child)] = step(Int(fail[state]), Int(edgeClass[Int(child)]))
                order.append(child)
                child = nextSibling[Int(child)]
            }
        }
        reports = [Bool](repeating: false, count: count)
        for state in order { reports[Int(state)] = ownFirst[Int(state)] >= 0 || reports[Int(fail[Int(state)])] }
    }
}
