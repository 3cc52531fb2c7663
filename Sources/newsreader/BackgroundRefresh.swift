import Foundation
import NewsCore
import NewsStore
import NewsUI

/// A refresh of the index run on its own thread while the reader shows the index as the last
/// refresh left it: the first frame does not wait for the files to be compared, and the reader
/// takes the outcome when it is ready (`take`), between keystrokes.
final class BackgroundRefresh: @unchecked Sendable {
    /// What the reader is handed: a new index and what to say about it, or why there is none.
    enum Outcome {
        case refreshed(NewsIndex, notice: String)
        case failed(String)
    }

    private let lock = NSLock()
    private var outcome: Outcome?

    /// Runs `refresh` on a new thread. It returns nil when nothing the reader shows changed.
    init(_ refresh: @escaping @Sendable () throws -> Outcome?) {
        let thread = Thread { [self] in
            let result: Outcome?
            do {
                result = try refresh()
            } catch {
                result = .failed("the index could not be refreshed: \(error)")
            }
            lock.withLock { outcome = result }
        }
        // Below the reader's own work; the refresh's parallel steps use the other cores.
        thread.qualityOfService = .utility
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// The outcome once, when the refresh has finished with one; nil before and after.
    func take() -> Outcome? {
        lock.withLock {
            defer { outcome = nil }
            return outcome
        }
    }

    /// What the reader's status line says after a refresh that changed something, or nil when
    /// nothing it shows changed (files whose time moved but whose bytes did not).
    static func notice(_ report: IndexReport) -> String? {
        guard report.filesChanged || report.retagged || !report.notices.isEmpty else { return nil }
        if let first = report.notices.first { return first }
        var parts: [String] = []
        for (count, what) in [(report.added.count, "added"), (report.changed.count, "changed"),
                              (report.removed.count, "removed"), (report.renamed.count, "renamed")] where count > 0 {
            parts.append("\(count) \(what)")
        }
        let files = parts.isEmpty ? "articles re-tagged" : parts.joined(separator: ", ")
        return "Index refreshed while reading: \(files); \(counted(report.articles, "article"))"
    }
}
