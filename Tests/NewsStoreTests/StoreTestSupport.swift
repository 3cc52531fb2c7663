import Foundation
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

    static func inMemory(_ corpus: URL, catalogs: [URL] = [embeddedCatalog], discover: Bool = true) throws -> NewsIndex {
        try MemoryIndex.open(paths: [corpus.path], catalogFiles: catalogs.map(\.path), discover: discover)
    }

    static func stored(_ corpus: URL, index: URL, catalogs: [URL] = [embeddedCatalog], discover: Bool = true,
                       progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> IndexStore.Opened {
        try IndexStore.open(paths: [corpus.path], catalogFiles: catalogs.map(\.path), discover: discover,
                            indexPath: index.path, progress: progress)
    }

    /// Row ids of the articles, by path, as the index holds them after a refresh.
    static func articleIDs(_ corpus: URL, index: URL) throws -> [String: Int64] {
        let prepared = try IndexStore.prepare(paths: [corpus.path], catalogFiles: [embeddedCatalog.path], discover: true,
                                              indexPath: index.path, maxFileBytes: CorpusLoader.defaultMaxFileBytes,
                                              progress: { _ in })
        return Dictionary(uniqueKeysWithValues: zip(prepared.loaded.tagged.corpus.articles.map(\.path),
                                                    prepared.loaded.articleIDs))
    }

    /// Everything the reader and the commands read from an index, compared field by field, and
    /// the linker's groups for a spread of passages. Failures name what differs, not the corpus.
    static func expectSame(_ stored: NewsIndex, _ memory: NewsIndex, sourceLocation: SourceLocation = #_sourceLocation) {
        let a = stored.corpus, b = memory.corpus
        #expect(a.name == b.name, sourceLocation: sourceLocation)
        #expect(a.articles.map(\.path) == b.articles.map(\.path), sourceLocation: sourceLocation)
        #expect(a.problems == b.problems, sourceLocation: sourceLocation)
        guard a.articles.map(\.path) == b.articles.map(\.path) else { return }
        let paths = a.articles.map(\.path)
        func differing<T: Equatable>(_ x: [T], _ y: [T]) -> [String] {
            x.indices.filter { x[$0] != y[$0] }.prefix(5).map { paths[$0] }
        }
        #expect(differing(a.articles, b.articles) == [], "articles", sourceLocation: sourceLocation)
        #expect(stored.entities.entities.count == memory.entities.entities.count, sourceLocation: sourceLocation)
        let entities = zip(stored.entities.entities, memory.entities.entities).filter { $0 != $1 }.prefix(3).map(\.0.name)
        #expect(entities == [], "entities", sourceLocation: sourceLocation)
        #expect(differing(stored.tagged.mentions, memory.tagged.mentions) == [], "mentions", sourceLocation: sourceLocation)
        #expect(differing(stored.tagged.figures, memory.tagged.figures) == [], "figures", sourceLocation: sourceLocation)
        #expect(stored.tagged.postings == memory.tagged.postings, "postings", sourceLocation: sourceLocation)
        let sample = samplePassages(memory)
        #expect(sample.count >= min(5, b.articles.count), sourceLocation: sourceLocation)
        let groups = sample.filter { stored.linker.groups(for: $0) != memory.linker.groups(for: $0) }
        #expect(groups == [], "linker groups", sourceLocation: sourceLocation)
    }

    /// Up to eight tagged content passages spread over the corpus.
    static func samplePassages(_ index: NewsIndex) -> [PassageID] {
        var ids: [PassageID] = []
        for (a, article) in index.corpus.articles.enumerated() {
            for p in article.passages.indices where !index.tagged.mentions[a][p].isEmpty {
                ids.append(PassageID(article: a, passage: p))
            }
        }
        guard ids.count > 8 else { return ids }
        return (0..<8).map { ids[$0 * ids.count / 8] }
    }
}
