import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// After each kind of change on disk, the refreshed library answers as a fresh in-memory load
/// of the folder does, its document frequencies included: path order, summaries and counts
/// follow every added, changed, removed and renamed file.
@Suite struct LibraryRefreshTests {
    typealias S = StoreTestSupport
    typealias C = LibraryComparison

    typealias Setup = LibraryFixture.Indexed

    let story = "Nvidia in Oslo\n\nNvidia said DeepSeek R1 ran on H800 chips in Oslo, up 12% on the year.\n"

    @Test func addedBetweenOthers() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try S.write(story, to: setup.file("a/beta.txt"))
        try S.write(story + "\nAgain.\n", to: setup.file("0-first.txt"))
        try S.write(story + "\nLast.\n", to: setup.file("zz-last.txt"))
        let report = try setup.reopen()
        #expect(report.added == ["0-first.txt", "a/beta.txt", "zz-last.txt"])
    }

    @Test func changed() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try S.write(story, to: setup.file("b-side.txt"))
        #expect(try setup.reopen().changed == ["b-side.txt"])
    }

    @Test func removed() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try FileManager.default.removeItem(at: setup.file("a/alpha.txt"))
        try FileManager.default.removeItem(at: setup.file("blob.txt"))
        #expect(try setup.reopen().removed == ["a/alpha.txt", "blob.txt"])
    }

    @Test func renamedAcrossTheOrder() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try FileManager.default.moveItem(at: setup.file("B.txt"), to: setup.file("zz-moved.txt"))
        try FileManager.default.moveItem(at: setup.file("café.txt"), to: setup.file("0-café.txt"))
        let report = try setup.reopen()
        #expect(report.renamed.map(\.to).sorted() == ["0-café.txt", "zz-moved.txt"])
        #expect(report.filesRead == 2 && report.added.isEmpty && report.removed.isEmpty)
    }

    /// Keys given by one refresh are kept by the next, which fits new ones between them.
    @Test func aSecondRefreshAfterChangesStillAgrees() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try S.write(story, to: setup.file("a/beta.txt"))
        _ = try setup.reopen()
        try FileManager.default.removeItem(at: setup.file("a/beta.txt"))
        try FileManager.default.moveItem(at: setup.file("a/Zeta.txt"), to: setup.file("a/beta.txt"))
        try S.write(story + "\nMore.\n", to: setup.file("a/aa.txt"))
        let report = try setup.reopen()
        #expect(report.added == ["a/aa.txt"] && report.changed == ["a/beta.txt"] && report.removed == ["a/Zeta.txt"])
    }
}

extension LibraryFixture.Indexed {
    /// Refreshes, compares the library and its terms with the in-memory pipeline, and returns the report.
    func reopen(sourceLocation: SourceLocation = #_sourceLocation) throws -> IndexReport {
        let opened = try open()
        let reference = try LibraryComparison.reference(corpus)
        LibraryComparison.expectSame(opened.stored.library, reference, sourceLocation: sourceLocation)
        try LibraryComparison.expectSameTerms(opened.stored.library, reference, sourceLocation: sourceLocation)
        return opened.report
    }
}
