/// Marks paragraphs an article repeats — pull quotes and copy-paste slips, common in web copy —
/// as `.repeat` pointing at the first occurrence, so they are not read, tagged or linked twice.
public enum RepeatMarking {
    /// A paragraph contained in an earlier one counts as a repeat from this many words up;
    /// shorter ones must match an earlier passage whole.
    public static let containedMinWords = 8

    /// Compares content blocks case-, spacing- and punctuation-insensitively. A block repeats an
    /// earlier content block when their texts are equal, or, for paragraphs of at least
    /// `containedMinWords` words, when the earlier paragraph contains it (a pull quote lifted
    /// from the body).
    public static func mark(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var marked = blocks
        // Earlier paragraphs padded with spaces once, so containment matches whole words only.
        var seen: [(index: Int, padded: String)] = []
        var firstByText: [ComparableKey: Int] = [:]
        for (index, block) in blocks.enumerated() where block.kind.isContent {
            let text = TextShape.comparable(block.text)
            guard !text.isEmpty else { continue }
            if let first = firstByText[ComparableKey(text)] {
                marked[index].kind = .repeat
                marked[index].repeatOf = first
                continue
            }
            let padded = " " + text + " "
            if block.kind == .body, TextShape.wordCount(text, limit: containedMinWords) >= containedMinWords {
                if let earlier = seen.first(where: { TextShape.contains($0.padded, padded) }) {
                    marked[index].kind = .repeat
                    marked[index].repeatOf = earlier.index
                    continue
                }
            }
            firstByText[ComparableKey(text)] = index
            seen.append((index, padded))
        }
        return marked
    }
}

/// A comparable form as a dictionary key, hashed by a quick multiply-and-rotate pass over its
/// bytes: `String` hashing runs SipHash over every byte of every paragraph (4.5% of a parse).
/// Equality still compares the texts, so a hash collision cannot make two paragraphs equal.
struct ComparableKey: Hashable {
    let text: String
    let digest: UInt64

    init(_ text: String) {
        self.text = text
        digest = TextShape.withUTF8(text, ComparableKey.digest)
    }

    static func == (a: ComparableKey, b: ComparableKey) -> Bool { a.digest == b.digest && a.text == b.text }

    func hash(into hasher: inout Hasher) { hasher.combine(digest) }

    /// Eight bytes at a time, then the tail; not cryptographic, only well spread.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(bytes.count) &* prime
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = ((h ^ word) &* prime).rotatedLeft(by: 29)
            i += 8
        }
        var tail: UInt64 = 0
        while i < bytes.count {
            tail = tail << 8 | UInt64(bytes[i])
            i += 1
        }
        return ((h ^ tail) &* prime) ^ (h >> 32)
    }
}

private extension UInt64 {
    func rotatedLeft(by count: UInt64) -> UInt64 { self << count | self >> (64 - count) }
}
