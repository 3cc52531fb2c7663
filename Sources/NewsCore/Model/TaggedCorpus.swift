/// A corpus with its entities tagged: what the linker, search, CLI and reader all read.
public struct TaggedCorpus: Sendable {
    public var corpus: Corpus
    public var entities: EntityTable
    /// `mentions[article][passage]`, sorted by range start; content passages only are tagged.
    public var mentions: [[[Mention]]]
    /// `figures[article][passage]`, sorted by range start.
    public var figures: [[[Figure]]]
    /// Entity id → passages that mention it, directly or through a product named after it,
    /// sorted and without duplicates.
    public var postings: [Int: [PassageID]]

    public init(corpus: Corpus, entities: EntityTable, mentions: [[[Mention]]], figures: [[[Figure]]],
                postings: [Int: [PassageID]]) {
        self.corpus = corpus
        self.entities = entities
        self.mentions = mentions
        self.figures = figures
        self.postings = postings
    }

    public func mentions(in id: PassageID) -> [Mention] { mentions[id.article][id.passage] }
    public func figures(in id: PassageID) -> [Figure] { figures[id.article][id.passage] }

    /// Entities a passage speaks of: those mentioned plus the parents of mentioned products.
    public func entityIDs(in id: PassageID) -> Set<Int> {
        var ids = Set<Int>()
        for mention in mentions(in: id) {
            ids.insert(mention.entity)
            if let parent = entities.parent(of: mention.entity) { ids.insert(parent) }
        }
        return ids
    }
}
