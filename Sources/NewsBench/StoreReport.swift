import Foundation
import NewsCore
import NewsStore
import NewsUI

/// The store's figures (issue 4) on the BBC corpus replicated to ~200,000 articles: index build,
/// re-open, re-index after touching 100 files, launch → first frame, keystroke → frame,
/// search latency beside the sqlite3 shell, and the reader's peak memory.
enum StoreReport {
    static func run(_ arguments: Arguments) throws {
        func say(_ line: String) {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
        say("newsreader store bench — \(Machine.describe()); CPU list \(Machine.allowedCPUs())")
        try FileManager.default.createDirectory(at: arguments.work, withIntermediateDirectories: true)
        let scale = try ScaleCorpus.build(from: arguments.source, into: arguments.work, articles: arguments.articles)
        let megabytes = Double(scale.bytes) / 1_048_576
        let catalog = Arguments.projectRoot.appendingPathComponent("corpus/entities.catalog").path
        let indexPath = arguments.work.appendingPathComponent("store-bench.sqlite").path
        say(String(format: "corpus: %@ — %d files, %.1f MB; index: %@", scale.folder.path, scale.files.count, megabytes, indexPath))

        func open() throws -> (IndexStore.Opened, Double) {
            let start = DispatchTime.now()
            let opened = try IndexStore.open(paths: [scale.folder.path], catalogFiles: [catalog], discover: true,
                                             indexPath: indexPath)
            return (opened, Clock.seconds(since: start))
        }

        let index: NewsIndex
        if arguments.reuseIndex, let current = try? IndexStore.openCurrent(paths: [scale.folder.path], catalogFiles: [catalog],
                                                                            discover: true, indexPath: indexPath) {
            say("index reused as the last run left it (--reuse-index): build, re-open and re-index not measured")
            index = current.index
        } else {
            index = try build()
        }

        /// The index built afresh, re-opened, and re-indexed after 100 files changed.
        func build() throws -> NewsIndex {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: indexPath + suffix) }
            let (_, buildSeconds) = try open()
            say(String(format: "full index build (read, normalise, tag, write): %.1f s, %.1f MB/s",
                       buildSeconds, megabytes / buildSeconds))
            let (_, reopenSeconds) = try open()
            say(String(format: "re-open, nothing changed: %.2f s", reopenSeconds))

            // 100 files changed for real (a line appended), spread over the corpus.
            let touched = Array(stride(from: 0, to: scale.files.count, by: max(1, scale.files.count / 100)).prefix(100))
            for position in touched {
                let handle = try FileHandle(forWritingTo: scale.files[position])
                try handle.seekToEnd()
                try handle.write(contentsOf: Data("\nUpdated.\n".utf8))
                try handle.close()
            }
            let (opened, touchSeconds) = try open()
            say(String(format: "re-open after changing %d files: %.2f s (%d files re-read, re-tagged: %@)",
                       touched.count, touchSeconds, opened.report.filesRead, opened.report.retagged ? "yes" : "no"))
            return opened.index
        }

        if arguments.relatedOnly {
            for line in RelatedLatencyReport.lines(index: index) { say(line) }
            return
        }
        if arguments.searchOnly {
            for query in arguments.queries {
                var times: [Double] = []
                for _ in 0..<100 {
                    let start = DispatchTime.now()
                    _ = try index.search.search(query, limit: 50)
                    times.append(Clock.seconds(since: start) * 1000)
                }
                say("\(query): " + SearchLatencyReport.summary(times))
            }
            if !arguments.queries.isEmpty { return }
            for line in try SearchLatencyReport.lines(index: index, label: "the persisted index") { say(line) }
            return
        }
        let binary = Arguments.projectRoot.appendingPathComponent(".build/release/newsreader").path
        let readerArguments = [scale.folder.path, "--index", indexPath,
                               "--state", arguments.work.appendingPathComponent("store-bench-state.sqlite").path]
        let dropped = dropPageCache()
        if let cold = FirstFrame.measure(binary: binary, arguments: readerArguments, environment: ["TERM": "xterm-256color"]),
           let warm = FirstFrame.measure(binary: binary, arguments: readerArguments, environment: ["TERM": "xterm-256color"]) {
            say(String(format: "launch → first frame: cold %.2f s%@, warm %.2f s (target warm ≤ 0.3 s)",
                       cold.seconds, dropped ? " (page cache dropped)" : " (page cache could not be dropped)", warm.seconds))
            say(String(format: "reader idle again (its refresh of the index in the background done): cold %.1f s, warm %.1f s after launch",
                       cold.settledSeconds ?? .nan, warm.settledSeconds ?? .nan))
            say(String(format: "reader peak memory (VmHWM after the first frame, a few keys and the background refresh): %.0f MB (target ≤ 200 MB)",
                       max(cold.peakMegabytes, warm.peakMegabytes)))
        } else {
            say("launch → first frame: not measured (tmux missing, no release `newsreader` built, or no frame within 10 minutes)")
        }

        say("reader keystroke → frame at 140×40 (target p99 ≤ 16 ms):")
        for result in ReaderLatency.measure(index: index) { say("  \(result)") }

        // The same query sample and breakdown as `make bench-search`, on the persisted index.
        for line in try SearchLatencyReport.lines(index: index, label: "the persisted index") { say(line) }
        let shellSQL = "SELECT rowid, bm25(passage_fts) FROM passage_fts WHERE passage_fts MATCH 'election' ORDER BY rank LIMIT 50"
        if let shell = SqliteShell.times(database: indexPath, sql: shellSQL, runs: 20) {
            say("sqlite3 shell, an FTS5 match of a common word (\"election\", top 50 by bm25): "
                + SearchLatencyReport.summary(shell.map { $0 * 1000 }))
        } else {
            say("sqlite3 shell: not installed (apt-get install sqlite3)")
        }
    }

    /// A cold start needs the page cache empty; only root on a kernel that allows it can.
    static func dropPageCache() -> Bool {
        sync()
        guard let handle = FileHandle(forWritingAtPath: "/proc/sys/vm/drop_caches") else { return false }
        defer { try? handle.close() }
        return (try? handle.write(contentsOf: Data("3\n".utf8))) != nil
    }
}
