/// What the reflow, chrome and heading steps ask of one line, found in one pass over its UTF-8
/// bytes. Before, each line was scanned for its shape, again for its words (asked several
/// times per line and block), again for capitals and again to see whether its whitespace
/// needed collapsing.
struct LineFacts: Sendable, Hashable {
    /// Leading whitespace, in scalars (0 for a blank line).
    var indent = 0
    /// The first scalar that is not whitespace; nil for a blank line.
    var first: Unicode.Scalar?
    /// Bytes up to the end of the last scalar that is not whitespace.
    var trimmedLength = 0
    /// Whitespace-separated words (`TextShape.wordCount`).
    var words = 0
    /// At least two letters and none lowercase (`TextShape.isAllCaps`).
    var isAllCaps = false
    /// Between the first and last visible scalar the only whitespace is single spaces, so the
    /// visible part is already what `TextShape.collapsingWhitespace` would make of it.
    var isCollapsedInside = true

    var isBlank: Bool { first == nil }

    /// The line's text without trailing whitespace is its own collapsed form.
    var isCollapsed: Bool { first != nil && indent == 0 && isCollapsedInside }

    /// Most bytes are visible ASCII inside a word; those are consumed by a tight inner loop
    /// (letters are only classified until the first lowercase one settles `isAllCaps`).
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var capitals = 0
        var lowercase = false
        var visible = false
        var inWord = false
        // The whitespace run before the current scalar: its length and whether it held
        // anything but a single plain space.
        var run = 0
        var runIrregular = false
        var i = 0
        let n = bytes.count
        while i < n {
            // Past the first visible scalar, after a visible byte or one plain space, eight
            // bytes of visible ASCII and single spaces change the facts in a fixed way.
            if visible && (run == 0 || (run == 1 && !runIrregular)) && i + 8 <= n,
               let chunk = ProseChunk(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)),
               run == 0 || !chunk.startsWithSpace {
                words += chunk.wordStarts(afterWord: run == 0)
                if !lowercase {
                    if chunk.hasLowercase { lowercase = true } else { capitals += chunk.capitals }
                }
                let endsWithSpace = chunk.endsWithSpace
                trimmedLength = endsWithSpace ? i + 7 : i + 8
                run = endsWithSpace ? 1 : 0
                inWord = !endsWithSpace
                i += 8
                continue
            }
            let byte = bytes[i]
            var end = i + 1
            if byte &- 0x21 < 0x5F {
                // Visible ASCII: take the whole run of it at once.
                if lowercase {
                    while end < n && bytes[end] &- 0x21 < 0x5F { end += 1 }
                } else {
                    var j = i
                    while j < n, bytes[j] &- 0x21 < 0x5F {
                        let folded = bytes[j] &- 0x41
                        if folded < 26 { capitals += 1 } else if folded &- 0x20 < 26 { lowercase = true }
                        j += 1
                    }
                    end = j
                }
            } else {
                let space: Bool
                if byte < 0x80 {
                    space = byte == 0x20 || byte &- 9 < 5
                    if space && byte != 0x20 { runIrregular = true }
                } else {
                    let (scalar, length) = TextShape.scalar(in: bytes, at: i)
                    end = i + length
                    space = TextShape.isSpace(scalar)
                    if space {
                        runIrregular = true
                    } else if !lowercase {
                        let properties = scalar.properties
                        if properties.isLowercase { lowercase = true } else if properties.isUppercase { capitals += 1 }
                    }
                }
                if space {
                    if !visible { indent += 1 }
                    run += 1
                    inWord = false
                    i = end
                    continue
                }
            }
            // A visible scalar (or run of visible ASCII) from `i` to `end`.
            if !visible {
                visible = true
                first = TextShape.scalar(in: bytes, at: i).scalar
            } else if run > 1 || runIrregular {
                isCollapsedInside = false
            }
            run = 0
            runIrregular = false
            if !inWord { inWord = true; words += 1 }
            trimmedLength = end
            i = end
        }
        if !visible { indent = 0 }
        isAllCaps = !lowercase && capitals >= 2
    }
}

/// Eight bytes of a line that are all visible ASCII or plain spaces, with no two spaces side by
/// side: the common stretch of prose, whose effect on `LineFacts` is read off per-byte masks
/// instead of byte by byte. Masks hold the high bit of each byte that qualifies.
struct ProseChunk {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    let word: UInt64
    let space: UInt64
    let visible: UInt64

    /// Nil unless every byte is visible ASCII or a single plain space. Adding at most 0x80 to a
    /// byte below 0x80 never carries, and a byte from 0x80 fails the test itself.
    init?(_ word: UInt64) {
        let ascii = ~word & Self.highs
        let printable = Self.within(word, 0x20, 0x7E) & ascii
        guard printable == Self.highs else { return nil }
        let space = Self.within(word, 0x20, 0x20)
        guard space & (space << 8) == 0 else { return nil }
        self.word = word
        self.space = space
        self.visible = Self.highs ^ space
    }

    @inline(__always)
    private static func within(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        (word &+ ones &* (0x80 - low)) & ~(word &+ ones &* (0x7F - high)) & highs
    }

    /// Flags (high bits) summed by one multiply: the generic x86-64 target has no popcount.
    @inline(__always)
    private static func count(_ flags: UInt64) -> Int {
        Int(truncatingIfNeeded: ((flags &>> 7) &* ones) &>> 56)
    }

    var startsWithSpace: Bool { space & 0x80 != 0 }
    var endsWithSpace: Bool { space >> 63 != 0 }

    /// Visible bytes that start a word; the first byte does unless it continues a word.
    func wordStarts(afterWord: Bool) -> Int {
        Self.count(visible & (space << 8 | (afterWord ? 0 : 0x80)))
    }

    var hasLowercase: Bool { Self.within(word, 0x61, 0x7A) != 0 }
    var capitals: Int { Self.count(Self.within(word, 0x41, 0x5A)) }
}
