import NewsStore
import Testing

/// Where the state file is by default, and the key a corpus is filed under.
@Suite struct ReadingStateKeyTests {
    @Test func theKeyIsTheCanonicalAbsolutePathsSortedOnePerLine() {
        #expect(ReadingStateKey.corpus(paths: ["news"], currentDirectory: "/home/reader") == "/home/reader/news")
        #expect(ReadingStateKey.corpus(paths: ["./news/", "../reader/news//"], currentDirectory: "/home/reader")
                == "/home/reader/news\n/home/reader/news")
        #expect(ReadingStateKey.corpus(paths: ["/b", "/a/x/../y"], currentDirectory: "/") == "/a/y\n/b")
        #expect(ReadingStateKey.corpus(paths: ["/b", "/a"], currentDirectory: "/")
                == ReadingStateKey.corpus(paths: ["/a", "/b"], currentDirectory: "/"), "order given does not matter")
        #expect(ReadingStateKey.corpus(paths: ["../../.."], currentDirectory: "/home") == "/")
    }

    @Test func theFileLivesUnderXDGStateHomeElseTheHomeFolder() {
        #expect(ReadingStatePath.default(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/home/r"])
                == "/s/newsreader/state.sqlite")
        #expect(ReadingStatePath.default(environment: ["HOME": "/home/r"]) == "/home/r/.local/state/newsreader/state.sqlite")
        #expect(ReadingStatePath.default(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/r"])
                == "/home/r/.local/state/newsreader/state.sqlite", "a relative XDG_STATE_HOME is ignored")
        #expect(ReadingStatePath.default(environment: ["XDG_STATE_HOME": ""]) == nil)
    }
}
