/// Short single-line excerpts for terminal output.
enum Snippet {
    static func cut(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }

    /// The passage text with each UTF-8 range wrapped in markers (`[…]` for plain output).
    static func highlight(_ text: String, _ ranges: [Range<Int>], open: String = "[", close: String = "]") -> String {
        var bytes = Array(text.utf8)
        for range in ranges.sorted(by: { $0.lowerBound > $1.lowerBound })
        where range.upperBound <= bytes.count {
            bytes.insert(contentsOf: Array(close.utf8), at: range.upperBound)
            bytes.insert(contentsOf: Array(open.utf8), at: range.lowerBound)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
