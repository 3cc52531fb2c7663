import Foundation
import NewsCore
import NewsStore
import Testing

/// What the store keeps, and that it keeps it: written, read back, reopened, shared by two
/// stores on one file.
@Suite struct ReadingStateStoreTests {
    let corpus = "/home/reader/news"

    @Test func readBookmarkPositionAndHistoryComeBackAsWritten() throws {
        let folder = try ScratchFolder()
        let store = try openClean(folder.path("state.sqlite"))
        try store.apply([
            .read(path: "a.txt", true), .read(path: "b.txt", true), .bookmark(path: "b.txt", true),
            .opened(path: "a.txt"), .visited(path: "a.txt", passage: 1),
            .position(path: "a.txt", ReadingPosition(passage: 1, offset: 0)),
        ], corpus: corpus, at: fixedNow)
        try store.apply([
            .opened(path: "b.txt"), .visited(path: "b.txt", passage: 0),
            .position(path: "b.txt", ReadingPosition(passage: 3, offset: 120)), .visited(path: "b.txt", passage: 3),
            .read(path: "a.txt", false),
        ], corpus: corpus, at: fixedNow.addingTimeInterval(5))

        let saved = try store.saved(corpus: corpus)
        #expect(saved == SavedReading(
            read: ["b.txt"], bookmarks: ["b.txt"],
            positions: ["a.txt": ReadingPosition(passage: 1, offset: 0), "b.txt": ReadingPosition(passage: 3, offset: 120)],
            lastOpened: "b.txt"))
        let history = try store.history(corpus: corpus)
        #expect(history.map { "\($0.path):\($0.passage)" } == ["a.txt:1", "b.txt:0", "b.txt:3"])
        #expect(history.map(\.date) == [fixedNow, fixedNow.addingTimeInterval(5), fixedNow.addingTimeInterval(5)])
    }

    @Test func aBookmarkRemovedIsGone() throws {
        let folder = try ScratchFolder()
        let store = try openClean(folder.path("state.sqlite"))
        try store.apply([.bookmark(path: "a.txt", true)], corpus: corpus)
        try store.apply([.bookmark(path: "a.txt", false)], corpus: corpus)
        #expect(try store.saved(corpus: corpus).bookmarks.isEmpty)
    }

    @Test func aReopenedStoreSeesWhatWasWritten() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        do {
            let store = try openClean(path)
            try store.apply([.read(path: "a.txt", true), .bookmark(path: "a.txt", true), .opened(path: "a.txt"),
                             .position(path: "a.txt", ReadingPosition(passage: 4, offset: 17)),
                             .visited(path: "a.txt", passage: 4)], corpus: corpus)
            try store.close()
        }
        let reopened = try openClean(path)
        #expect(try reopened.saved(corpus: corpus) == SavedReading(
            read: ["a.txt"], bookmarks: ["a.txt"], positions: ["a.txt": ReadingPosition(passage: 4, offset: 17)],
            lastOpened: "a.txt"))
        #expect(try reopened.history(corpus: corpus).map(\.passage) == [4])
    }

    @Test func theLastOpenedArticleIsTheOneOpenedMostRecently() throws {
        let folder = try ScratchFolder()
        let store = try openClean(folder.path("state.sqlite"))
        try store.apply([.opened(path: "b.txt")], corpus: corpus, at: fixedNow)
        try store.apply([.opened(path: "a.txt")], corpus: corpus, at: fixedNow.addingTimeInterval(1))
        try store.apply([.opened(path: "c.txt")], corpus: corpus, at: fixedNow.addingTimeInterval(2))
        try store.apply([.opened(path: "a.txt")], corpus: corpus, at: fixedNow.addingTimeInterval(3))
        #expect(try store.saved(corpus: corpus).lastOpened == "a.txt")
    }

    @Test func eachCorpusHasItsOwnState() throws {
        let folder = try ScratchFolder()
        let store = try openClean(folder.path("state.sqlite"))
        try store.apply([.read(path: "a.txt", true), .visited(path: "a.txt", passage: 0)], corpus: "/one")
        try store.apply([.bookmark(path: "a.txt", true), .visited(path: "a.txt", passage: 2)], corpus: "/two")
        #expect(try store.saved(corpus: "/one") == SavedReading(read: ["a.txt"]))
        #expect(try store.saved(corpus: "/two") == SavedReading(bookmarks: ["a.txt"]))
        #expect(try store.saved(corpus: "/never") == .empty)
        #expect(try store.history(corpus: "/one").map(\.passage) == [0])
        #expect(try store.history(corpus: "/two").map(\.passage) == [2])
    }

    @Test func historyKeepsTheLastThousandEntriesPerCorpus() throws {
        let folder = try ScratchFolder()
        let store = try openClean(folder.path("state.sqlite"))
        try store.apply([.visited(path: "other.txt", passage: 0)], corpus: "/other")
        for batch in 0..<12 {
            try store.apply((0..<100).map { .visited(path: "a.txt", passage: batch * 100 + $0) }, corpus: corpus)
        }
        let history = try store.history(corpus: corpus)
        #expect(history.count == 1_000)
        #expect(history.first?.passage == 200 && history.last?.passage == 1_199)
        #expect(try store.history(corpus: "/other").count == 1, "another corpus's history is not trimmed")
    }

    @Test func aVisitToThePassageLastVisitedIsNotRepeated() throws {
        let folder = try ScratchFolder()
        let store = try openClean(folder.path("state.sqlite"))
        try store.apply([.visited(path: "a.txt", passage: 1)], corpus: corpus)
        try store.apply([.visited(path: "a.txt", passage: 1)], corpus: corpus)
        try store.apply([.visited(path: "a.txt", passage: 2), .visited(path: "a.txt", passage: 1)], corpus: corpus)
        #expect(try store.history(corpus: corpus).map(\.passage) == [1, 2, 1])
    }

    @Test func theFileIsMarkedAsOursAndUsesWriteAheadLogging() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        let store = try openClean(path)
        try store.apply([.read(path: "a.txt", true)], corpus: corpus)
        try store.close()
        #expect(try headerField(path, at: 68) == 0x4E52_5253, "application_id is \"NRRS\"")
        #expect(try headerField(path, at: 60) == 1, "user_version is the schema version")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(20))
        #expect(bytes[18] == 2 && bytes[19] == 2, "file format versions 2: WAL")
    }

    @Test func aFolderThatDoesNotExistYetIsCreated() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state/newsreader/state.sqlite")
        let store = try openClean(path)
        try store.apply([.read(path: "a.txt", true)], corpus: corpus)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func twoStoresOnOneFileWritingInTurnBothPersist() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        let first = try openClean(path)
        let second = try openClean(path)
        for step in 0..<20 {
            try first.apply([.read(path: "first-\(step).txt", true), .visited(path: "first.txt", passage: step)], corpus: corpus)
            try second.apply([.bookmark(path: "second-\(step).txt", true), .visited(path: "second.txt", passage: step)], corpus: corpus)
        }
        // Each sees the other's writes at once, and so does a third opened afterwards.
        for store in [first, second, try openClean(path)] {
            let saved = try store.saved(corpus: corpus)
            #expect(saved.read == Set((0..<20).map { "first-\($0).txt" }))
            #expect(saved.bookmarks == Set((0..<20).map { "second-\($0).txt" }))
            let history = try store.history(corpus: corpus).map { "\($0.path):\($0.passage)" }
            #expect(history == (0..<20).flatMap { ["first.txt:\($0)", "second.txt:\($0)"] })
        }
    }

    @Test func twoStoresOnOneFileWritingAtOnceBothPersist() async throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        let stores = [try openClean(path), try openClean(path)]
        let corpus = self.corpus
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (number, store) in stores.enumerated() {
                group.addTask {
                    for step in 0..<200 {
                        try store.apply([.read(path: "\(number)-\(step).txt", true),
                                         .position(path: "\(number).txt", ReadingPosition(passage: step, offset: 0))],
                                        corpus: corpus)
                    }
                }
            }
            try await group.waitForAll()
        }
        let saved = try openClean(path).saved(corpus: corpus)
        #expect(saved.read.count == 400)
        #expect(saved.positions == ["0.txt": ReadingPosition(passage: 199, offset: 0),
                                    "1.txt": ReadingPosition(passage: 199, offset: 0)])
    }
}
