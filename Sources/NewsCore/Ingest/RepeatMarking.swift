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
        var firstByText: [String: Int] = [:]
        for (index, block) in blocks.enumerated() where block.kind.isContent {
            let text = TextShape.comparable(block.text)
            guard !text.isEmpty else { continue }
            if let first = firstByText[text] {
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
            firstByText[text] = index
            seen.append((index, padded))
        }
        return marked
    }
}
