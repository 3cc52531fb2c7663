/// A window of a passage around one byte range, fitted to a width: starts a little before the
/// range (at a word start), with "…" where text was cut, so the mention is always in view.
struct Snippet {
    var text: String
    /// Byte of the passage text where `text` starts, minus the bytes of a leading "…": add it to a
    /// position in `text` to get a passage byte (so passage ranges work as spans with `base`).
    var base: Int

    init(_ passage: String, around focus: Range<Int>?, width: Int) {
        let characters = Array(passage)
        var offsets: [Int] = []
        var byte = 0
        for character in characters {
            offsets.append(byte)
            byte += character.utf8.count
        }
        let focusIndex = focus.flatMap { range in offsets.lastIndex { $0 <= range.lowerBound } } ?? 0
        var start = focusIndex
        var lead = 0
        let focusEnd = focus.flatMap { range in offsets.firstIndex { $0 >= range.upperBound } } ?? min(focusIndex + 1, characters.count)
        let throughFocus = characters[..<focusEnd].reduce(0) { $0 + TextWrap.cells($1) }
        while start > 0, lead + TextWrap.cells(characters[start - 1]) <= width / 4 {
            start -= 1
            lead += TextWrap.cells(characters[start])
        }
        if throughFocus <= width * 3 / 4 { start = 0 }
        if start > 0, let space = characters[start..<focusIndex].firstIndex(of: " ") { start = space + 1 }
        let body = String(characters[start...])
        if start > 0 {
            text = "…" + body
            base = offsets[start] - "…".utf8.count
        } else {
            text = body
            base = 0
        }
        text = Fit.truncate(text, to: width)
    }
}
