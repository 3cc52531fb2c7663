/// One word of a passage as the linker and search see it.
public struct Token: Sendable, Hashable {
    /// The normalised term: lowercased, split at apostrophes, plural stripped ("chips" → "chip").
    /// Stop words keep their lowercased form unstemmed.
    public var term: String
    /// UTF-8 byte offsets of the word as written in the text.
    public var range: Range<Int>
    public var isStopWord: Bool

    public init(term: String, range: Range<Int>, isStopWord: Bool) {
        self.term = term
        self.range = range
        self.isStopWord = isStopWord
    }
}
