import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// Search over a stored library, which holds no corpus, finds what search over the corpus in
/// memory finds: scores, order, highlights and counts.
@Suite struct LibrarySearchTests {
    typealias S = StoreTestSupport

    static let queries = ["chips", "chips nvidia", "@nvidia", "@deeps chips", #""sputnik moment""#, "robo*", "moment",
                          "wenfeng cafe @deepseek", "trained @liang", "@nvidia @deepseek", "@\"DeepSeek R1\""]

    @Test func inMemoryLibrary() throws {
        let library = try MemoryIndex.build(SearchFixture.news)
        for query in Self.queries {
            #expect(try library.search.search(query) == SearchFixture.newsSearch.search(query), "\(query)")
        }
        #expect(try library.search.search("@nvidia chips").totalPassages > 0)
    }

    @Test func persistedLibraryOfTheEmbeddedCorpus() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        let opened = try IndexStore.open(paths: [corpus.path], catalogFiles: [S.embeddedCatalog.path], discover: true,
                                                indexPath: scratch.appendingPathComponent("index.sqlite").path)
        let memory = try S.inMemory(corpus)
        for query in Self.queries + ["@openai stargate", "export controls", "@\"Liang Wenfeng\" fund*"] {
            #expect(try opened.index.search.search(query, limit: 5) == memory.search.search(query, limit: 5), "\(query)")
        }
    }
}
