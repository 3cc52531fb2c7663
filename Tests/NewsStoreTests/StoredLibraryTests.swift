import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// A stored library, persisted or in memory, answers every `ArticleLibrary` question as the
/// in-memory `TaggedLibrary` over the same files does, on the first open and the next.
@Suite struct StoredLibraryTests {
    typealias S = StoreTestSupport
    typealias C = LibraryComparison

    func openLibrary(_ corpus: URL, index: URL) throws -> IndexStore.Opened {
        try IndexStore.open(paths: [corpus.path], catalogFiles: [S.embeddedCatalog.path], discover: true,
                                   indexPath: index.path)
    }

    @Test func embeddedCorpusPersisted() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        let index = scratch.appendingPathComponent("index.sqlite")
        let reference = try C.reference(corpus)

        let built = try openLibrary(corpus, index: index)
        #expect(built.report.retagged && built.report.added.count == reference.articleCount)
        #expect(built.report.articles == reference.articleCount && built.report.problems == reference.problems.count)
        C.expectSame(built.stored.library, reference)

        let reopened = try openLibrary(corpus, index: index)
        #expect(!reopened.report.retagged && reopened.report.filesRead == 0 && !reopened.report.filesChanged)
        C.expectSame(reopened.stored.library, reference)
    }

    @Test func embeddedCorpusInMemory() throws {
        let reference = try C.reference(S.embeddedCorpus)
        let memory = try MemoryIndex.build(reference.tagged)
        C.expectSame(memory.library, reference)
        let opened = try MemoryIndex.open(paths: [S.embeddedCorpus.path], catalogFiles: [S.embeddedCatalog.path],
                                          discover: true)
        C.expectSame(opened.library, reference)
    }

    @Test func fixtureCorpusPersistedAndInMemory() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try LibraryFixture.write(in: scratch)
        let reference = try C.reference(corpus)
        #expect(reference.problems.map(\.path) == ["blob.txt", "notes.pdf"])
        #expect(reference.tagged.corpus.articles.map(\.path) == ["B.txt", "a/Zeta.txt", "a/alpha.txt", "b-side.txt",
                                                                  "b/inner.md", "café.txt"])
        let opened = try openLibrary(corpus, index: scratch.appendingPathComponent("index.sqlite"))
        C.expectSame(opened.stored.library, reference)
        C.expectSame(try MemoryIndex.build(reference.tagged).library, reference)
    }
}
