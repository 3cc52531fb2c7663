import Foundation
import Testing

/// The built binary indexing a corpus of a thousand files, killed with SIGKILL at several
/// moments of the build, and two of it building one index at once: the next run continues from
/// what was committed, and every command then prints what the in-memory pipeline prints.
@Suite(.serialized) struct IndexKillTests {
    /// Files in the big corpus: more than two write batches (500 files each).
    static let fileCount = 1200

    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/opt/homebrew/bin/sqlite3"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let skipMessage = "the sqlite3 shell is not installed (make deps installs it): kill tests skipped"

    /// A scratch folder holding `corpus/`: BBC articles when ../shared is there, else
    /// generated ones.
    struct BigCorpus {
        var folder: URL
        var corpus: URL

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-kill-\(UUID().uuidString)")
            corpus = folder.appendingPathComponent("corpus")
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            let bbc = CLIRunner.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpora/bbc-news")
            if FileManager.default.fileExists(atPath: bbc.path) {
                try copyBBC(from: bbc)
            } else {
                print("../shared/corpora/bbc-news is absent: the kill tests index generated articles")
                try generate()
            }
        }

        /// The first files of each BBC section in turn, until there are enough.
        private func copyBBC(from bbc: URL) throws {
            let fm = FileManager.default
            let sections = try fm.contentsOfDirectory(atPath: bbc.path).filter { !$0.contains(".") }.sorted()
            let lists = try sections.map { section in
                try fm.contentsOfDirectory(atPath: bbc.appendingPathComponent(section).path).sorted().map { "\(section)/\($0)" }
            }
            var copied = 0, row = 0
            while copied < IndexKillTests.fileCount {
                for list in lists where row < list.count && copied < IndexKillTests.fileCount {
                    let target = corpus.appendingPathComponent(list[row])
                    try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try fm.copyItem(at: bbc.appendingPathComponent(list[row]), to: target)
                    copied += 1
                }
                row += 1
            }
        }

