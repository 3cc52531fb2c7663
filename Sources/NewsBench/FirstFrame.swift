import Foundation

/// Launch → first frame of the real `newsreader` binary, as a person sees it: started in a
/// detached tmux pane, the screen polled until the reader's status line appears. Also reads the
/// process's peak resident memory (VmHWM) once the frame is up and a few keys were handled.
enum FirstFrame {
    struct Sample {
        var seconds: Double
        var peakMegabytes: Double
        /// From launch until the reader went idle (its refresh in the background finished).
        var settledSeconds: Double?
    }

    /// nil when tmux is missing or the reader never drew within the timeout.
    static func measure(binary: String, arguments: [String], environment: [String: String],
                        keys: [String] = ["j", "j", "n", "Enter", "BSpace"], timeout: Double = 600) -> Sample? {
        guard let tmux = Ripgrep.executable("tmux") else { return nil }
        // A server of its own per measure: the last one may still be shutting down.
        let session = "nrbench"
        let socket = "nrbench\(getpid())-\(UUID().uuidString.prefix(8))"
        /// Runs tmux through the shell (`popen`), returning what it prints. Foundation's `Process`
        /// left the forking `new-session` client unreaped here, so the bench waited forever.
        func run(_ args: [String], capture: Bool = true) -> String {
            let line = ([tmux, "-L", socket] + args).map(shellQuoted).joined(separator: " ")
                + (capture ? " 2>/dev/null" : " >/dev/null 2>&1")
            guard let pipe = popen(line, "r") else { return "" }
            var output = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = fread(&buffer, 1, buffer.count, pipe)
                if count <= 0 { break }
                output += buffer[0..<count]
            }
            pclose(pipe)
            return String(decoding: output, as: UTF8.self)
        }
        let exports = environment.map { "\($0.key)=\(shellQuoted($0.value))" }.joined(separator: " ")
        let command = "exec env \(exports) \(([binary] + arguments).map(shellQuoted).joined(separator: " "))"
        defer { _ = run(["kill-server"], capture: false) }
        let start = DispatchTime.now()
        _ = run(["new-session", "-d", "-s", session, "-x", "140", "-y", "40", command], capture: false)
        var seconds: Double?
        while Clock.seconds(since: start) < timeout {
            // The status line names the quit key once the reader has drawn its first frame.
            if run(["capture-pane", "-p", "-t", session]).contains("q:quit") {
                seconds = Clock.seconds(since: start)
                break
            }
            usleep(2_000)
        }
        guard let seconds else { return nil }
        let pid = run(["list-panes", "-t", session, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        for key in keys {
            _ = run(["send-keys", "-t", session, key])
            usleep(50_000)
        }
        // The peak counts the background refresh too: read it once the reader has gone idle.
        let settled = waitUntilIdle(pid: pid, timeout: timeout)
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let peakKB = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Double($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        _ = run(["send-keys", "-t", session, "q"])
        return Sample(seconds: seconds, peakMegabytes: peakKB / 1024, settledSeconds: settled.map { $0 + seconds })
    }

    /// Seconds until the process used no CPU for a whole second (its background work done),
    /// nil if it never did within `timeout`.
    static func waitUntilIdle(pid: String, timeout: Double) -> Double? {
        func cpuTicks() -> Int? {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            // Fields after the command name: state is the 3rd field of the line, utime the 14th.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
            return user + system
        }
        let start = DispatchTime.now()
        var last = cpuTicks()
        while Clock.seconds(since: start) < timeout {
            usleep(1_000_000)
            let now = cpuTicks()
            guard let now else { return nil }
            if now == last { return Clock.seconds(since: start) - 1 }
            last = now
        }
        return nil
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
