import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// A persisted open gives what the in-memory pipeline gives, on the first open (built) and on
/// the next (everything loaded from the index).
@Suite struct IndexRoundTripTests {
    typealias S = StoreTestSupport

    @Test func embeddedCorpusBuiltThenLoaded() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        let database = scratch.appendingPathComponent("index.sqlite")
        let memory = try S.inMemory(corpus)

        let built = try S.stored(corpus, index: database)
        #expect(built.report.added.count == memory.library.articleCount)
        #expect(built.report.retagged)
        #expect(built.report.notices.isEmpty)
        S.expectSame(built.index, memory)

        let loaded = try S.stored(corpus, index: database)
        #expect(!loaded.report.retagged, "tags come from the index when nothing changed")
        #expect(loaded.report.filesRead == 0)
        #expect(!loaded.report.filesChanged && loaded.report.touched == 0)
        #expect(loaded.report.articles == memory.library.articleCount)
        S.expectSame(loaded.index, memory)
        #expect(try loaded.index.search.search("@nvidia chips") == memory.search.search("@nvidia chips"))
    }

    @Test(.enabled(if: StoreTestSupport.sharedAvailable, Comment(rawValue: StoreTestSupport.skipMessage)))
    func seedArticlesWithoutDiscovery() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let database = scratch.appendingPathComponent("index.sqlite")
        for discover in [false, true] {
            let memory = try S.inMemory(S.seeds, discover: discover)
            let first = try S.stored(S.seeds, index: database, discover: discover)
            #expect(first.report.retagged, "the discovery switch is part of what tags depend on")
            S.expectSame(first.index, memory)
            let again = try S.stored(S.seeds, index: database, discover: discover)
            #expect(!again.report.retagged)
            S.expectSame(again.index, memory)
        }
    }

    @Test func problemsAreStoredNotReread() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        try S.write("", to: corpus.appendingPathComponent("empty.txt"))
        try Data([0, 1, 2, 3, 0, 0]).write(to: corpus.appendingPathComponent("blob.txt"))
        try S.backdate(corpus.appendingPathComponent("blob.txt"))
        try Data([1]).write(to: corpus.appendingPathComponent("notes.pdf"))
        let database = scratch.appendingPathComponent("index.sqlite")
        let memory = try S.inMemory(corpus)
        #expect(memory.library.problems.map(\.path) == ["blob.txt", "empty.txt", "notes.pdf"])

        let built = try S.stored(corpus, index: database)
        S.expectSame(built.index, memory)
        #expect(built.report.problems == 3)
        let again = try S.stored(corpus, index: database)
        #expect(again.report.filesRead == 0, "files that failed are not read again until they change")
        S.expectSame(again.index, memory)
    }

    @Test func progressCountsFilesAndBytesThenStages() throws {
        let scratch = try S.scratch()
        defer { S.remove(scratch) }
        let corpus = try S.copyOfEmbeddedCorpus(in: scratch)
        let database = scratch.appendingPathComponent("index.sqlite")
        let sizes = try FileManager.default.contentsOfDirectory(atPath: corpus.path).map {
            try Data(contentsOf: corpus.appendingPathComponent($0)).count
        }
        var seen: [IndexProgress] = []
        _ = try S.stored(corpus, index: database) { seen.append($0) }
        let reading = seen.filter { $0.stage == .reading }
        #expect(reading.first?.files == 0)
        #expect(reading.last?.files == sizes.count && reading.last?.totalFiles == sizes.count)
        #expect(reading.last?.bytes == sizes.reduce(0, +) && reading.last?.totalBytes == sizes.reduce(0, +))
        #expect(zip(reading, reading.dropFirst()).allSatisfy { $0.files <= $1.files && $0.elapsed <= $1.elapsed })
        #expect(seen.map(\.stage).last == .tagging)

        seen = []
        _ = try S.stored(corpus, index: database) { seen.append($0) }
        #expect(seen.map(\.stage) == [], "nothing to read, load or tag on a warm open")
    }
}
