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
