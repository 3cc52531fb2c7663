import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// The pure parts of a refresh: which files are trusted, how renames pair up, what a header
/// says, and the hashes everything keys on.
@Suite struct RefreshLogicTests {
    func stored(_ path: String, size: Int = 10, mtime: Double = 100, hash: String = "h", title: String? = "T") -> StoredFile {
        StoredFile(path: path, size: size, mtime: mtime, hash: hash, problem: title == nil ? "empty file" : nil, title: title)
    }

    func disk(_ path: String, size: Int = 10, mtime: Double = 100) -> DiskFile {
        DiskFile(candidate: CorpusLoader.Candidate(filePath: "/c/" + path, path: path),
                 status: FileStatus(size: size, mtime: mtime))
    }

    @Test func planTrustsOnlyUnchangedFilesThatWereRead() {
        let rows = [
            stored("same.txt"), stored("newer.txt"), stored("bigger.txt"),
            stored("unread.txt", hash: ""), stored("gone.txt"), stored("also-gone.txt"),
        ]
        let byPath = Dictionary(uniqueKeysWithValues: rows.map { ($0.path, $0) })
        var asked: [String] = []
        let plan = RefreshPlan(stored: byPath.mapValues { StoredStatus(size: $0.size, mtime: $0.mtime, hashed: !$0.hash.isEmpty) }, disk: [
            disk("bigger.txt", size: 11), disk("new.txt"), disk("newer.txt", mtime: 101), disk("same.txt"),
            disk("unread.txt"), DiskFile(candidate: disk("vanished.txt").candidate, status: nil),
        ]) { path in
            asked.append(path)
            return byPath[path]!
        }
        #expect(plan.trusted == 1)
        #expect(plan.toRead.map(\.file.path) == ["bigger.txt", "new.txt", "newer.txt", "unread.txt", "vanished.txt"])
        #expect(plan.toRead.map { $0.stored != nil } == [true, false, true, true, false])
        #expect(plan.gone.map(\.path) == ["also-gone.txt", "gone.txt"])
        #expect(plan.totalBytes == 11 + 10 + 10 + 10)
        #expect(plan.toRead.compactMap(\.stored) == [byPath["bigger.txt"], byPath["newer.txt"], byPath["unread.txt"]])
        #expect(asked.sorted() == ["also-gone.txt", "bigger.txt", "gone.txt", "newer.txt", "unread.txt"],
                "whole rows are read only for the files read again and those gone")
    }

    @Test func renamesPairEachGoneFileOnceInPathOrder() {
        var matcher = RenameMatcher([stored("b.txt", hash: "x"), stored("a.txt", hash: "x"), stored("c.txt", hash: "y"),
                                     stored("never-read.txt", hash: "")])
        #expect(matcher.hashes == ["x", "y"])
        #expect(matcher.claim("x")?.path == "b.txt", "gone files are offered in the order given (the plan's path order)")
        #expect(matcher.claim("x")?.path == "a.txt")
        #expect(matcher.claim("x") == nil)
        #expect(matcher.claim("") == nil, "a file never read has no contents to match")
    }

    @Test func decisionsReportEachKindOfChange() {
        var decisions = FileDecisions(gone: [stored("never-read.txt", hash: ""), stored("old.txt", hash: "r")],
                                      recentSince: 1000)
        func read(_ path: String, stored: StoredFile?, hash: String, _ contents: ReadFile.Contents,
                  mtime: Double = 500) -> ReadFile {
            ReadFile(plan: RefreshPlan.Read(file: disk(path, mtime: mtime), stored: stored), hash: hash, byteCount: 10,
                     contents: contents)
        }
        let article = Article(path: "x", title: "X", raw: "X", passages: [])
        decisions.decide(read("touched.txt", stored: stored("touched.txt"), hash: "h", .same))
        decisions.decide(read("edited.txt", stored: stored("edited.txt"), hash: "e", .parsed(.article(article))))
        decisions.decide(read("fresh.txt", stored: nil, hash: "f", .parsed(.article(article)), mtime: 1500))
        decisions.decide(read("new-name.txt", stored: nil, hash: "r", .pending(Array("Title\n\nText.\n".utf8))))
        #expect(decisions.removeUnclaimed() == ["never-read.txt"], "nothing to match it by: removed")
        #expect(decisions.touched == 1)
        #expect(decisions.changed == ["edited.txt"])
        #expect(decisions.added == ["fresh.txt"])
        #expect(decisions.renamed == [IndexReport.Rename(from: "old.txt", to: "new-name.txt")])
        guard decisions.changes.count == 5, case .insert(let recent, _) = decisions.changes[2],
              case .rename(let from, let to) = decisions.changes[3] else {
            Issue.record("unexpected changes \(decisions.changes)")
            return
        }
        #expect(recent.mtime == 0, "a time after `recentSince` is not stored, so the next open checks the contents")
        #expect(from == "old.txt" && to.path == "new-name.txt" && to.mtime == 500)
    }

    @Test func aStillUnreadableFileIsOnlyTouched() {
        var decisions = FileDecisions(gone: [], recentSince: 1000)
        let problem = LoadProblem(path: "locked.txt", reason: "unreadable (Permission denied)")
        let row = StoredFile(path: "locked.txt", size: 10, mtime: 90, hash: "", problem: problem.reason, title: nil)
        decisions.decide(ReadFile(plan: RefreshPlan.Read(file: disk("locked.txt"), stored: row), hash: "", byteCount: 0,
                                  contents: .parsed(.problem(problem))))
        #expect(decisions.touched == 1 && decisions.changed == [])
    }

    @Test func renameKeepsTheArticleOnlyWhenParsingWouldNotChangeIt() {
        #expect(ArticleParser.survivesRename(title: "A headline", from: "a/x.txt", to: "b/y.text"))
        #expect(!ArticleParser.survivesRename(title: "A headline", from: "x.md", to: "x.txt"), "another format")
        #expect(!ArticleParser.survivesRename(title: "x", from: "dir/x.txt", to: "dir/y.txt"), "the title was the file's name")
        #expect(ArticleParser.survivesRename(title: nil, from: "empty.txt", to: "void.txt"), "a problem keeps its reason")
    }

    @Test func headerVerdicts() {
        var header = [UInt8](repeating: 0, count: 100)
        header.replaceSubrange(0..<16, with: SQLiteHeader.magic)
        header[16] = 0x10  // 4096-byte pages
        func put(_ value: Int, at offset: Int) {
            for k in 0..<4 { header[offset + k] = UInt8(truncatingIfNeeded: value >> (8 * (3 - k))) }
        }
        put(7, at: 24); put(7, at: 92); put(3, at: 28)
        #expect(SQLiteHeader.verdict(header: header, fileSize: 3 * 4096) == .plausible)
        #expect(SQLiteHeader.verdict(header: header, fileSize: 2 * 4096) == .truncated(expected: 3 * 4096, actual: 2 * 4096))
        #expect(SQLiteHeader.verdict(header: header, fileSize: 2 * 4096, walPages: [1, 3]) == .plausible,
                "a checkpoint cut short: the WAL holds the page still to come")
        #expect(SQLiteHeader.verdict(header: header, fileSize: 1 * 4096, walPages: [3])
                == .truncated(expected: 3 * 4096, actual: 4096), "page 2 is in neither")
        put(8, at: 92)
        #expect(SQLiteHeader.verdict(header: header, fileSize: 2 * 4096) == .plausible, "a stale page count is not used")
        #expect(SQLiteHeader.verdict(header: [], fileSize: 0) == .empty)
        #expect(SQLiteHeader.verdict(header: Array(header.prefix(50)), fileSize: 50) == .notSQLite)
        header[16] = 0x03
        #expect(SQLiteHeader.verdict(header: header, fileSize: 3 * 4096) == .notSQLite, "768 is not a page size")
    }

    @Test func hashesAreFNV1a() {
        #expect(ContentHash.hex([]) == "cbf29ce484222325")
        #expect(ContentHash.hex(Array("a".utf8)) == "af63dc4c8601ec8c")
        #expect(ContentHash.hex(Array("foobar".utf8)) == "85944171f73967e8")
    }

    @Test func tagKeyChangesWithWhatTaggingDependsOn() {
        let base = TagKey.make(catalogs: [Array("a".utf8), Array("b".utf8)], discover: true, taggingVersion: 1)
        #expect(base == TagKey.make(catalogs: [Array("a".utf8), Array("b".utf8)], discover: true, taggingVersion: 1))
        let others = [
            TagKey.make(catalogs: [Array("b".utf8), Array("a".utf8)], discover: true, taggingVersion: 1),
            TagKey.make(catalogs: [Array("ab".utf8), []], discover: true, taggingVersion: 1),
            TagKey.make(catalogs: [Array("a".utf8), Array("b".utf8)], discover: false, taggingVersion: 1),
            TagKey.make(catalogs: [Array("a".utf8), Array("b".utf8)], discover: true, taggingVersion: 2),
            TagKey.make(catalogs: [Array("a".utf8)], discover: true, taggingVersion: 1),
        ]
        #expect(Set(others + [base]).count == others.count + 1)
    }
}
