import Foundation
import NewsStore

/// The text of the index build's progress line, fitted to a width: pure, so it is tested
/// without a terminal.
enum ProgressLine {
    static func render(_ progress: IndexProgress, width: Int) -> String {
        switch progress.stage {
        case .reading: return fit(reading(progress, width: width), width)
        case .tagging: return fit("indexing: tagging the corpus… \(seconds(progress.elapsed))", width)
        case .loading: return fit("indexing: loading the index… \(seconds(progress.elapsed))", width)
        }
    }

    /// `indexing [####......] 1024/2225 files  2.3/5.1 MB  4.6 MB/s  ETA 2s`; the bar takes
    /// what the figures leave, and is left out when that is too little.
    private static func reading(_ p: IndexProgress, width: Int) -> String {
        let rate = p.elapsed > 0 ? Double(p.bytes) / p.elapsed : 0
        let eta = rate > 0 ? "ETA " + seconds(Double(p.totalBytes - p.bytes) / rate) : "ETA --"
        let figures = "\(p.files)/\(p.totalFiles) files  \(megabytes(p.bytes))/\(megabytes(p.totalBytes)) MB  "
            + "\(megabytes(Int(rate))) MB/s  \(eta)"
        let room = min(30, width - "indexing [] ".count - figures.count - 1)
        guard room >= 5 else { return "indexing " + figures }
        let fraction = p.totalBytes > 0 ? Double(p.bytes) / Double(p.totalBytes)
            : (p.totalFiles > 0 ? Double(p.files) / Double(p.totalFiles) : 0)
        let filled = min(room, Int((fraction * Double(room)).rounded(.down)))
        return "indexing [" + String(repeating: "#", count: filled) + String(repeating: ".", count: room - filled)
            + "] " + figures
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1_000_000) }

    /// `0.4s`, `12s`, `2m05s`.
    static func seconds(_ value: Double) -> String {
        guard value.isFinite, value >= 0 else { return "--" }
        if value < 10 { return String(format: "%.1fs", value) }
        let whole = Int(value.rounded())
        if whole < 60 { return "\(whole)s" }
        let rest = whole % 60
        return "\(whole / 60)m\(rest < 10 ? "0" : "")\(rest)s"
    }

    private static func fit(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(max(0, width)))
    }
}
