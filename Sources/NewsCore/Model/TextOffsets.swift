/// Converts the UTF-8 byte offsets used inside the library into Unicode scalar offsets, the
/// unit scripts index strings by (Python's `str`, JavaScript's code points), for JSON output.
public enum TextOffsets {
    public static func scalarOffset(ofUTF8 offset: Int, in text: String) -> Int {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: min(max(offset, 0), utf8.count))
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: end)
    }

    /// The substring a UTF-8 byte range covers.
    public static func slice(_ text: String, _ range: Range<Int>) -> String {
        // Through the UTF-8 view's indices, not a copy of the text: a passage with many
        // figures is sliced once per figure.
        let utf8 = text.utf8
        let lower = min(max(range.lowerBound, 0), utf8.count)
        let upper = min(max(range.upperBound, lower), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        return String(decoding: utf8[start..<utf8.index(start, offsetBy: upper - lower)], as: UTF8.self)
    }
}
