import Foundation

/// Times a query in the `sqlite3` shell on the same database: the floor the store's own search
/// is compared against (what SQLite itself costs, without Swift, GRDB or result shaping).
enum SqliteShell {
    /// Per-run wall times in seconds of `sql` run `runs` times in one shell, or nil without sqlite3.
    static func times(database: String, sql: String, runs: Int) -> [Double]? {
        guard let shell = Ripgrep.executable("sqlite3") else { return nil }
        let script = ".timer on\n.output /dev/null\n" + Array(repeating: sql + ";\n", count: runs).joined()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: shell)
        process.arguments = ["-readonly", database]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        input.fileHandleForWriting.write(Data(script.utf8))
        try? input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // ".timer on" prints "Run Time: real 0.001 user … sys …" per statement, to stdout.
        let times = text.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time: real ") else { return nil }
            return Double(line.dropFirst("Run Time: real ".count).split(separator: " ").first ?? "")
        }
        return times.isEmpty ? nil : times
    }
}
