import Foundation

/// Launch → first frame of the real `newsreader` binary, as a person sees it: started in a
/// detached tmux pane, the screen polled until the reader's status line appears. Also reads the
/// process's peak resident memory (VmHWM) once the frame is up and a few keys were handled.
enum FirstFrame {
    struct Sample {
        var seconds: Double
        var peakMegabytes: Double
    }

    /// nil when tmux is missing or the reader never drew within the timeout.
    static func measure(binary: String, arguments: [String], environment: [String: String],
                        keys: [String] = ["j", "j", "n", "Enter", "BSpace"], timeout: Double = 600) -> Sample? {
        guard let tmux = Ripgrep.executable("tmux") else { return nil }
        let session = "nrbench\(getpid())"
        let socket = "nrbench\(getpid())"
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
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let peakKB = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .flatMap { Double($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        _ = run(["send-keys", "-t", session, "q"])
        return Sample(seconds: seconds, peakMegabytes: peakKB / 1024)
    }

    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
