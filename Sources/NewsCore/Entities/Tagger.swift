/// The one entry point the CLI calls: entities, mentions, figures and postings for a corpus.
public enum Tagger {
    /// Tags every content passage of `corpus` with the catalog's entities (plus discovered ones
    /// when `discover` is true), short names of people, and money/percentage figures.
    /// Articles are processed in parallel; the result does not depend on scheduling.
    public static func tag(_ corpus: Corpus, catalog: EntityCatalog, discover: Bool = true) -> TaggedCorpus {
        tagWithEvidence(corpus, catalog: catalog, discover: discover).tagged
    }

    /// `tag`, with each article's evidence (in corpus order): what an index keeps to decide the
    /// entity table again when a few articles change.
    public static func tagWithEvidence(_ corpus: Corpus, catalog: EntityCatalog,
                                       discover: Bool = true) -> (tagged: TaggedCorpus, evidence: [TagEvidence]) {
        let known = TagEntities.catalog(catalog)
        let knownMatcher = discover ? AliasMatcher(entities: known) : nil
        // Figures are scanned once: the evidence names them for the table, tagging places them.
        let perArticle = Parallel.map(corpus.articles) { article in
            let figures = FigureScanner.scan(passagesOf: article)
            return (TagEvidence(article, knownMatcher: knownMatcher, figures: figures), figures)
        }
        let evidence = perArticle.map(\.0)
        let discovered = knownMatcher.map {
            EntityDiscovery.entities(from: TagEvidence.merged(evidence), known: known, knownMatcher: $0, firstID: known.count)
        } ?? []
        let entities = TagEntities(named: known + discovered, figures: evidence.lazy.map(\.figures))
        return (entities.tag(corpus, figures: perArticle.map(\.1)), evidence)
    }

    /// The passages' texts the matcher reads: content only (nil for chrome and repeats).
    static func matchedTexts(of article: Article) -> [String?] {
        article.passages.map { $0.kind.isContent ? $0.text : nil }
    }

    /// One article's mentions, passage by passage, from its alias matches (`matches(inEach:)`
    /// of `matchedTexts`) and the figures that were scanned for it
    /// (`FigureScanner.scan(passagesOf:)`); an alias match inside a figure is dropped.
    static func tagArticle(_ article: Article, index: Int, matches: [[AliasMatch]], entities: [Entity],
                           shortNames: ShortNameKeys, figures: [[ScannedFigure]]) -> [[Mention]] {
        let texts = matchedTexts(of: article)
        var mentions = matches.enumerated().map { p, matches in
            let id = PassageID(article: index, passage: p)
            return matches.map { Mention(entity: $0.entity, passage: id, range: $0.range) }
        }
        ShortNameResolver.resolve(passages: texts, mentions: &mentions, entities: entities, keys: shortNames)
        for p in mentions.indices {
            for m in mentions[p].indices { mentions[p][m].passage = PassageID(article: index, passage: p) }
            // "US$5.6m": the "US" is the figure's currency, not a mention of the country.
            // Figures come in text order and do not overlap: a binary search per mention.
            let scanned = figures[p]
            guard !scanned.isEmpty else { continue }
            mentions[p].removeAll { mention in
                let at = scanned.partitionPoint { $0.range.upperBound > mention.range.lowerBound }
                return at < scanned.count && scanned[at].range.overlaps(mention.range)
            }
        }
        return mentions
    }

    /// Entity → passages mentioning it directly or through a product named after it.
    ///
    /// Gathered per entity id in plain arrays (a passage's entities are sorted and deduplicated
    /// in a reused scratch array), then handed over as the dictionary the model keeps.
    public static func postings(_ mentions: [[[Mention]]], _ table: EntityTable) -> [Int: [PassageID]] {
        // parent(of:) looks the parent up by name; once per entity, not per mention.
        let parents = table.entities.indices.map { table.parent(of: $0) }
        var perEntity: [[PassageID]] = []
        var scratch: [Int] = []
        for (a, article) in mentions.enumerated() {
            for (p, passage) in article.enumerated() where !passage.isEmpty {
                let id = PassageID(article: a, passage: p)
                postingEntities(of: passage, parent: { parents[$0] }, into: &scratch)
                for entity in scratch {
                    if entity >= perEntity.count { perEntity += Array(repeating: [], count: entity + 1 - perEntity.count) }
                    perEntity[entity].append(id)
                }
            }
        }
        var postings: [Int: [PassageID]] = [:]
        postings.reserveCapacity(perEntity.count)
        for (entity, passages) in perEntity.enumerated() where !passages.isEmpty { postings[entity] = passages }
        return postings
    }

    /// The entities whose postings hold a passage with these mentions, ascending and without
    /// duplicates, into `entities`: each one mentioned and its makers, makers of makers too, a
    /// few levels at most (catalogs may loop by mistake). The linker asks the same of one
    /// passage, so postings and its "named in the passage" cannot disagree.
    static func postingEntities(of mentions: [Mention], parent: (Int) -> Int?, into entities: inout [Int]) {
        entities.removeAll(keepingCapacity: true)
        for mention in mentions {
            entities.append(mention.entity)
            var next = parent(mention.entity)
            var hops = 0
            while let maker = next, hops < 4 {
                entities.append(maker)
                next = parent(maker)
                hops += 1
            }
        }
        entities.sort()
        var kept = 0
        for index in entities.indices where kept == 0 || entities[kept - 1] != entities[index] {
            entities[kept] = entities[index]
            kept += 1
        }
        entities.removeLast(entities.count - kept)
    }
}