        /// Articles built from a few names and figures, so discovery and linking have work.
        private func generate() throws {
            let names = ["Nvidia", "DeepSeek", "OpenAI", "Harbour Lights Capital", "Mira Okonkwo", "Tessel Systems",
                         "the Bank of Wexford", "Anselm Hardy", "Quarry Point", "Lumen Rail"]
            let verbs = ["said", "denied", "expected", "reported", "warned"]
            for k in 0..<IndexKillTests.fileCount {
                var text = "\(names[k % names.count]) and \(names[(k * 7 + 3) % names.count]) in story \(k)\n\n"
                for p in 0..<6 {
                    let a = names[(k + p) % names.count], b = names[(k * 3 + p * 5) % names.count]
                    text += "\(a) \(verbs[(k + p) % verbs.count]) on Monday that \(b) had spent $\(k % 90 + 1).\(p) billion, "
                        + "up \(p + 3) per cent on last year, while \(names[(p * 2) % names.count]) stayed quiet.\n\n"
                }
                try Data(text.utf8).write(to: corpus.appendingPathComponent(String(format: "story-%04d.txt", k)))
            }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }
    }

    /// What the in-memory pipeline prints for the commands the checks compare.
    static let checks = [["list", "--json"], ["entities", "--json"]]

    func expectSameAsInMemory(_ big: BigCorpus, index: URL, _ reference: [String], _ what: String) throws {
        for (command, expected) in zip(Self.checks, reference) {
            let outcome = try CLIRunner.run(command + ["--corpus", big.corpus.path, "--index", index.path])
            #expect(outcome.status == 0, "\(what): \(command) \(outcome.stderr)")
            #expect(outcome.stdout == expected, "\(what): \(command) differs from the in-memory output")
        }
    }

    func reference(_ big: BigCorpus) throws -> [String] {
        try Self.checks.map { command in
            let outcome = try CLIRunner.run(command + ["--corpus", big.corpus.path, "--no-index"])
            #expect(outcome.status == 0)
            return outcome.stdout
        }
    }

    /// Runs `sql` on the index through the sqlite3 shell; nil while it cannot be read yet.
    func query(_ index: URL, _ sql: String) -> Int? {
        guard FileManager.default.fileExists(atPath: index.path), let shell = Self.sqlite3 else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-readonly", index.path, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// Starts `newsreader index`, kills it with SIGKILL once `moment` holds for the index, and
    /// says whether it was killed (false: it finished first).
    func buildAndKill(_ big: BigCorpus, index: URL, when moment: () -> Bool) throws -> Bool {
        let process = try CLIRunner.start(["index", "--corpus", big.corpus.path, "--index", index.path],
                                          stdout: big.folder.appendingPathComponent("out"),
                                          stderr: big.folder.appendingPathComponent("err"))
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline {
            if moment() {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        process.waitUntilExit()
        return false
    }

    /// Resumes after a kill: one run that must not find the index damaged.
    func resume(_ big: BigCorpus, index: URL) throws -> [String: Any] {
        let outcome = try CLIRunner.run(["index", "--json", "--corpus", big.corpus.path, "--index", index.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let report = try #require(try outcome.json() as? [String: Any])
        #expect((report["notices"] as? [String]) == [], "a killed build leaves a sound index")
        #expect(report["articles"] as? Int == Self.fileCount)
        return report
    }

    @Test(.enabled(if: IndexKillTests.sqlite3 != nil, Comment(rawValue: IndexKillTests.skipMessage)))
    func aBuildKilledAtAnyMomentContinuesAndEndsTheSame() throws {
        let big = try BigCorpus()
        defer { big.remove() }
        let expected = try reference(big)
        #expect(try JSONSerialization.jsonObject(with: Data(expected[0].utf8)) is [Any])

        // 1. Before the first batch is committed: nothing kept but an empty schema.
        let early = big.folder.appendingPathComponent("early.sqlite")
        #expect(try buildAndKill(big, index: early) { query(early, "SELECT count(*) FROM meta") != nil },
                "killed before the first batch")
        let fromScratch = try resume(big, index: early)
        #expect((fromScratch["added"] as? [String])?.count ?? 0 > Self.fileCount - 500)
        try expectSameAsInMemory(big, index: early, expected, "killed early")

        // 2. Between batches: the committed ones are kept and not read again.
        let middle = big.folder.appendingPathComponent("middle.sqlite")
        var committed = 0
        #expect(try buildAndKill(big, index: middle) {
            committed = query(middle, "SELECT count(*) FROM files") ?? 0
            return committed >= 500
        }, "killed after a batch")
        let continued = try resume(big, index: middle)
        let added = (continued["added"] as? [String])?.count ?? -1
        #expect(added > 0 && added <= Self.fileCount - committed, "continues from the \(committed) files committed")
        #expect(continued["retagged"] as? Bool == true)
        try expectSameAsInMemory(big, index: middle, expected, "killed between batches")

        // 3. Every file committed, the tags not yet: re-tagged, no file read again.
        let late = big.folder.appendingPathComponent("late.sqlite")
        #expect(try buildAndKill(big, index: late) {
            query(late, "SELECT count(*) FROM files") == Self.fileCount
                && query(late, "SELECT count(*) FROM meta WHERE key = 'tag_key'") == 0
        }, "killed while tagging")
        let retagged = try resume(big, index: late)
        #expect((retagged["added"] as? [String]) == [])
        #expect(retagged["retagged"] as? Bool == true, "tags of a killed build are never taken for current")
        try expectSameAsInMemory(big, index: late, expected, "killed while tagging")

        // 4. A refresh of that complete index after every file changed, killed after its first
        // batch: the old tags must not be served with the new articles.
        var edited = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: big.corpus.path) where path.hasSuffix(".txt") {
            edited += 1
            let handle = try FileHandle(forWritingTo: big.corpus.appendingPathComponent(path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("\nNvidia said nothing more about it.\n".utf8))
            try handle.close()
        }
        let changedReference = try reference(big)
        #expect(try buildAndKill(big, index: late) {
            query(late, "SELECT count(*) FROM meta WHERE key = 'tag_key'") == 0
        }, "killed during a refresh")
        let refreshed = try resume(big, index: late)
        let changed = (refreshed["changed"] as? [String])?.count ?? -1
        #expect(changed > 0 && changed < Self.fileCount, "the refresh kept the batches it committed")
        // The added line names no new entity, so the table stays and the edited articles alone
        // are tagged: those the killed run committed as well as the rest.
        #expect(refreshed["retagged"] as? Bool == false && refreshed["tagged"] as? Int == edited)
        try expectSameAsInMemory(big, index: late, changedReference, "killed during a refresh")
    }

    @Test func twoProcessesBuildingOneIndexBothSucceed() throws {
        let big = try BigCorpus()
        defer { big.remove() }
        let expected = try reference(big)
        let index = big.folder.appendingPathComponent("shared.sqlite")

        // Two commands at once on an index neither has built: one builds, the other waits.
        let runs = try (0..<2).map { k in
            try CLIRunner.start(["list", "--json", "--corpus", big.corpus.path, "--index", index.path],
                                stdout: big.folder.appendingPathComponent("list-\(k).out"),
                                stderr: big.folder.appendingPathComponent("list-\(k).err"))
        }
        for run in runs { run.waitUntilExit() }
        for k in 0..<2 {
            let stderr = try String(contentsOf: big.folder.appendingPathComponent("list-\(k).err"), encoding: .utf8)
            #expect(runs[k].terminationStatus == 0, "\(stderr)")
            #expect(stderr.isEmpty, "\(stderr)")
            let stdout = try String(contentsOf: big.folder.appendingPathComponent("list-\(k).out"), encoding: .utf8)
            #expect(stdout == expected[0], "process \(k) prints what the in-memory pipeline prints")
        }

        // Two refreshes at once after every file changed time: the first re-checks them all,
        // the second finds nothing left to do.
        let later = Date().addingTimeInterval(-600)
        for path in try FileManager.default.subpathsOfDirectory(atPath: big.corpus.path) where path.hasSuffix(".txt") {
            try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: big.corpus.appendingPathComponent(path).path)
        }
        let refreshes = try (0..<2).map { k in
            try CLIRunner.start(["index", "--json", "--corpus", big.corpus.path, "--index", index.path],
                                stdout: big.folder.appendingPathComponent("index-\(k).out"),
                                stderr: big.folder.appendingPathComponent("index-\(k).err"))
        }
        for run in refreshes { run.waitUntilExit() }
        let reports = try (0..<2).map { k in
            #expect(refreshes[k].terminationStatus == 0)
            let data = try Data(contentsOf: big.folder.appendingPathComponent("index-\(k).out"))
            return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        let touched = reports.map { $0["touched"] as? Int ?? -1 }.sorted()
        #expect(touched == [0, Self.fileCount], "one process checked every file; the other waited and found them done")
        #expect(reports.allSatisfy { ($0["added"] as? [String]) == [] && ($0["changed"] as? [String]) == [] })
        try expectSameAsInMemory(big, index: index, expected, "after two concurrent refreshes")
    }
}
