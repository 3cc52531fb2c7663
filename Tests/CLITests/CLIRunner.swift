import Foundation

/// Runs the `newsreader` binary built beside the test bundle and captures what it prints.
struct CLIRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String

        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
        func rows() throws -> [[String: Any]] {
            guard let rows = try json() as? [[String: Any]] else { throw CocoaError(.coderReadCorrupt) }
            return rows
        }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static var seedsAvailable: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    /// The binary: next to the running test bundle, else in the default build folder.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), repositoryRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("newsreader")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/newsreader")
    }()

    /// The index cache for every run: a scratch folder kept between test runs (so later runs
    /// open warm indexes), never the user's cache.
    static let cache: URL = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-cli-tests-cache")

    /// The environment runs get: this process's, with `XDG_CACHE_HOME` pointed at `cache`.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_CACHE_HOME"] = cache.path
        return environment
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Starts the binary in the background, its stdout and stderr written to files (a pipe
    /// nobody drains would stall it).
    static func start(_ arguments: [String], stdout: URL, stderr: URL) throws -> Process {
        FileManager.default.createFile(atPath: stdout.path, contents: nil)
        FileManager.default.createFile(atPath: stderr.path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: stdout)
        process.standardError = try FileHandle(forWritingTo: stderr)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }
}
