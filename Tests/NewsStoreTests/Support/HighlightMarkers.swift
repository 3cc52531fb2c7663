/// Reads FTS5's `highlight()` output back as byte ranges, to check the search's own highlights
/// against it. FTS5 copies the passage text and puts an open marker before and a close marker
/// after each matched word or phrase; the markers are Unicode noncharacters, which no article
/// text should hold, and the copy is checked against the passage byte for byte, so a text that
/// does hold one gets no ranges rather than wrong ones.
enum HighlightMarkers {
    /// U+FDD0 and U+FDD1 (Swift refuses noncharacters in literals, not in strings).
    static let open = String(Unicode.Scalar(0xFDD0 as UInt32)!)
    static let close = String(Unicode.Scalar(0xFDD1 as UInt32)!)
    /// Both markers are three bytes in UTF-8 with the same first two.
    private static let lead: (UInt8, UInt8) = (0xEF, 0xB7)
    private static let openLast: UInt8 = 0x90
    private static let closeLast: UInt8 = 0x91

    /// UTF-8 byte ranges of `text` that `marked` puts between markers; nil when `marked` is not
    /// `text` with markers inserted.
    static func ranges(marked: String, text: String) -> [Range<Int>]? {
        let marked = Array(marked.utf8)
        let original = Array(text.utf8)
        var ranges: [Range<Int>] = []
        var start: Int?
        var position = 0
        var index = 0
        while index < marked.count {
            let byte = marked[index]
            if byte == lead.0, index + 2 < marked.count, marked[index + 1] == lead.1,
               marked[index + 2] == openLast || marked[index + 2] == closeLast {
                if marked[index + 2] == openLast {
                    guard start == nil else { return nil }
                    start = position
                } else {
                    guard let open = start else { return nil }
                    if open < position { ranges.append(open..<position) }
                    start = nil
                }
                index += 3
                continue
            }
            guard position < original.count, original[position] == byte else { return nil }
            position += 1
            index += 1
        }
        guard position == original.count, start == nil else { return nil }
        return ranges
    }
}
