/// The entities a corpus is tagged with, and what tags one article against them: the catalog's,
/// the discovered ones, then one per figure. Built from the corpus's evidence alone
/// (`TagEvidence`), so an article is tagged the same whichever articles are tagged beside it:
/// what lets an index re-tag only the articles that changed while the table stays the same.
public struct TagEntities: Sendable {
    /// Catalog entities, then discovered ones; ids are positions. Aliases are matched against these.
    public let named: [Entity]
    /// `named` then the figures, numbered by first appearance in the corpus: the ids tags hold.
    public let table: EntityTable
    let matcher: AliasMatcher
    let shortNames: ShortNameKeys

    /// - Parameter figures: each article's `TagEvidence.figures`, in corpus order.
    public init<Figures: Sequence>(named: [Entity], figures: Figures) where Figures.Element == [TagEvidence.FigureName] {
        self.named = named
        var table = EntityTable(named)
        for article in figures {
            for figure in article {
                table.add(Entity(id: 0, name: figure.name, type: figure.kind == .money ? .money : .percentage,
                                 aliases: [Alias(figure.name, exactCase: true)], origin: .discovered))
            }
        }
        self.table = table
        matcher = AliasMatcher(entities: named)
        shortNames = ShortNameKeys(named)
    }

    /// The catalog's entities numbered from 0: the start of every table.
    public static func catalog(_ catalog: EntityCatalog) -> [Entity] {
        var entities = catalog.entities
        for index in entities.indices { entities[index].id = index; entities[index].origin = .catalog }
        return entities
    }

    /// Every article of `corpus` tagged, in parallel, with the postings: what `Tagger.tag` returns.
    /// - Parameter figures: each article's `FigureScanner.scan(passagesOf:)` when already
    ///   scanned (for the evidence), else nil.
    public func tag(_ corpus: Corpus, figures: [[[ScannedFigure]]]? = nil) -> TaggedCorpus {
        // Every article's alias matches first, then the rest: run on its own, the automaton
        // keeps its busiest rows in the cache instead of sharing it with the other steps.
        let matches = Parallel.map(corpus.articles) { matcher.matches(inEach: Tagger.matchedTexts(of: $0)) }
        // By index: an array of (offset, article) pairs copied every article, a retain per field.
        let perArticle = Parallel.map(Array(corpus.articles.indices)) {
            tag(corpus.articles[$0], index: $0, figures: figures?[$0], matches: matches[$0])
        }
        let mentions = perArticle.map(\.mentions)
        return TaggedCorpus(corpus: corpus, entities: table, mentions: mentions, figures: perArticle.map(\.figures),
                            postings: Tagger.postings(mentions, table))
    }

    /// One article's mentions and figures, figures' subjects chosen, passage ids naming the
    /// article as `index`.
    /// - Parameters:
    ///   - figures: the article's `FigureScanner.scan(passagesOf:)`, or nil to scan it here.
    ///   - matches: the matcher's `matches(inEach: Tagger.matchedTexts(of: article))`, or nil to
    ///     match here.
    public func tag(_ article: Article, index: Int, figures scanned: [[ScannedFigure]]? = nil,
                    matches: [[AliasMatch]]? = nil) -> (mentions: [[Mention]], figures: [[Figure]]) {
        let scanned = scanned ?? FigureScanner.scan(passagesOf: article)
        let matches = matches ?? matcher.matches(inEach: Tagger.matchedTexts(of: article))
        var mentions = Tagger.tagArticle(article, index: index, matches: matches, entities: named, shortNames: shortNames,
                                         figures: scanned)
        var figures: [[Figure]] = []
        figures.reserveCapacity(scanned.count)
        for (passageIndex, scanned) in scanned.enumerated() {
            let id = PassageID(article: index, passage: passageIndex)
            var passageFigures: [Figure] = []
            passageFigures.reserveCapacity(scanned.count)
            for figure in scanned {
                // Every figure of the corpus is in the table (see `init`). Subjects are chosen
                // below, with the article's context.
                let entity = table.id(named: figure.canonical)!
                passageFigures.append(Figure(kind: figure.kind, text: TextOffsets.slice(article.passages[passageIndex].text, figure.range),
                                             value: figure.value, currency: figure.currency, passage: id,
                                             range: figure.range, subject: nil))
                mentions[passageIndex].append(Mention(entity: entity, passage: id, range: figure.range, via: .figure))
            }
            if !scanned.isEmpty {
                mentions[passageIndex].sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
            }
            figures.append(passageFigures)
        }
        // Subjects that need the whole article ("The company said…" → its main organisation).
        return (mentions, FigureSubject.assign(figures, mentions: mentions, article: article, entities: table))
    }
}
