import Foundation
import Testing
@testable import NewsCore

/// Folder walking, skipping rules, problems and naming, on a scratch folder.
@Suite struct CorpusLoaderTests {
    /// A fresh folder holding `files` (relative path → bytes).
    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("ingest-\(UUID().uuidString)").appendingPathComponent("my-corpus")
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    let article = Array("A Headline\n\nA paragraph of text.\n".utf8)

    @Test func walksFoldersSkipsAndReports() throws {
        let root = try folder([
            "b/two.md": article, "a/one.txt": article, "c.html": Array("<h1>Page</h1><p>Text.</p>".utf8),
            "README.md": article, "SOURCE.md": article, "entities.catalog": article,
            ".hidden.txt": article, ".git/config.txt": article, "notes.pdf": [1, 2, 3],
            "zero.txt": [], "blob.txt": [0, 1, 2], "big.txt": Array(repeating: 65, count: 200),
        ])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let corpus = CorpusLoader.load(paths: [root.path], maxFileBytes: 100)
        #expect(corpus.name == "my-corpus")
        #expect(corpus.articles.map(\.path) == ["a/one.txt", "b/two.md", "c.html"])
        #expect(corpus.articles.map(\.title) == ["A Headline", "A Headline", "Page"])
        #expect(corpus.problems.map(\.path) == ["big.txt", "blob.txt", "notes.pdf", "zero.txt"])
        #expect(corpus.problems[0].reason.hasPrefix("too large"))
        #expect(corpus.problems[1].reason == ArticleParseError.binary.reason)
        #expect(corpus.problems[2].reason.hasPrefix("unsupported file type (.pdf)"))
        #expect(corpus.problems[3].reason == ArticleParseError.empty.reason)
    }

    @Test func linksToFilesAreReadAndLinksToFoldersAreNotEntered() throws {
        let root = try folder(["deep/er/three.txt": article, "one.txt": article])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("alias.txt").path,
                                       withDestinationPath: root.appendingPathComponent("one.txt").path)
        // A link back up would walk forever if it were followed.
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("deep/loop").path, withDestinationPath: root.path)
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("dangling.txt").path,
                                       withDestinationPath: root.appendingPathComponent("gone.txt").path)
        let corpus = CorpusLoader.load(paths: [root.path])
        #expect(corpus.articles.map(\.path) == ["alias.txt", "deep/er/three.txt", "one.txt"])
        #expect(corpus.problems.map(\.path) == ["dangling.txt"])
        #expect(corpus.problems.first?.reason.hasPrefix("unreadable") == true)
    }

    @Test func filesKeepThePathAsGiven() throws {
        let root = try folder(["x.txt": article, "README.md": article])
        defer { try? FileManager.default.removeItem(at: root.deletingLastPathComponent()) }
        let paths = [root.appendingPathComponent("x.txt").path, root.appendingPathComponent("README.md").path,
                     root.appendingPathComponent("missing.txt").path]
        let corpus = CorpusLoader.load(paths: paths)
        #expect(corpus.name == "2 files")
        #expect(corpus.articles.map(\.path) == paths.prefix(2).sorted())
        #expect(corpus.problems == [LoadProblem(path: paths[2], reason: "no such file or folder")])
    }

    @Test func fileRules() {
        #expect(CorpusFileRules.decision(forFileNamed: "README.txt", foundInFolder: true) == .ignore)
        #expect(CorpusFileRules.decision(forFileNamed: "README.txt", foundInFolder: false) == .article)
        #expect(CorpusFileRules.decision(forFileNamed: "LICENSE", foundInFolder: true) == .ignore)
        #expect(CorpusFileRules.decision(forFileNamed: "deepseek.catalog", foundInFolder: true) == .ignore)
        #expect(CorpusFileRules.decision(forFileNamed: "story.HTM", foundInFolder: true) == .article)
        #expect(CorpusFileRules.decision(forFileNamed: "data.json", foundInFolder: true) == .unsupported)
    }
}
