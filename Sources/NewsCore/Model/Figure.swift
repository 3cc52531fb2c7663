/// A money figure or percentage, normalised so that what different outlets claim can be compared.
public struct Figure: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case money
        case percentage
    }

    public var kind: Kind
    /// The figure as written ("$5.6 million", "12 percent").
    public var text: String
    /// Its value in units: 5_600_000 for "$5.6 million", 12 for "12 percent".
    public var value: Double
    /// Currency code or symbol for money ("USD", "GBP", "CNY"); nil for percentages.
    public var currency: String?
    public var passage: PassageID
    /// UTF-8 byte offsets into the passage text.
    public var range: Range<Int>
    /// The entity the figure is said of (same sentence, else nearest in the passage), when any.
    public var subject: Int?

    public init(kind: Kind, text: String, value: Double, currency: String?, passage: PassageID,
                range: Range<Int>, subject: Int? = nil) {
        self.kind = kind
        self.text = text
        self.value = value
        self.currency = currency
        self.passage = passage
        self.range = range
        self.subject = subject
    }
}
