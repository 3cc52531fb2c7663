import NewsCore

/// An index opened for reading on demand: what `NewsIndex(library:…)` is built from. Holds no
/// corpus: the library reads articles as they are asked for.
public struct StoredIndex: Sendable {
    public let library: StoredLibrary
    /// Entity names as typed, ranked by the stored mention counts; search resolves `@name` with it.
    public let lookup: EntityLookup
    public let search: FullTextSearch

    /// The linker's document frequencies: the library's `terms` table.
    public var terms: any TermStatistics { library }

    init(library: StoredLibrary) {
        self.library = library
        lookup = library.makeLookup()
        search = FullTextSearch(library: library, lookup: lookup)
    }
}
