import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// The stored `terms` table gives the document frequencies `TermIndex` counts in memory, term
/// for term, persisted or in memory, and keeps giving them as articles come and go.
@Suite struct DocumentFrequencyTests {
    typealias S = StoreTestSupport
    typealias C = LibraryComparison

    @Test func embeddedCorpusPersistedAndInMemory() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        let reference = try C.reference(corpus)
        let opened = try IndexStore.open(paths: [corpus.path], catalogFiles: [S.embeddedCatalog.path], discover: true,
                                                indexPath: scratch.appendingPathComponent("index.sqlite").path)
        try C.expectSameTerms(opened.stored.library, reference)
        try C.expectSameTerms(try MemoryIndex.build(reference.tagged).library, reference)
    }

    @Test func setAsideAndRepeatedPassagesAreNotCounted() throws {
        let tagged = try SearchFixture.tagged([
            SearchFixture.ArticleSpec(path: "a.txt", passages: ["Zebras graze.", "Zebras graze.", "Advertisement zebras"],
                                      chrome: [2]),
        ], catalog: "organisation: Nvidia\n")
        let library = try MemoryIndex.build(tagged).library
        #expect(library.contentPassageCount == 2)
        #expect(library.documentFrequencies(["zebra", "graze", "advertisement", "the"]) == [2, 2, 0, 0])
    }

    @Test(.enabled(if: StoreTestSupport.sharedAvailable, Comment(rawValue: StoreTestSupport.skipMessage)))
    func seedArticles() throws {
        let reference = try C.reference(S.seeds)
        try C.expectSameTerms(try MemoryIndex.build(reference.tagged).library, reference)
    }
}
