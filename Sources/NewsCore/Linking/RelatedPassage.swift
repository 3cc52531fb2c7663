/// A passage of another article that speaks of the same entity, ranked by how closely it speaks
/// to the same point.
///
/// `score` = TF-IDF cosine of the two passages' words (0…1) + shared other entities (up to 0.1
/// each by rarity, at most 0.3) + the best figure pair (0.15…0.45 comparable, 0.05 same topic).
/// So it runs from 0 (only the entity in common) to about 1.75; above ~0.3 the passages usually
/// make the same point. A passage that does not name the entity itself (found through its
/// article) scores 0.8 of that and is kept only from 0.15 (`PassageLinker.articleContextFactor`).
public struct RelatedPassage: Sendable, Hashable {
    public var target: PassageID
    /// The entity the passages were linked by.
    public var entity: Int
    public var score: Double
    public var why: LinkExplanation

    public init(target: PassageID, entity: Int, score: Double, why: LinkExplanation) {
        self.target = target
        self.entity = entity
        self.score = score
        self.why = why
    }
}

/// The related passages for one entity of a passage, as the reader lists them.
public struct RelatedGroup: Sendable, Hashable {
    public var entity: Int
    public var passages: [RelatedPassage]

    public init(entity: Int, passages: [RelatedPassage]) {
        self.entity = entity
        self.passages = passages
    }
}
