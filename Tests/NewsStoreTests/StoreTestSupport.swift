import Foundation
import GRDB
import Testing
import NewsCore
@testable import NewsStore

/// Scratch corpora and index files, and the comparison every store test ends with: the index
/// gives what the in-memory pipeline gives for the same folder.
enum StoreTestSupport {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let embeddedCorpus = repositoryRoot.appendingPathComponent("corpus")
    static let embeddedCatalog = embeddedCorpus.appendingPathComponent("entities.catalog")

    static let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static var seeds: URL { shared.appendingPathComponent("seeds") }
    static var sharedAvailable: Bool { FileManager.default.fileExists(atPath: seeds.path) }
    static let skipMessage = "../shared is not beside the repository: tests on the seed articles skipped"

    /// A fresh folder that is removed by `remove`.
    static func scratch(_ name: String = "store") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) { try? FileManager.default.removeItem(at: url) }

    /// A copy of the embedded corpus's articles (not its catalog) in `folder/news`, each file's
    /// time set an hour back so the index trusts it on the next open.
    static func copyOfEmbeddedCorpus(in folder: URL) throws -> URL {
        let target = folder.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: embeddedCorpus.path)
        where !name.hasSuffix(".catalog") && !name.hasPrefix(".") {
            try FileManager.default.copyItem(at: embeddedCorpus.appendingPathComponent(name),
                                             to: target.appendingPathComponent(name))
            try backdate(target.appendingPathComponent(name))
        }
        return target
    }

    static func backdate(_ url: URL, seconds: Double = 3600) throws {
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-seconds)], ofItemAtPath: url.path)
    }

    static func write(_ text: String, to url: URL, backdated: Bool = true) throws {
        try Data(text.utf8).write(to: url)
        if backdated { try backdate(url) }
    }

    /// The reference an index is compared with: the files read and tagged in memory, linked
    /// through `TaggedLibrary` and `TermIndex`, searched through a database built from them.
    static func inMemory(_ corpus: URL, catalogs: [URL] = [embeddedCatalog], discover: Bool = true) throws -> NewsIndex {
        let tagged = try NewsIndex.tag(paths: [corpus.path], catalogFiles: catalogs.map(\.path), discover: discover)
        let lookup = EntityLookup(tagged)
        return NewsIndex(library: TaggedLibrary(tagged), terms: TermIndex(tagged), lookup: lookup,
                         search: try MemoryIndex.build(tagged).search)
    }

    static func stored(_ corpus: URL, index: URL, catalogs: [URL] = [embeddedCatalog], discover: Bool = true,
                       progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> IndexStore.Opened {
        try IndexStore.open(paths: [corpus.path], catalogFiles: catalogs.map(\.path), discover: discover,
                            indexPath: index.path, progress: progress)
    }

    /// Row ids of the articles, by path, as the index holds them.
    static func articleIDs(_ corpus: URL, index: URL) throws -> [String: Int64] {
        let database = try DatabaseQueue(path: index.path)
        return try database.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT path, article FROM summaries").map { ($0[0], $0[1]) })
        }
    }

    /// Everything the reader and the commands read from an index, question by question
    /// (`LibraryComparison`), the linker's groups for a spread of passages and a few searches.
    static func expectSame(_ stored: NewsIndex, _ memory: NewsIndex, sourceLocation: SourceLocation = #_sourceLocation) {
        LibraryComparison.expectSame(stored.library, memory.library, sourceLocation: sourceLocation)
        let sample = samplePassages(memory)
        #expect(sample.count >= min(5, memory.library.articleCount), sourceLocation: sourceLocation)
        let groups = sample.filter { stored.linker.groups(for: $0) != memory.linker.groups(for: $0) }
        #expect(groups == [], "linker groups", sourceLocation: sourceLocation)
        for query in ["chips", "@nvidia", #""export controls""#, "train*"] {
            #expect((try? stored.search.search(query, limit: 20)) == (try? memory.search.search(query, limit: 20)),
                    "search \(query)", sourceLocation: sourceLocation)
        }
    }

    /// Up to eight tagged content passages spread over the corpus.
    static func samplePassages(_ index: NewsIndex) -> [PassageID] {
        var ids: [PassageID] = []
        let library = index.library
        for a in 0..<library.articleCount {
            let tags = library.tags(a)
            for p in tags.mentions.indices where !tags.mentions[p].isEmpty {
                ids.append(PassageID(article: a, passage: p))
            }
        }
        guard ids.count > 8 else { return ids }
        return (0..<8).map { ids[$0 * ids.count / 8] }
    }
}
