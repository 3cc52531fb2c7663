/// Greedy word wrapping by display width: breaks at spaces, splits a word only when it is wider
/// than the line, never splits a grapheme, and counts a control as its visible form (`^[` is two
/// cells). Lines come back as UTF-8 byte ranges of the text, so mention ranges (also bytes) map
/// onto them directly.
public enum TextWrap {
    /// Cells a character takes once drawn by `Frame.put` (controls shown in caret notation).
    public static func cells(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.count == 1, first.value >= 0x20, first.value < 0x7F { return 1 }
        if scalars.contains(where: { ControlPictures.visible($0) != nil }) {
            return TextWidth.of(ControlPictures.sanitize(String(character)))
        }
        return TextWidth.of(character)
    }

    /// The byte ranges of `text`'s lines at `width` cells (at least one range, maybe empty).
    public static func wrap(_ text: String, width: Int) -> [Range<Int>] {
        let width = max(width, 1)
        var characters: [(offset: Int, end: Int, cells: Int, space: Bool)] = []
        var offset = 0
        for character in text {
            let length = character.utf8.count
            characters.append((offset, offset + length, cells(character), character == " "))
            offset += length
        }
        guard !characters.isEmpty else { return [0..<0] }
        var lines: [Range<Int>] = []
        var start = 0
        while start < characters.count {
            while start < characters.count, characters[start].space { start += 1 }
            guard start < characters.count else { break }
            var used = 0
            var end = start
            while end < characters.count, used + characters[end].cells <= width {
                used += characters[end].cells
                end += 1
            }
            if end < characters.count {
                // Break after the last space that fits, unless the line has none (a long word).
                if characters[end].space {
                    // The overflow is a space: the line ends cleanly here.
                } else if let space = (start..<end).last(where: { characters[$0].space }), space > start {
                    end = space
                } else if end == start {
                    end = start + 1
                }
            }
            var last = end
            while last > start, characters[last - 1].space { last -= 1 }
            lines.append(characters[start].offset..<(last > start ? characters[last - 1].end : characters[start].offset))
            start = end
        }
        return lines.isEmpty ? [0..<0] : lines
    }

    /// The substring of `text` at a UTF-8 byte range (clamped to character boundaries).
    public static func slice(_ text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: min(range.lowerBound, utf8.count))
        let upper = utf8.index(utf8.startIndex, offsetBy: min(range.upperBound, utf8.count))
        return text[lower..<upper]
    }
}
