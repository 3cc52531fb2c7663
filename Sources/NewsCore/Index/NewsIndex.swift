/// An opened corpus with what is built over it: the library articles and tags are read through,
/// the linker and search. The CLI and the reader both open one; it is immutable once built.
public struct NewsIndex: Sendable {
    /// Where articles, tags and entity questions are answered: what the reader and the commands
    /// read through (see `ArticleLibrary`).
    public let library: any ArticleLibrary
    /// The document frequencies the linker weighs shared words by.
    public let terms: any TermStatistics
    public let linker: PassageLinker
    public let search: any PassageSearch
    /// Entity names as typed (picker, `@name`, `--entity`).
    public let lookup: EntityLookup

    public var entities: EntityTable { library.entities }

    /// - Parameters:
    ///   - lookup: the lookup `search` resolves `@name` with, so it is built once.
    ///   - search: the full-text index over the same corpus. It lives in NewsStore (SQLite FTS5,
    ///     on disk or in memory), which this module does not import.
    public init(library: any ArticleLibrary, terms: any TermStatistics, lookup: EntityLookup, search: any PassageSearch) {
        self.library = library
        self.terms = terms
        linker = PassageLinker(library: library, terms: terms)
        self.lookup = lookup
        self.search = search
    }

    /// Reads the paths and tags them with the catalog files (merged in order: later files add
    /// aliases and entities): everything an index is built over.
    public static func tag(paths: [String], catalogFiles: [String], discover: Bool) throws -> TaggedCorpus {
        let corpus = CorpusLoader.load(paths: paths)
        guard !corpus.articles.isEmpty else {
            let why = corpus.problems.first.map { ": \($0)" } ?? ""
            throw NewsIndexError("no readable articles in \(paths.joined(separator: ", "))\(why)")
        }
        let catalog = EntityCatalog.merge(try catalogFiles.map { try EntityCatalog.load(path: $0) })
        // Figure subjects need the whole article (anaphors, its main organisation).
        return Tagger.tag(corpus, catalog: catalog, discover: discover)
    }

    /// An entity by canonical name or any alias, case-insensitively; else the best fuzzy match.
    public func entityID(named name: String) -> Int? {
        if let id = entities.id(named: name) { return id }
        let folded = name.lowercased()
        if let hit = entities.entities.first(where: { $0.aliases.contains { $0.text.lowercased() == folded } }) {
            return hit.id
        }
        return lookup.best(name)
    }
}

/// Why a corpus could not be opened, in one line.
public struct NewsIndexError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
