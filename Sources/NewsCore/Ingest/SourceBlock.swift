/// A paragraph, heading or list item on its way to becoming a `Passage`: what line structure
/// (or HTML block extraction) produces and what the chrome, title and repeat steps refine.
public struct SourceBlock: Sendable, Hashable {
    public var kind: PassageKind
    /// The text on one line, whitespace collapsed.
    public var text: String
    /// Lines of the cleaned text the block came from (0-based, half-open).
    public var lines: Range<Int>
    /// For `.repeat`: the index of the block it repeats.
    public var repeatOf: Int?

    public init(kind: PassageKind, text: String, lines: Range<Int>, repeatOf: Int? = nil) {
        self.kind = kind
        self.text = text
        self.lines = lines
        self.repeatOf = repeatOf
    }
}
