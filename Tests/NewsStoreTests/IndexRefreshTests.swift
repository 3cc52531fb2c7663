import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
import NewsCore
@testable import NewsStore

/// Later opens: each kind of change on disk is reported as exactly that, and the corpus then
/// equals a fresh in-memory load of the same folder.
@Suite struct IndexRefreshTests {
    typealias S = StoreTestSupport

    typealias Setup = IndexedCopy

    let story = "Nvidia and DeepSeek again\n\nNvidia said on Tuesday that DeepSeek R1 ran on its H800 chips.\n"

    @Test func addedFile() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try S.write(story, to: setup.file("2025-03-01-new.txt"))
        let report = try setup.reopen().report
        #expect(report.added == ["2025-03-01-new.txt"])
        #expect(report.changed == [] && report.removed == [] && report.renamed == [])
        #expect(report.filesRead == 1)
        #expect(!report.retagged && report.tagged == 1, "the entity table stayed: the new article alone was tagged")
    }

    @Test func changedFileOfAnotherSize() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let name = "2025-01-30-big-tech-capex.txt"
        let text = try String(contentsOf: setup.file(name), encoding: .utf8)
        try S.write(text + "\nMeta said it would spend $65 billion this year.\n", to: setup.file(name))
        let report = try setup.reopen().report
        #expect(report.changed == [name])
        #expect(report.added == [] && report.removed == [] && report.renamed == [])
        #expect(!report.retagged && report.tagged == 1)
    }

    @Test func changedFileOfTheSameSize() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let name = "2025-01-30-big-tech-capex.txt"
        let text = try String(contentsOf: setup.file(name), encoding: .utf8)
        let edited = text.replacingOccurrences(of: "Microsoft", with: "Microsaft")
        #expect(edited != text && edited.utf8.count == text.utf8.count)
        // Written half an hour back: a time other than the stored one, the size the same.
        try Data(edited.utf8).write(to: setup.file(name))
        try S.backdate(setup.file(name), seconds: 1800)
        let report = try setup.reopen().report
        #expect(report.changed == [name])
        #expect(report.touched == 0)
    }

    @Test func touchedFileIsHashedNotReparsed() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let name = "2025-02-07-api-price-war.txt"
        let before = try S.articleIDs(setup.corpus, index: setup.database)
        try S.backdate(setup.file(name), seconds: 60)
        let report = try setup.reopen().report
        #expect(!report.filesChanged)
        #expect(report.touched == 1 && report.filesRead == 1)
        #expect(!report.retagged, "same bytes, same tags")
        #expect(try S.articleIDs(setup.corpus, index: setup.database) == before, "the article's rows were kept")
        let again = try setup.reopen().report
        #expect(again.filesRead == 0, "the new time is trusted from then on")
    }

    @Test func removedFile() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let name = "2025-01-29-export-controls-h800.md"
        try FileManager.default.removeItem(at: setup.file(name))
        let report = try setup.reopen().report
        #expect(report.removed == [name])
        #expect(report.added == [] && report.changed == [] && report.renamed == [])
        #expect(report.filesRead == 0)
        #expect(!report.retagged && report.tagged == 0, "the entity table stayed: nothing to tag, its tags dropped")
    }

    @Test func renamedFileKeepsItsArticle() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let (old, new) = ("2025-01-31-liang-wenfeng-profile.md", "profiles/liang-wenfeng.md")
        let before = try S.articleIDs(setup.corpus, index: setup.database)
        try FileManager.default.createDirectory(at: setup.file("profiles"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: setup.file(old), to: setup.file(new))
        let report = try setup.reopen().report
        #expect(report.renamed == [IndexReport.Rename(from: old, to: new)])
        #expect(report.added == [] && report.removed == [] && report.changed == [])
        #expect(report.filesRead == 1, "only the new path is read, to hash it")
        let after = try S.articleIDs(setup.corpus, index: setup.database)
        #expect(after[new] == before[old], "the same rows, under the new path: not parsed again")
    }

    @Test func renameToAnotherFormatIsParsedAgain() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        // Markdown read as plain text keeps its markup: the article differs, so it is re-parsed.
        let (old, new) = ("2025-02-01-sputnik-moment-reactions.md", "2025-02-01-sputnik-moment-reactions.txt")
        try FileManager.default.moveItem(at: setup.file(old), to: setup.file(new))
        let report = try setup.reopen().report
        #expect(report.renamed == [IndexReport.Rename(from: old, to: new)])
        #expect(report.added == [] && report.removed == [])
    }

    @Test func severalChangesAtOnce() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try S.write(story, to: setup.file("added.txt"))
        try FileManager.default.removeItem(at: setup.file("2025-01-27-nvidia-market-rout.txt"))
        try FileManager.default.moveItem(at: setup.file("2025-02-07-api-price-war.txt"), to: setup.file("price-war.txt"))
        let changed = "2025-01-29-training-cost-questions.txt"
        try S.write(try String(contentsOf: setup.file(changed), encoding: .utf8) + "\nOne more line.\n", to: setup.file(changed))
        let report = try setup.reopen().report
        #expect(report.added == ["added.txt"])
        #expect(report.removed == ["2025-01-27-nvidia-market-rout.txt"])
        #expect(report.renamed == [IndexReport.Rename(from: "2025-02-07-api-price-war.txt", to: "price-war.txt")])
        #expect(report.changed == [changed])
    }

    @Test func fileRewrittenWithinTheSameTickIsStillSeen() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        // Written just now, indexed, then rewritten with the same size and the very same time,
        // to the nanosecond: size and time cannot tell, so a file this recent is checked by its
        // contents on the next open.
        let url = setup.file("fresh.txt")
        try S.write(story, to: url, backdated: false)
        var before = stat()
        #expect(stat(url.path, &before) == 0)
        _ = try setup.reopen().report
        try Data(story.replacingOccurrences(of: "Tuesday", with: "Thursday").prefix(story.utf8.count).utf8).write(to: url)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        var after = stat()
        #expect(stat(url.path, &after) == 0)
        #expect(after.st_size == before.st_size && after.st_mtim.tv_sec == before.st_mtim.tv_sec
            && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
        let report = try setup.reopen().report
        #expect(report.changed == ["fresh.txt"])
    }

    @Test func catalogChangeRetagsWithoutReading() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let extra = setup.scratch.appendingPathComponent("extra.catalog")
        try S.write("organisation: Garante\n    Italian data-protection authority\n", to: extra)
        let catalogs = [S.embeddedCatalog, extra]

        let first = try S.stored(setup.corpus, index: setup.database, catalogs: catalogs)
        #expect(first.report.retagged && first.report.filesRead == 0 && !first.report.filesChanged)
        S.expectSame(first.index, try S.inMemory(setup.corpus, catalogs: catalogs))
        #expect(first.index.entities.id(named: "Garante") != nil)

        let same = try S.stored(setup.corpus, index: setup.database, catalogs: catalogs)
        #expect(!same.report.retagged)

        try S.write("organisation: Garante\n    Italian data-protection authority\norganisation: Wiz\n", to: extra)
        let edited = try S.stored(setup.corpus, index: setup.database, catalogs: catalogs)
        #expect(edited.report.retagged && edited.report.filesRead == 0 && !edited.report.filesChanged)
        S.expectSame(edited.index, try S.inMemory(setup.corpus, catalogs: catalogs))

        let undiscovered = try S.stored(setup.corpus, index: setup.database, catalogs: catalogs, discover: false)
        #expect(undiscovered.report.retagged && undiscovered.report.filesRead == 0)
        S.expectSame(undiscovered.index, try S.inMemory(setup.corpus, catalogs: catalogs, discover: false))
    }

    @Test func aBrokenCatalogFailsAsInMemory() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let bad = setup.scratch.appendingPathComponent("bad.catalog")
        try S.write("planet: Mars\n", to: bad)
        #expect(throws: CatalogError.self) { try S.stored(setup.corpus, index: setup.database, catalogs: [bad]) }
    }
}
