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
                        keys: [String] = ["j", "j", "n", "Enter", "BSpace"], timeout: Double = 120) -> Sample? {
        guard let tmux = Ripgrep.executable("tmux") else { return nil }
        let session = "nrbench\(getpid())"
        let socket = "nrbench\(getpid())"
        func run(_ args: [String]) -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: tmux)
            process.arguments = ["-L", socket] + args
            let output = Pipe()
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return "" }
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        let exports = environment.map { "\($0.key)=\(shellQuoted($0.value))" }.joined(separator: " ")
        let command = "exec env \(exports) \(([binary] + arguments).map(shellQuoted).joined(separator: " "))"
        defer { _ = run(["kill-server"]) }
        let start = DispatchTime.now()
        _ = run(["new-session", "-d", "-s", session, "-x", "140", "-y", "40", command])
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
