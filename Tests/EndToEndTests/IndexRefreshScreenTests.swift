import Foundation
import Testing

/// The index on a real terminal while the files under it change: a reader opens on the index
/// as it was and takes the refresh when it is done; a reader keeps working while another
/// process refreshes the index under it.
@Suite(.serialized) struct IndexRefreshScreenTests {
    /// A copy of the project's twelve articles, each file's time set back an hour (a file
    /// changed within the last moments is always re-read), and an index built over it.
    struct Setup {
        let pane: TmuxPane
        let news: URL
        let index: String
        let state: String

        init() throws {
            pane = try TmuxPane()
            news = pane.scratch.appendingPathComponent("news")
            index = pane.scratch.appendingPathComponent("index.sqlite").path
            state = pane.scratch.appendingPathComponent("reading.sqlite").path
            let corpus = TmuxPane.repositoryRoot.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
            for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            where !name.hasSuffix(".catalog") && !name.hasPrefix(".") {
                try FileManager.default.copyItem(at: corpus.appendingPathComponent(name), to: news.appendingPathComponent(name))
                try backdate(news.appendingPathComponent(name))
            }
            #expect(try index(["index"]).contains("12 articles"))
        }

        func backdate(_ url: URL) throws {
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: url.path)
        }

        /// A new article, named to sort last in the list.
        func addArticle() throws {
            let file = news.appendingPathComponent("zz-harbour-cranes.txt")
            try "Harbour cranes go quiet\n\nThe harbour at Lisbon stopped its cranes for a day of maintenance.\n"
                .write(to: file, atomically: true, encoding: .utf8)
            try backdate(file)
        }

        /// Runs `newsreader COMMAND … --corpus news --index index` to the end and returns its output.
        @discardableResult
        func index(_ command: [String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TmuxPane.binary)
            process.arguments = command + ["--corpus", news.path, "--index", index]
            let output = Pipe()
            process.standardOutput = output
            process.standardError = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }

        func startReader() throws {
            try pane.startReader(["--index", index, "--state", state, news.path])
        }
    }

    @Test func aReaderOpensOnTheIndexAsItWasAndTakesTheRefreshWhenItIsDone() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let setup = try Setup()
        try setup.addArticle()
        try setup.startReader()
        let screen = try setup.pane.waitFor(text: "Index refreshed while reading: 1 added; 13 articles")
        #expect(screen[0].contains("13 articles"))
        #expect(screen.contains { $0.contains("Harbour cranes go quiet") }, "the new article is listed")
        for _ in 0..<12 { try setup.pane.press("J") }
        try setup.pane.waitFor(text: "13/13")
        try setup.pane.press("q")
        #expect(try setup.pane.exitStatusAndTTYRestored() == (0, true))
        #expect(try setup.index(["index"]).contains("0 added, 0 changed, 0 removed"), "the reader's refresh was written")
    }

    @Test func aReaderKeepsReadingWhileAnotherProcessRefreshesTheIndex() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let setup = try Setup()
        try setup.startReader()
        try setup.pane.waitFor(text: "12 articles")
        // Another process adds an article to the index and removes one from it.
        try setup.addArticle()
        try FileManager.default.removeItem(at: setup.news.appendingPathComponent(
            try #require(try FileManager.default.contentsOfDirectory(atPath: setup.news.path).sorted().first)))
        #expect(try setup.index(["index"]).contains("1 added, 0 changed, 1 removed"))
        // The reader still reads the index as it opened it: every article opens whole.
        for _ in 0..<11 { try setup.pane.press("J") }
        let last = try setup.pane.waitFor(text: "12/12")
        #expect(last[0].contains("12 articles"))
        #expect(!last.contains { $0.contains("could not be read") })
        for _ in 0..<11 { try setup.pane.press("K") }
        try setup.pane.waitFor(text: "1/12")
        try setup.pane.press("q")
        #expect(try setup.pane.exitStatusAndTTYRestored() == (0, true))
    }
}
