import Foundation

/// The built `newsreader` as the only program of a private tmux server (its own `-L` socket),
/// so the pane's pid is the reader's and a test can SIGKILL it mid-use. A lighter cousin of the
/// end-to-end tests' TmuxPane, which runs the reader from a shell.
final class ReaderInTmux {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The binary: next to the running test bundle, else in the default build folder.
    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), repositoryRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("newsreader")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/newsreader").path
    }()

    struct Timeout: Error, CustomStringConvertible {
        var description: String
    }

    let socket = "newsreader-kill-\(UUID().uuidString.prefix(8))"
    let output: URL

    init(arguments: [String], scratch: URL) throws {
        output = scratch.appendingPathComponent("\(socket).out")
        try run(["-f", "/dev/null", "new-session", "-d", "-x", "140", "-y", "40", "-e", "LANG=C.UTF-8",
                 "-e", "SWIFT_BACKTRACE=interactive=no", "--", Self.binary] + arguments)
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: output)
    }

    /// One tmux command; what it printed. Spawned directly with every signal unblocked, for
    /// the reasons TmuxPane gives (a forked server must not hold the caller's pipes or mask).
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let argv = [Self.tmux ?? "tmux", "-u", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, environ)
        guard spawned == 0 else { throw Timeout(description: "cannot run tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    /// The reader's pid (the pane's process).
    func pid() throws -> pid_t {
        let text = try run(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text), pid > 0 else { throw Timeout(description: "no reader pid: '\(text)'") }
        return pid
    }

    /// Presses keys by tmux name, all in one go.
    func press(_ keys: [String]) throws { try run(["send-keys"] + keys) }

    func screen() throws -> [String] { try run(["capture-pane", "-p"]).components(separatedBy: "\n") }

    /// Polls until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        while Date() < deadline {
            lines = try screen()
            if lines.contains(where: { $0.contains(text) }) { return lines }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "timed out waiting for '\(text)'; the screen was:\n" + lines.joined(separator: "\n"))
    }
}
