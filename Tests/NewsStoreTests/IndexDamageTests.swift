import Foundation
import GRDB
import Testing
import NewsCore
@testable import NewsStore

/// An index file that cannot be used — not SQLite, another program's database, cut short,
/// damaged blobs, another format — is set aside with one notice and rebuilt, and the result is
/// what the in-memory pipeline gives.
@Suite struct IndexDamageTests {
    typealias S = StoreTestSupport

    struct Setup {
        var scratch: URL
        var corpus: URL
        var database: URL
        var memory: NewsIndex

        init() throws {
            scratch = try S.scratch()
            corpus = try S.copyOfEmbeddedCorpus(in: scratch)
            database = scratch.appendingPathComponent("index.sqlite")
            memory = try S.inMemory(corpus)
        }

        /// Names in the scratch folder that start with the index's name, sorted.
        func indexFiles() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: scratch.path)
                .filter { $0.hasPrefix("index.sqlite") }.sorted()
        }

        /// Opens, expecting exactly one notice that contains `words`, a rebuilt index equal to the
        /// in-memory one, and then a clean reopen.
        func expectRebuilt(_ words: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let opened = try S.stored(corpus, index: database)
            #expect(opened.report.notices.count == 1, sourceLocation: sourceLocation)
            #expect(opened.report.notices.first?.contains(words) == true, "\(opened.report.notices)",
                    sourceLocation: sourceLocation)
            #expect(opened.report.added.count == memory.library.articleCount && opened.report.retagged,
                    sourceLocation: sourceLocation)
            S.expectSame(opened.index, memory, sourceLocation: sourceLocation)
            let again = try S.stored(corpus, index: database)
            #expect(again.report.notices.isEmpty && !again.report.retagged && again.report.filesRead == 0,
                    sourceLocation: sourceLocation)
        }
    }

    @Test func garbageBytesAreMovedAside() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let garbage = Data((0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try garbage.write(to: setup.database)
        try setup.expectRebuilt("is damaged (not an SQLite database); moved it to")
        let aside = try setup.indexFiles().filter { $0.contains(".corrupt-") }
        #expect(aside.count == 1)
        #expect(try Data(contentsOf: setup.scratch.appendingPathComponent(aside[0])) == garbage, "kept as it was")
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, Comment(rawValue: SQLiteShell.skipMessage)))
    func anotherProgramsDatabaseIsMovedAsideUntouched() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try SQLiteShell.run(setup.database, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me'); PRAGMA application_id = 1234;")
        try setup.expectRebuilt("is not a newsreader index (another program's SQLite database)")
        let aside = setup.scratch.appendingPathComponent(try #require(try setup.indexFiles().first { $0.contains(".foreign-") }))
        #expect(try SQLiteShell.run(aside, "SELECT text FROM notes;") == "keep me")
        #expect(try SQLiteShell.run(aside, "PRAGMA journal_mode;") == "delete",
                "not switched to WAL before it was recognised as someone else's")
    }

    @Test func aTruncatedIndexIsMovedAside() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        // Checkpointed into the file first: a log beside it may still hold the missing pages
        // (a checkpoint killed half-way), which is no damage (`WALFramesTests`).
        try DatabaseQueue(path: setup.database.path).writeWithoutTransaction {
            try $0.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
        let bytes = try Data(contentsOf: setup.database)
        try bytes.prefix(bytes.count / 2).write(to: setup.database)
        try setup.expectRebuilt("is damaged (cut short")
    }

    @Test func anIndexCutInsideItsHeaderIsMovedAside() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        try Data(contentsOf: setup.database).prefix(60).write(to: setup.database)
        try setup.expectRebuilt("is damaged (not an SQLite database)")
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, Comment(rawValue: SQLiteShell.skipMessage)))
    func damagedTagBlobsAreShownAsUnreadableThenRebuilt() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        try SQLiteShell.run(setup.database, """
            UPDATE article_tags SET mentions = x'0500' WHERE article = (SELECT article FROM summaries ORDER BY path_order LIMIT 1);
            """)
        // Opening reads no tags, so it finds nothing; reading the article's tags does.
        let opened = try S.stored(setup.corpus, index: setup.database)
        #expect(opened.report.notices.isEmpty)
        let library = opened.index.library
        let tags = library.tags(0)
        #expect(tags.mentions.count == library.summary(0).passageCount && tags.mentions.allSatisfy(\.isEmpty),
                "empty tags of the right shape, not a crash")
        #expect(library.tags(1).mentions.joined().isEmpty == false, "the other articles still read")
        #expect(FileManager.default.fileExists(atPath: setup.database.path + ".damaged"))
        #expect(throws: IndexNotCurrent.self) {
            try IndexStore.openCurrent(paths: [setup.corpus.path], catalogFiles: [S.embeddedCatalog.path], discover: true,
                                       indexPath: setup.database.path)
        }
        try setup.expectRebuilt("is damaged (found while reading it")
        #expect(!FileManager.default.fileExists(atPath: setup.database.path + ".damaged"))
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, Comment(rawValue: SQLiteShell.skipMessage)))
    func aDamagedArticleRowReadsAsAnArticleSayingSo() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        try SQLiteShell.run(setup.database, """
            UPDATE passages SET kind = 'nonsense' WHERE article = (SELECT article FROM summaries ORDER BY path_order LIMIT 1);
            """)
        let library = try S.stored(setup.corpus, index: setup.database).index.library
        let article = library.article(0)
        #expect(article.title == "(this article could not be read from the index)")
        #expect(article.passages.count == library.summary(0).passageCount)
        #expect(article.passages.first?.text.hasPrefix("This article could not be read from the index") == true)
        try setup.expectRebuilt("is damaged (found while reading it")
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, Comment(rawValue: SQLiteShell.skipMessage)))
    func aMissingTableIsDamage() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        try SQLiteShell.run(setup.database, "DROP TABLE postings;")
        try setup.expectRebuilt("missing tables: postings")
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, Comment(rawValue: SQLiteShell.skipMessage)))
    func anotherFormatVersionIsRebuiltInPlace() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        try SQLiteShell.run(setup.database, "PRAGMA user_version = \(IndexSchema.formatVersion + 1);")
        try setup.expectRebuilt("was written by another version")
        // An open index keeps its WAL files beside it; what matters is that no old copy is kept.
        let kept = try setup.indexFiles().filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
        #expect(kept == ["index.sqlite", "index.sqlite.lock"], "an old index is ours: deleted, not kept")
    }

    @Test(.enabled(if: SQLiteShell.isInstalled, Comment(rawValue: SQLiteShell.skipMessage)))
    func anotherIngestVersionIsRebuiltInPlace() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        _ = try S.stored(setup.corpus, index: setup.database)
        try SQLiteShell.run(setup.database, "UPDATE meta SET value = '0' WHERE key = '\(IndexMeta.ingestVersion)';")
        try setup.expectRebuilt("parsed by ingest version 0")
    }

    @Test func anEmptyFileIsAFreshIndexWithoutNotice() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try Data().write(to: setup.database)
        let opened = try S.stored(setup.corpus, index: setup.database)
        #expect(opened.report.notices.isEmpty)
        S.expectSame(opened.index, setup.memory)
    }

    @Test func anUnwritableFolderIsAnError() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let blocker = setup.scratch.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: (any Error).self) {
            try S.stored(setup.corpus, index: blocker.appendingPathComponent("index.sqlite"))
        }
    }
}

/// The `sqlite3` shell, for changing an index the way a person or another program would.
enum SQLiteShell {
    static let path = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var isInstalled: Bool { path != nil }
    static let skipMessage = "the sqlite3 shell is not installed (make deps installs it): tests that edit an index skipped"

    /// Runs `sql` on the database; its output, trimmed.
    @discardableResult
    static func run(_ database: URL, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = ["-bail", database.path, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "sqlite3 \(sql)")
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
