import Foundation

/// A shell in a pane of a private tmux server (its own `-L` socket, killed at the end), for
/// driving the built reader the way a person would and reading back the screen.
final class TmuxPane {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds")

    static let tmux: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static var available: Bool { tmux != nil }
    static var seedsAvailable: Bool { FileManager.default.fileExists(atPath: seeds.path) }

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

    let socket = "newsreader-test-\(UUID().uuidString.prefix(8))"
    /// A scratch folder for the pid file, fixtures and the tmux configuration.
    let scratch: URL

    init(width: Int = 140, height: Int = 40) throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        // No status line (the pane is the whole window); a terminal type with the modified keys.
        let config = scratch.appendingPathComponent("tmux.conf")
        try "set -g status off\nset -g default-terminal tmux-256color\nset -g escape-time 10\n"
            .write(to: config, atomically: true, encoding: .utf8)
        try tmux(["-f", config.path, "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                  "-e", "LANG=C.UTF-8",
                  // Reading state in the scratch folder: no test sees another's, nor the user's.
                  "-e", "XDG_STATE_HOME=\(scratch.path)/state",
                  // A crash report must not wait 30 s for a key (the Swift backtracer's prompt).
                  "-e", "SWIFT_BACKTRACE=interactive=no", "/bin/sh"])
        // Colours on unless a test asks otherwise, whatever the environment running the tests.
        try type("unset NO_COLOR; clear")
    }

    deinit {
        let socketPath = (try? tmux(["display-message", "-p", "#{socket_path}"]))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"])
        if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Runs one tmux command against this server and returns what it printed. Spawned directly
    /// (not through Foundation.Process): the command that starts the server forks it
    /// into the background, and an inherited pipe or Foundation's exit-watching socket would
    /// keep the caller waiting for as long as the server lives.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = scratch.appendingPathComponent("out-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let argv = [Self.tmux ?? "tmux", "-u", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The calling test thread blocks most signals and the spawned server would inherit that
        // mask, leaving it deaf to the child exits that let `kill-server` finish.
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

    /// Types a shell command line and Enter.
    func type(_ line: String) throws {
        try tmux(["send-keys", "-l", line])
        try tmux(["send-keys", "Enter"])
    }

    /// Presses keys by tmux name (`q`, `Enter`, `BSpace`, `M-Left`, `C-c`).
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Types literal text (every character a key).
    func typeText(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// The pane's text now, one string per row.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p"]).components(separatedBy: "\n")
    }

    /// The pane's text with its colours and attributes as SGR escape sequences (`capture-pane -e`).
    func styledScreen() throws -> String {
        try tmux(["capture-pane", "-p", "-e"])
    }

    /// Polls the screen until `condition` holds (instead of sleeping for a guessed time).
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines: [String] = []
        while Date() < deadline {
            lines = try screen()
            if condition(lines) { return lines }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "timed out waiting for \(what); the screen was:\n" + lines.joined(separator: "\n"))
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 20) throws -> [String] {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains { $0.contains(text) } }
    }

    /// Waits until the screen stops changing (the reader drew its answer to the last key).
    @discardableResult
    func settle(quietFor: Double = 0.3, timeout: Double = 10) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var last = try screen()
        var since = Date()
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            let now = try screen()
            if now != last { last = now; since = Date() } else if Date().timeIntervalSince(since) >= quietFor { return now }
        }
        return last
    }

    /// Starts the reader from the pane's shell, recording its pid, and afterwards prints its
    /// exit status as `EXIT=n` so a test can see how it ended.
    func startReader(_ arguments: [String]) throws {
        let pidFile = scratch.appendingPathComponent("pid").path
        let quoted = ([Self.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        try type("sh -c 'echo $$ > \(pidFile); exec \"$0\" \"$@\"' \(quoted.joined(separator: " ")); echo EXIT=$?")
    }

    /// The pid of the reader started by `startReader`.
    func readerPid() throws -> Int32 {
        let pidFile = scratch.appendingPathComponent("pid").path
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) { return pid }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Timeout(description: "the reader never wrote its pid")
    }

    /// After the reader exits: its status, then whether the pane's terminal is back in cooked
    /// mode with echo (`stty -a` lists `icanon` and `echo`, not `-icanon` and `-echo`).
    func exitStatusAndTTYRestored() throws -> (status: Int, restored: Bool) {
        func status(_ line: String) -> Int? {
            guard let range = line.range(of: "EXIT=") else { return nil }
            return Int(line[range.upperBound...].prefix { $0.isNumber })
        }
        // The typed command line holds `EXIT=$?`; the answer is the line with digits.
        let lines = try waitFor("the reader's exit status", timeout: 30) { $0.contains { status($0) != nil } }
        let status = lines.compactMap(status).last ?? -1
        // The marker is computed by the shell, so the typed line itself never matches it.
        try type("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | sort | tr '\\n' ' '; echo STTY-$((40+2))")
        let after = try waitFor(text: "STTY-42")
        let flags = after.first { $0.contains("STTY-42") } ?? ""
        let words = Set(flags.split(separator: " ").map(String.init))
        return (status, words.contains("icanon") && words.contains("echo") && !words.contains("-icanon") && !words.contains("-echo"))
    }
}
