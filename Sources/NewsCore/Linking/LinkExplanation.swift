/// Why a passage was linked: what the reader shows beside each related passage.
public struct LinkExplanation: Sendable, Hashable, CustomStringConvertible {
    /// False when the passage does not name the entity and was found through its article.
    public var entityMentioned: Bool
    /// Normalised shared words, heaviest first (at most five).
    public var sharedWords: [String]
    /// Entities both passages speak of, other than the one linked by, rarest first.
    public var sharedEntities: [Int]
    public var sharedEntityNames: [String]
    /// The best figure pair, when the passages give comparable (or same-topic) figures.
    public var figure: FigureMatch?
    /// The parts of the score: word cosine (0…1), shared entities (0…0.3), figures (0…0.45).
    public var wordScore: Double
    public var entityScore: Double
    public var figureScore: Double

    public init(entityMentioned: Bool = true, sharedWords: [String], sharedEntities: [Int], sharedEntityNames: [String], figure: FigureMatch?,
                wordScore: Double, entityScore: Double, figureScore: Double) {
        self.entityMentioned = entityMentioned
        self.sharedWords = sharedWords
        self.sharedEntities = sharedEntities
        self.sharedEntityNames = sharedEntityNames
        self.figure = figure
        self.wordScore = wordScore
        self.entityScore = entityScore
        self.figureScore = figureScore
    }

    /// One line: `words: cost, train, million · also: Nvidia · figures: $5.6 million ~ $6 million`;
    /// parts with nothing to say are left out, and a bare mention reads `mentions it`. A passage
    /// found through its article ends with `· named elsewhere in the article`.
    public var description: String {
        var parts: [String] = []
        if !sharedWords.isEmpty { parts.append("words: " + sharedWords.joined(separator: ", ")) }
        if !sharedEntityNames.isEmpty { parts.append("also: " + sharedEntityNames.joined(separator: ", ")) }
        if let figure { parts.append("figures: \(figure)") }
        if parts.isEmpty { parts.append("mentions it") }
        if !entityMentioned { parts.append("named elsewhere in the article") }
        return parts.joined(separator: " · ")
    }
}
