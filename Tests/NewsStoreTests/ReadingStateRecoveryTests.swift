import Foundation
import GRDB
import NewsCore
@testable import NewsStore
import Testing

/// A state file that is not ours, or not sound, is never thrown away: it is moved aside under a
/// name that says why, the caller gets one line saying so, and a fresh store works.
@Suite struct ReadingStateRecoveryTests {
    let corpus = "/home/reader/news"

    /// Opens at a file that must be moved aside as `label`, and checks the fresh store works.
    func openExpectingMoveAside(_ folder: ScratchFolder, label: String) throws -> (notice: String, aside: String) {
        let path = folder.path("state.sqlite")
        let (store, notice) = try ReadingStateStore.open(at: path, now: fixedNow)
        let aside = path + ".\(label)-20250127T093000Z"
        let said = try #require(notice)
        #expect(said.contains(path) && said.contains(aside), "the notice names both files: \(said)")
        #expect(!said.contains("\n"), "one line")
        #expect(FileManager.default.fileExists(atPath: aside))
        try store.apply([.bookmark(path: "a.txt", true)], corpus: corpus)
        #expect(try store.saved(corpus: corpus) == SavedReading(bookmarks: ["a.txt"]))
        return (said, aside)
    }

    @Test func garbageIsKeptAsideWithANoticeAndAFreshStoreWorks() throws {
        let folder = try ScratchFolder()
        let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) })
        try garbage.write(to: URL(fileURLWithPath: folder.path("state.sqlite")))
        let (notice, aside) = try openExpectingMoveAside(folder, label: "corrupt")
        #expect(notice.contains("unreadable (not an SQLite database)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == garbage, "kept byte for byte")
    }

    @Test func anotherProgramsDatabaseIsMovedAsideWithANotice() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        try closedDatabase(path, applicationID: 0x1234_5678)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let (notice, aside) = try openExpectingMoveAside(folder, label: "foreign")
        #expect(notice.contains("another program (application id 0x12345678)"), "\(notice)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: aside)) == before, "the other program's file is untouched")
    }

    @Test func aDatabaseWithTablesButNoApplicationIDIsForeign() throws {
        let folder = try ScratchFolder()
        try closedDatabase(folder.path("state.sqlite"), applicationID: 0)
        let (notice, _) = try openExpectingMoveAside(folder, label: "foreign")
        #expect(notice.contains("an SQLite database without an application id"), "\(notice)")
    }

    @Test func aDamagedStateFileIsKeptAside() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        do {
            let store = try openClean(path)
            try store.apply((0..<300).map { .visited(path: "article-\($0).txt", passage: $0) }, corpus: corpus)
            try store.close()
        }
        // Scribble over every page but the first (the header stays ours).
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.count > 8192)
        for index in 4096..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (notice, _) = try openExpectingMoveAside(folder, label: "corrupt")
        #expect(notice.contains("unreadable (damaged"), "\(notice)")
    }

    @Test func anEmptyFileIsTakenAsANewStore() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = try openClean(path)
        try store.apply([.read(path: "a.txt", true)], corpus: corpus)
        #expect(try store.saved(corpus: corpus).read == ["a.txt"])
        #expect(try folder.names().filter { $0.contains("corrupt") || $0.contains("foreign") }.isEmpty)
    }

    @Test func aSecondBadFileInTheSameSecondGetsItsOwnName() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        try Data("first".utf8).write(to: URL(fileURLWithPath: path))
        _ = try ReadingStateStore.open(at: path, now: fixedNow)
        try FileManager.default.removeItem(atPath: path)
        try Data("second".utf8).write(to: URL(fileURLWithPath: path))
        let (_, notice) = try ReadingStateStore.open(at: path, now: fixedNow)
        #expect(notice?.contains("state.sqlite.corrupt-20250127T093000Z-2") == true)
        #expect(try String(contentsOfFile: path + ".corrupt-20250127T093000Z", encoding: .utf8) == "first")
        #expect(try String(contentsOfFile: path + ".corrupt-20250127T093000Z-2", encoding: .utf8) == "second")
    }

    @Test func aFileFromANewerNewsreaderIsLeftAloneAndNotUsed() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        try closedDatabase(path, applicationID: nil, userVersion: 99)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            _ = try ReadingStateStore.open(at: path)
        } throws: { error in
            "\(error)".contains("newer newsreader (schema 99, this one knows 1)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try folder.names().filter { !$0.hasPrefix("state.sqlite-") } == ["state.sqlite"], "nothing moved aside")
    }

    @Test func aFolderThatCannotBeMadeIsAnErrorNotACrash() throws {
        let folder = try ScratchFolder()
        try Data("a file, not a folder".utf8).write(to: URL(fileURLWithPath: folder.path("blocker")))
        #expect {
            _ = try ReadingStateStore.open(at: folder.path("blocker/newsreader/state.sqlite"))
        } throws: { error in
            "\(error)".contains("cannot create")
        }
    }
}

/// A state file with a row in it, closed (its log folded in), then with header fields rewritten
/// in place as another program, or a later version, would have left them: `application_id` at
/// byte 68, `user_version` at byte 60.
func closedDatabase(_ path: String, applicationID: UInt32?, userVersion: UInt32? = nil) throws {
    let store = try openClean(path)
    try store.apply([.read(path: "a.txt", true)], corpus: "/corpus")
    try store.close()
    #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "closing folds the log into the file")
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    func put(_ value: UInt32, at offset: Int) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (24 - 8 * index)) }
    }
    if let applicationID { put(applicationID, at: 68) }
    if let userVersion { put(userVersion, at: 60) }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// Readers starting at the same moment on a file none of them has made yet.
@Suite struct ReadingStateFirstStartTests {
    /// What another reader leaves for a moment while it creates the file: GRDB's migration
    /// table (with its primary key's automatic index) and nothing else yet. That is a file
    /// being made, not another program's: no notice, nothing moved aside.
    @Test func aFileWithOnlyTheMigrationTableIsOneBeingCreated() throws {
        let folder = try ScratchFolder()
        let path = folder.path("state.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        #expect(try ReadingStateFile.inspect(path, busySeconds: 1) == .usable)
        let (store, notice) = try ReadingStateStore.open(at: path)
        #expect(notice == nil)
        try store.apply([.read(path: "a.txt", true)], corpus: "/corpus")
        #expect(try folder.names().filter { $0.contains("foreign") || $0.contains("corrupt") } == [])
    }

    @Test func readersCreatingTheFileTogetherAllOpenItWithoutANotice() async throws {
        for _ in 0..<20 {
            let folder = try ScratchFolder()
            let path = folder.path("state.sqlite")
            let notices = try await withThrowingTaskGroup(of: String?.self) { group in
                for number in 0..<6 {
                    group.addTask {
                        let (store, notice) = try ReadingStateStore.open(at: path)
                        try store.apply([.read(path: "\(number).txt", true)], corpus: "/corpus")
                        return notice
                    }
                }
                return try await group.reduce(into: [String]()) { if let notice = $1 { $0.append(notice) } }
            }
            #expect(notices == [])
            #expect(try folder.names().filter { $0.contains("corrupt") || $0.contains("foreign") } == [])
            #expect(try openClean(path).saved(corpus: "/corpus").read.count == 6)
        }
    }
}
