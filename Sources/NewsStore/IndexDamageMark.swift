import Foundation

/// Damage found while reading an index on demand, left beside the index file
/// (`<index>.damaged`) so that the next open sets the index aside and rebuilds it.
///
/// A library reads articles long after the index was opened, so damage inside a row shows up
/// only when that row is read; the reader then shows what it can and goes on, and the mark
/// makes sure the damage is not met again.
enum IndexDamageMark {
    static func path(for indexPath: String) -> String { indexPath + ".damaged" }

    /// Records `description` for the index file at `indexPath`; an in-memory database has no
    /// file and nothing to mark. Best effort: the reader keeps going if the mark cannot be written.
    static func record(_ description: String, indexPath: String) {
        guard !indexPath.isEmpty, !indexPath.hasPrefix(":memory:"), FileManager.default.fileExists(atPath: indexPath) else { return }
        try? Data((description + "\n").utf8).write(to: URL(fileURLWithPath: path(for: indexPath)), options: .atomic)
    }

    /// What was recorded for the index at `indexPath`, if anything.
    static func recorded(indexPath: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path(for: indexPath)) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func clear(indexPath: String) {
        try? FileManager.default.removeItem(atPath: path(for: indexPath))
    }
}
