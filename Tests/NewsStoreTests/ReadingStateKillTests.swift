import Foundation
import NewsCore
import NewsStore
import Testing

/// The real reader, killed with SIGKILL in the middle of a burst of keys, again and again: every
/// action it had finished is still in the file, what it was writing is all there or not at all,
/// and the next start finds a sound file.
@Suite(.serialized) struct ReadingStateKillTests {
    static let corpus = ReaderInTmux.repositoryRoot.appendingPathComponent("corpus").path
    /// The key the reader files this corpus under (it resolves links, then makes the key).
    static let key = ReadingStateKey.corpus(
        paths: [URL(fileURLWithPath: corpus).resolvingSymlinksInPath().path], currentDirectory: "/")
    /// The corpus's article paths, in the reader's order.
    static func articlePaths() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html") }.sorted()
    }

    /// Polls the file until `condition` holds for what it holds (the reader writes before it
    /// draws, so this also waits for the screen).
    func waitFor(_ store: ReadingStateStore, _ what: String,
                 _ condition: (SavedReading, [ReadingStateVisit]) -> Bool) throws {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if condition(try store.saved(corpus: Self.key), try store.history(corpus: Self.key)) { return }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what)")
        throw ReaderInTmux.Timeout(description: what)
    }

    func killAndWait(_ pid: pid_t) {
        kill(pid, SIGKILL)
        let deadline = Date().addingTimeInterval(10)
        while kill(pid, 0) == 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }

    /// What must hold in the file however the reader died: each visited or positioned article is
    /// read (they are written in one transaction with it), and the article open last is read.
    func expectConsistent(_ saved: SavedReading, _ history: [ReadingStateVisit]) {
        #expect(Set(history.map(\.path)).isSubset(of: saved.read), "every visited article is read")
        #expect(Set(saved.positions.keys).isSubset(of: saved.read), "every positioned article is read")
        #expect(saved.lastOpened.map(saved.read.contains) == true, "the last article opened is read")
    }

    @Test func aReaderKilledMidBurstKeepsEveryEarlierActionAndASoundFile() throws {
        guard ReaderInTmux.tmux != nil else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let folder = try ScratchFolder()
        let state = folder.path("state.sqlite")
        let paths = try Self.articlePaths()
        #expect(paths.count == 12)

        // Actions the reader is known to have finished: a bookmark, two articles, a passage.
        var reader = try ReaderInTmux(arguments: ["--state", state, Self.corpus], scratch: folder.url)
        try reader.waitFor(text: "12 articles")
        let watcher = try openClean(state)
        try reader.press(["m", "J", "J", "]"])
        try waitFor(watcher, "the bookmark, three articles read and a passage entered") { saved, history in
            saved.bookmarks == [paths[0]] && saved.read == Set(paths[0..<3]) && saved.lastOpened == paths[2]
                && history.count == 4
        }
        var finished = (saved: try watcher.saved(corpus: Self.key), history: try watcher.history(corpus: Self.key))
        #expect(finished.history.map(\.path) == [paths[0], paths[1], paths[2], paths[2]])
        try watcher.close()

        for round in 1...3 {
            // Moves only (nothing undoes an earlier action), sent at once; killed as soon as the
            // file shows the reader working through them.
            let burst = Array(repeating: ["j", "]", "J", "Space", "K", "]", "J"], count: 12).flatMap { $0 }
            let watcher = try openClean(state)
            try reader.press(burst)
            var seen = finished.history
            let deadline = Date().addingTimeInterval(20)
            while seen.count < finished.history.count + 3 && Date() < deadline {
                seen = try watcher.history(corpus: Self.key)
            }
            killAndWait(try reader.pid())
            try watcher.close()
            #expect(seen.count >= finished.history.count + 3, "round \(round): the reader was busy with the burst")
            finished.history = seen

            let (store, notice) = try ReadingStateStore.open(at: state)
            #expect(notice == nil, "round \(round): the file is sound: \(notice ?? "")")
            let saved = try store.saved(corpus: Self.key)
            let history = try store.history(corpus: Self.key)
            #expect(saved.bookmarks == [paths[0]], "round \(round)")
            #expect(saved.read.isSuperset(of: finished.saved.read), "round \(round): no read mark lost")
            #expect(Array(history.prefix(finished.history.count)) == finished.history,
                    "round \(round): every visit written before the kill is there, in order")
            expectConsistent(saved, history)
            try store.close()
            finished = (saved, history)

            // The reader starts again on what was left, with the same count of read articles.
            reader = try ReaderInTmux(arguments: ["--state", state, Self.corpus], scratch: folder.url)
            try reader.waitFor(text: " · \(saved.read.count) read")
        }
        #expect(try folder.names().allSatisfy { !$0.contains("corrupt") }, "nothing was moved aside")
    }
}
