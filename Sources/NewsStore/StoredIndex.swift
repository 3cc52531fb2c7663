import NewsCore

/// An index opened for reading on demand, persisted or in memory. Holds no corpus: the library
/// reads articles as they are asked for, and `index` builds the linker and search over it.
public struct StoredIndex: Sendable {
    public let library: StoredLibrary
    /// Entity names as typed, ranked by the stored mention counts; search resolves `@name` with it.
    public let lookup: EntityLookup
    public let search: FullTextSearch
    /// What the reader and the commands open: the library, with the stored document frequencies
    /// for the linker.
    public let index: NewsIndex

    init(library: StoredLibrary) {
        self.library = library
        lookup = library.makeLookup()
        search = FullTextSearch(library: library, lookup: lookup)
        index = NewsIndex(library: library, terms: library, lookup: lookup, search: search)
    }
}
