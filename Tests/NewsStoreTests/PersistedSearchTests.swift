import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// A database on disk, written in another order (so every row id differs), answers every query
/// exactly as the in-memory one does: scores, order, highlights and counts.
@Suite struct PersistedSearchTests {
    @Test func aFileDatabaseFindsWhatMemoryFinds() throws {
        let tagged = SearchFixture.news
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let stored = try SearchDatabase(tagged, path: path, reversed: true)
        #expect(stored.articleIDs != stored.articleIDs.sorted())
        let persisted = try stored.search(tagged)
        let memory = SearchFixture.newsSearch
        for query in ["chips", "chips nvidia", "@nvidia", "@deeps chips", #""sputnik moment""#, "robo*", "moment",
                      "wenfeng cafe @deepseek", "trained @liang"] {
            #expect(try persisted.search(query) == memory.search(query), "\(query)")
        }
    }

    @Test func aDatabaseNotInPathOrderIsRefused() throws {
        let database = try DatabaseQueue()
        try database.write { try IndexSchema.create($0) }
        #expect(throws: IndexReader.Damaged.self) { try StoredLibrary(database: SnapshotReaders([database])) { _ in "" } }
    }
}
