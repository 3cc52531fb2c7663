/// One article's linking terms and entities, counted but not yet weighted: the first half of
/// building `ArticleVectors`, kept apart so that articles can be tokenised in parallel outside
/// the cache's lock (each worker with its own `TermCounter`, its ids mapped to the cache's
/// afterwards) and the document frequencies of a whole batch asked for at once.
struct ArticleTerms: Sendable {
    let article: Int
    /// Passage `p` holds entries `termStart[p]..<termStart[p + 1]`: terms that link at least
    /// once, ascending by the counter's ids.
    private(set) var termStart: [Int32] = [0]
    private(set) var termIDs: [Int32] = []
    private(set) var linkCounts: [UInt16] = []
    /// Passage `p` speaks of `entityIDs[entityStart[p]..<entityStart[p + 1]]`, ascending: the
    /// entities mentioned and the makers of mentioned products, what shared entities compare.
    private(set) var entityStart: [Int32] = [0]
    private(set) var entityIDs: [Int32] = []
    /// The same for the entities whose postings hold the passage (`Tagger.postingEntities`):
    /// what "the passage names the entity" means.
    private(set) var postingStart: [Int32] = [0]
    private(set) var postingIDs: [Int32] = []
    private(set) var isContent: [Bool] = []
    let figures: [[Figure]]
    /// Maker of every entity mentioned in the article or a figure's subject there.
    private(set) var makers: [Int: Int] = [:]

    /// Renames term ids (`ids[old]` is the new id), keeping each passage's terms ascending.
    mutating func renameTerms(_ ids: [Int32]) {
        var pairs: [(term: Int32, linkCount: UInt16)] = []
        for passage in 0..<isContent.count {
            let range = Int(termStart[passage])..<Int(termStart[passage + 1])
            pairs.removeAll(keepingCapacity: true)
            for entry in range { pairs.append((ids[Int(termIDs[entry])], linkCounts[entry])) }
            pairs.sort { $0.term < $1.term }
            for (entry, pair) in zip(range, pairs) {
                termIDs[entry] = pair.term
                linkCounts[entry] = pair.linkCount
            }
        }
    }

    /// Counts the article's content passages with `counter`; `parent` is the entity table's.
    init(article: Int, _ text: Article, _ tags: ArticleTags, counter: inout TermCounter, parent: (Int) -> Int?) {
        self.article = article
        figures = tags.figures
        var counts: [TermCounter.Count] = []
        var scratch: [Int] = []
        for (index, passage) in text.passages.enumerated() {
            let mentions = index < tags.mentions.count ? tags.mentions[index] : []
            let figures = index < tags.figures.count ? tags.figures[index] : []
            isContent.append(passage.kind.isContent)
            if passage.kind.isContent {
                counter.count(passage.text, excluding: TermCounter.excludedRanges(mentions: mentions, figures: figures),
                              into: &counts)
                for count in counts where count.linkCount > 0 {
                    termIDs.append(count.term)
                    linkCounts.append(count.linkCount)
                }
            }
            termStart.append(Int32(termIDs.count))

            scratch.removeAll(keepingCapacity: true)
            for mention in mentions {
                let maker = parent(mention.entity)
                makers[mention.entity] = maker ?? mention.entity
                scratch.append(mention.entity)
                if let maker { scratch.append(maker) }
            }
            scratch.sort()
            for (position, entity) in scratch.enumerated() where position == 0 || scratch[position - 1] != entity {
                entityIDs.append(Int32(entity))
            }
            entityStart.append(Int32(entityIDs.count))

            Tagger.postingEntities(of: mentions, parent: parent, into: &scratch)
            postingIDs += scratch.lazy.map(Int32.init)
            postingStart.append(Int32(postingIDs.count))

            for subject in figures.lazy.compactMap(\.subject) where makers[subject] == nil {
                makers[subject] = parent(subject) ?? subject
            }
        }
    }
}
