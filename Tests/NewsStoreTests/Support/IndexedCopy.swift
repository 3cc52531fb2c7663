import Foundation
import Testing
@testable import NewsStore

/// A scratch copy of the embedded corpus with an index built over it, for the suites that change
/// files and open again.
struct IndexedCopy {
    typealias S = StoreTestSupport
    var scratch: URL
    var corpus: URL
    var database: URL

    init() throws {
        scratch = try S.scratch()
        corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        database = scratch.appendingPathComponent("index.sqlite")
        _ = try S.stored(corpus, index: database)
    }

    func file(_ name: String) -> URL { corpus.appendingPathComponent(name) }

    /// Opens again and checks the index against the in-memory pipeline over the same files and
    /// against the rows a fresh build holds.
    func reopen(sourceLocation: SourceLocation = #_sourceLocation) throws -> IndexStore.Opened {
        let opened = try S.stored(corpus, index: database)
        S.expectSame(opened.index, try S.inMemory(corpus), sourceLocation: sourceLocation)
        try TagTables.expectFresh(database, corpus: corpus, sourceLocation: sourceLocation)
        return opened
    }
}
