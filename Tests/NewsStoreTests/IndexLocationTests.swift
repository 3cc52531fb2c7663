import Foundation
import Testing
@testable import NewsStore

/// Where an index lives by default: one file per corpus, named for a person to recognise.
@Suite struct IndexLocationTests {
    @Test func cacheFolderFollowsXDG() {
        #expect(IndexLocation.cacheFolder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]) == "/c/newsreader")
        #expect(IndexLocation.cacheFolder(environment: ["XDG_CACHE_HOME": "rel", "HOME": "/h"]) == "/h/.cache/newsreader")
        #expect(IndexLocation.cacheFolder(environment: ["XDG_CACHE_HOME": "", "HOME": "/h/"]) == "/h/.cache/newsreader")
        #expect(IndexLocation.cacheFolder(environment: [:]) == nil)
    }

    @Test func fileNameHasAReadableStemAndAHash() {
        let name = IndexLocation.fileName(canonicalPaths: ["/data/corpora/bbc-news"])
        #expect(name.hasPrefix("bbc-news-"))
        #expect(name.hasSuffix(".sqlite"))
        #expect(name.count == "bbc-news-".count + 16 + ".sqlite".count)
        #expect(IndexLocation.defaultPath(canonicalPaths: ["/data/corpora/bbc-news"], environment: ["HOME": "/h"])
            == "/h/.cache/newsreader/" + name)
    }

    @Test func everyCorpusGetsItsOwnFile() {
        let a = IndexLocation.fileName(canonicalPaths: ["/one/news"])
        let b = IndexLocation.fileName(canonicalPaths: ["/two/news"])
        let both = IndexLocation.fileName(canonicalPaths: ["/one/news", "/two/news"])
        #expect(a != b)
        #expect(a.hasPrefix("news-") && b.hasPrefix("news-"))
        #expect(both.hasPrefix("news+1-"))
        #expect(Set([a, b, both]).count == 3)
        // The same folders given in another order are the same corpus.
        #expect(IndexLocation.fileName(canonicalPaths: ["/two/news", "/one/news"]) == both)
        // A path that is a prefix of another is still another corpus.
        #expect(IndexLocation.fileName(canonicalPaths: ["/one/news", "/two"]) != IndexLocation.fileName(canonicalPaths: ["/one/news/two"]))
    }

    @Test func stemsAreSafeFileNames() {
        #expect(IndexLocation.stem("/x/My Corpus (2025)") == "My-Corpus-2025")
        #expect(IndexLocation.stem("/x/café") == "caf")
        #expect(IndexLocation.stem("/") == "corpus")
        #expect(IndexLocation.stem("/x/..hidden") == "hidden")
        #expect(IndexLocation.stem("/x/" + String(repeating: "a", count: 80)).count == 40)
        #expect(IndexLocation.stem("/x/story.txt") == "story.txt")
    }

    @Test func canonicalResolvesDotsAndLinks() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loc-\(UUID().uuidString)")
        let real = root.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let link = root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        let expected = IndexLocation.canonical(real.path)
        #expect(IndexLocation.canonical(link.path) == expected)
        #expect(IndexLocation.canonical(real.path + "/../real/.") == expected)
    }
}
