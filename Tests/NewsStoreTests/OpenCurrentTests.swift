import Foundation
import GRDB
import Testing
import NewsCore
@testable import NewsStore

/// Opening an index as it is, without walking the files: the same library a refresh gives, or
/// a clear refusal when there is no index or it was built from other files or options.
@Suite struct OpenCurrentTests {
    typealias S = StoreTestSupport
    typealias C = LibraryComparison

    typealias Setup = LibraryFixture.Indexed

    @Test func aCurrentIndexOpensAsTheRefreshLeftIt() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let reference = try C.reference(setup.corpus)
        // The files are not looked at: a file gone since is still there, as the last refresh saw it.
        try FileManager.default.removeItem(at: setup.corpus.appendingPathComponent("B.txt"))
        let opened = try setup.openCurrent()
        C.expectSame(opened.library, reference)
        #expect(try opened.search.search("@nvidia chips") == MemoryIndex.build(reference.tagged).search.search("@nvidia chips"))
    }

    @Test func noIndexIsMissingAndNothingIsCreated() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let absent = setup.scratch.appendingPathComponent("absent.sqlite")
        #expect(setup.refusal {
            try IndexStore.openCurrent(paths: [setup.corpus.path], catalogFiles: [], discover: true, indexPath: absent.path)
        } == .missing)
        #expect(!FileManager.default.fileExists(atPath: absent.path))
        try Data().write(to: absent)
        #expect(setup.refusal {
            try IndexStore.openCurrent(paths: [setup.corpus.path], catalogFiles: [], discover: true, indexPath: absent.path)
        } == .missing)
    }

    @Test func otherCatalogsOrDiscoveryAreRefused() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        #expect(setup.refusal { try setup.openCurrent(catalogs: []) } == .notTagged)
        #expect(setup.refusal { try setup.openCurrent(discover: false) } == .notTagged)
        #expect(setup.refusal { try setup.openCurrent() } == nil)
    }

    @Test func otherPathsOrLimitsAreRefused() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        #expect(setup.refusal { try setup.openCurrent(paths: [setup.corpus.path, setup.scratch.path]) } == .otherCorpus)
        #expect(setup.refusal { try setup.openCurrent(maxFileBytes: 1_000) } == .otherCorpus)
    }

    @Test func theSameFolderSpelledAnotherWayIsTheSameCorpus() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let link = setup.scratch.appendingPathComponent("linked")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: setup.corpus.path)
        let parent = setup.corpus.deletingLastPathComponent().path
        for spelling in [setup.corpus.path + "/", parent + "/./" + setup.corpus.lastPathComponent, link.path] {
            #expect(setup.refusal { try setup.openCurrent(paths: [spelling]) } == nil, "\(spelling)")
            #expect(try setup.openCurrent(paths: [spelling]).library.articleCount == 6)
        }
    }

    @Test func anUnfinishedRefreshIsRefused() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        // What a refresh killed after writing files and before re-tagging leaves.
        let pool = try DatabasePool(path: setup.index.path)
        try pool.write { try IndexMeta.remove(IndexMeta.tagKey, $0) }
        try pool.close()
        #expect(setup.refusal { try setup.openCurrent() } == .notTagged)
    }

    @Test func aRefreshKilledBeforeSearchAnswersWereRebuiltIsRefused() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        // Re-tagged, but killed before `head_hits` followed the articles: they may be stale.
        let pool = try DatabasePool(path: setup.index.path)
        try pool.write { try IndexMeta.remove(IndexMeta.headTerms, $0) }
        try pool.close()
        #expect(setup.refusal { try setup.openCurrent() } == .notTagged)
        // The next refresh rebuilds them, and the index opens again.
        _ = try IndexStore.open(paths: [setup.corpus.path], catalogFiles: [S.embeddedCatalog.path], discover: true,
                                indexPath: setup.index.path)
        #expect(setup.refusal { try setup.openCurrent() } == nil)
    }

    @Test func anIndexOfAnotherFormatIsRefusedAndLeftAlone() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let pool = try DatabasePool(path: setup.index.path)
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA user_version = \(IndexSchema.formatVersion + 1)") }
        try pool.close()
        #expect(setup.refusal { try setup.openCurrent() } == .unusable)
        #expect(FileManager.default.fileExists(atPath: setup.index.path))
    }
}

extension LibraryFixture.Indexed {
    func openCurrent(paths: [String]? = nil, catalogs: [URL] = [StoreTestSupport.embeddedCatalog], discover: Bool = true,
                     maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes) throws -> StoredIndex {
        try IndexStore.openCurrent(paths: paths ?? [corpus.path], catalogFiles: catalogs.map(\.path), discover: discover,
                                   indexPath: index.path, maxFileBytes: maxFileBytes)
    }

    func refusal(_ open: () throws -> StoredIndex) -> IndexNotCurrent.Reason? {
        do {
            _ = try open()
            return nil
        } catch let error as IndexNotCurrent {
            return error.reason
        } catch {
            return nil
        }
    }
}
