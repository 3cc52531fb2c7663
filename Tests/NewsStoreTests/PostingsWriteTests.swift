import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// `postings` is written many rows to a statement: every row arrives, across statement boundaries.
@Suite struct PostingsWriteTests {
    @Test func everyPostingIsWrittenAcrossStatements() throws {
        let count = 2 * IndexWriter.postingsPerStatement + 7
        let tagged = try SearchFixture.tagged([
            SearchFixture.ArticleSpec(path: "many.txt", passages: (0..<count).map { "Nvidia shipped batch \($0) to DeepSeek." }),
        ], catalog: "organisation: Nvidia\norganisation: DeepSeek\n")
        let stored = try SearchDatabase(tagged)
        let rows = try stored.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM postings") }
        #expect(rows == 2 * count)
        let search = try MemoryIndex.build(tagged).search
        #expect(try search.search("@nvidia @deepseek", limit: 1).totalPassages == count)
        #expect(try search.search("@nvidia batch", limit: 1).totalPassages == count)
    }
}
