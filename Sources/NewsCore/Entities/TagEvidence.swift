/// What one article contributes to the corpus-wide part of tagging: the candidate names
/// discovery counts in it and the figures it names. Summed over the corpus they decide the
/// entity table; kept per article (the index stores them), an edit to a few articles decides it
/// again without reading the others.
public struct TagEvidence: Sendable, Hashable {
    /// A figure entity's name and type, as `Tagger` adds it to the table.
    public struct FigureName: Sendable, Hashable {
        public var name: String
        public var kind: Figure.Kind

        public init(name: String, kind: Figure.Kind) {
            self.name = name
            self.kind = kind
        }
    }

    /// Discovery's candidates (`EntityDiscovery.candidates`); empty without discovery.
    public var names: [String: EntityDiscovery.Evidence]
    /// The article's figures in text order, each name once (case-insensitively, as the table
    /// keeps it): the table numbers figure entities by first appearance in the corpus.
    public var figures: [FigureName]

    public init(names: [String: EntityDiscovery.Evidence], figures: [FigureName]) {
        self.names = names
        self.figures = figures
    }

    /// - Parameter knownMatcher: the catalog's aliases, which discovery does not look under; nil
    ///   when discovery is off.
    /// - Parameter scanned: the article's `FigureScanner.scan(passagesOf:)`, when the caller
    ///   has it (tagging needs it too); nil scans here.
    public init(_ article: Article, knownMatcher: AliasMatcher?, figures scanned: [[ScannedFigure]]? = nil) {
        names = knownMatcher.map { EntityDiscovery.candidates(in: article, knownMatcher: $0) } ?? [:]
        var seen = Set<String>()
        figures = []
        for passage in scanned ?? FigureScanner.scan(passagesOf: article) {
            for figure in passage where seen.insert(figure.canonical.lowercased()).inserted {
                figures.append(FigureName(name: figure.canonical, kind: figure.kind))
            }
        }
    }

    /// The candidates of many articles summed, as discovery sums them.
    public static func merged<Articles: Sequence>(_ articles: Articles) -> [String: EntityDiscovery.Evidence]
    where Articles.Element == TagEvidence {
        var evidence: [String: EntityDiscovery.Evidence] = [:]
        for article in articles {
            for (name, seen) in article.names { evidence[name, default: EntityDiscovery.Evidence()].merge(seen) }
        }
        return evidence
    }
}
