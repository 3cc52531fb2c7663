/// What a passage is for the reader; set-aside kinds (`chrome`, `repeat`) stay in the article so
/// nothing is lost, but they are dimmed in the reader and never tagged or linked.
public enum PassageKind: String, Sendable, Hashable, Codable, CaseIterable {
    case body
    case heading
    case listItem = "list item"
    /// Site furniture such as "Advertisement" or "CLICK HERE …", set aside rather than deleted.
    case chrome
    /// A paragraph that already appeared earlier in the same article.
    case `repeat`

    /// Kinds whose text is part of what the article says (tagged, linked, searched).
    public var isContent: Bool { self == .body || self == .heading || self == .listItem }
}

/// One paragraph, heading or list item of a cleaned article.
public struct Passage: Sendable, Hashable {
    /// Position in the article, 0-based; with the article path it is the passage's stable id.
    public var index: Int
    public var kind: PassageKind
    /// The cleaned text: repaired, entity-decoded and reflowed onto one line.
    public var text: String
    /// Lines of the article's cleaned source text this passage was built from (0-based, half-open).
    public var lines: Range<Int>
    /// For `.repeat`, the index of the passage it repeats.
    public var repeatOf: Int?

    public init(index: Int, kind: PassageKind, text: String, lines: Range<Int> = 0..<0, repeatOf: Int? = nil) {
        self.index = index
        self.kind = kind
        self.text = text
        self.lines = lines
        self.repeatOf = repeatOf
    }
}
