import Foundation
import NewsStore

/// Draws `ProgressLine` on stderr, redrawn in place with `\r`, while an index builds; only on a
/// terminal, and only once the build has taken half a second, so quick opens and pipes see
/// nothing. `clear` erases it before anything else is printed.
final class ProgressBar {
    static let delay = 0.5
    /// Redraws at most this often (seconds), except when the stage changes.
    static let interval = 0.1

    private let enabled: Bool
    private var drawn = false
    private var lastDraw = -Double.infinity
    private var lastStage: IndexProgress.Stage?

    init(enabled: Bool) { self.enabled = enabled }

    static func onStandardError() -> ProgressBar { ProgressBar(enabled: isatty(STDERR_FILENO) == 1) }

    func show(_ progress: IndexProgress) {
        guard enabled, progress.elapsed >= Self.delay else { return }
        let finished = progress.stage == .reading && progress.files == progress.totalFiles
        guard progress.stage != lastStage || finished || progress.elapsed - lastDraw >= Self.interval else { return }
        lastDraw = progress.elapsed
        lastStage = progress.stage
        drawn = true
        write("\r" + ProgressLine.render(progress, width: Self.width() - 1) + "\u{1B}[K")
    }

    func clear() {
        guard drawn else { return }
        write("\r\u{1B}[K")
        drawn = false
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// The terminal's columns, else `$COLUMNS`, else 80.
    private static func width() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 80
    }
}
