import Foundation
import Testing

/// `newsreader index`, `--index` and `--no-index` as scripts use them.
@Suite struct IndexCommandTests {
    let corpus = CLIRunner.repositoryRoot.appendingPathComponent("corpus").path

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cli-index-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func object(_ outcome: CLIRunner.Outcome) throws -> [String: Any] {
        try #require(try outcome.json() as? [String: Any])
    }

    @Test func indexSaysWhatItBuiltThenThatNothingChanged() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("corpus.sqlite").path

        let first = try CLIRunner.run(["index", "--json", "--index", database])
        #expect(first.status == 0, "\(first.stderr)")
        let built = try object(first)
        #expect(built["path"] as? String == database)
        #expect(built["articles"] as? Int == 12)
        #expect((built["added"] as? [String])?.count == 12)
        #expect(built["retagged"] as? Bool == true)
        for key in ["changed", "removed", "renamed", "notices"] { #expect((built[key] as? [Any])?.isEmpty == true, "\(key)") }
        #expect(built["seconds"] is Double && built["filesRead"] as? Int == 12 && built["problems"] as? Int == 0)
        #expect(FileManager.default.fileExists(atPath: database))

        let second = try CLIRunner.run(["index", "--index", database])
        #expect(second.status == 0)
        let lines = second.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("12 articles, 0 skipped: 0 added, 0 changed, 0 removed, 0 renamed; tags loaded;") == true,
                "\(second.stdout)")
        #expect(lines.contains("index: \(database)"))
        #expect(second.stderr.isEmpty, "no progress bar and no notices when stderr is not a terminal")
    }

    @Test func commandsGiveTheSameThroughTheIndexAsInMemory() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("corpus.sqlite").path
        for command in [["list", "--json"], ["entities", "--json"], ["mentions", "DeepSeek", "--json"],
                        ["related", "training-cost-questions:1", "--json"], ["show", "003", "--json"]] {
            let memory = try CLIRunner.run(command + ["--no-index"])
            let cold = try CLIRunner.run(command + ["--index", database])
            let warm = try CLIRunner.run(command + ["--index", database])
            #expect(memory.status == 0 && cold.status == 0 && warm.status == 0, "\(command)")
            #expect(cold.stdout == memory.stdout, "\(command)")
            #expect(warm.stdout == memory.stdout, "\(command)")
        }
    }

    @Test func theDefaultIndexIsInTheCacheFolder() throws {
        let outcome = try CLIRunner.run(["index", "--json"])
        #expect(outcome.status == 0)
        let path = try #require(try object(outcome)["path"] as? String)
        #expect(path.hasPrefix(CLIRunner.cache.appendingPathComponent("newsreader/corpus-").path))
        #expect(path.hasSuffix(".sqlite"))
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func aDamagedIndexIsOneNoticeThenRebuilt() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("corpus.sqlite").path
        try Data(repeating: 0x41, count: 5000).write(to: URL(fileURLWithPath: database))
        let outcome = try CLIRunner.run(["list", "--json", "--index", database])
        #expect(outcome.status == 0)
        let notices = outcome.stderr.split(separator: "\n")
        #expect(notices.count == 1)
        #expect(notices.first?.contains("is damaged (not an SQLite database); moved it to \(database).corrupt-") == true,
                "\(outcome.stderr)")
        #expect(try outcome.rows().count == 12)
    }

    @Test func indexErrorsAreOneLine() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        for arguments in [["index", "--no-index"], ["list", "--index", "x.sqlite", "--no-index"],
                          ["list", "--index", blocker.appendingPathComponent("corpus.sqlite").path],
                          ["index", "--corpus", folder.appendingPathComponent("missing").path]] {
            let outcome = try CLIRunner.run(arguments)
            #expect(outcome.status != 0, "\(arguments)")
            #expect(outcome.stdout.isEmpty, "\(arguments)")
            #expect(outcome.stderr.split(separator: "\n").count == 1, "\(arguments): \(outcome.stderr)")
        }
        let unwritable = try CLIRunner.run(["list", "--index", blocker.appendingPathComponent("corpus.sqlite").path])
        #expect(unwritable.stderr.contains("cannot open the index"), "\(unwritable.stderr)")
    }
}
