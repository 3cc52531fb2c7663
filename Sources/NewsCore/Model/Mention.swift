/// How a mention was recognised.
public enum MentionVia: String, Sendable, Hashable, Codable {
    /// The text matched one of the entity's aliases.
    case alias
    /// A surname or honorific form ("Liang", "Mr Blair") after a full mention in the same article.
    case shortName = "short name"
    /// A money figure or percentage found by the figure scanner.
    case figure
}

/// One occurrence of an entity in a passage.
public struct Mention: Sendable, Hashable {
    public var entity: Int
    public var passage: PassageID
    /// UTF-8 byte offsets into the passage text.
    public var range: Range<Int>
    public var via: MentionVia

    public init(entity: Int, passage: PassageID, range: Range<Int>, via: MentionVia = .alias) {
        self.entity = entity
        self.passage = passage
        self.range = range
        self.via = via
    }
}
