import ArgumentParser
import Foundation
import NewsStore
import NewsUI

/// `newsreader index`: builds or refreshes the corpus's index and says what changed. Every
/// other command does the same on its way in; this one is for doing it ahead of time.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build or refresh the corpus's index, and say what changed since the last time.")

    @OptionGroup var options: CorpusOptions

    struct Summary: Encodable {
        struct Rename: Encodable {
            var from: String
            var to: String
        }

        var path: String
        var articles: Int
        var problems: Int
        var added: [String]
        var changed: [String]
        var removed: [String]
        var renamed: [Rename]
        var touched: Int
        var filesRead: Int
        var bytesRead: Int
        var retagged: Bool
        var tagged: Int
        var seconds: Double
        var notices: [String]
    }

    /// Files named one per line when no more than this many changed; counts alone otherwise.
    static let listedChanges = 20

    func run() throws {
        if options.noIndex { throw UserError("--no-index: the index command builds the index") }
        let report = try options.refreshIndex()
        let summary = Summary(
            path: report.path, articles: report.articles, problems: report.problems, added: report.added,
            changed: report.changed, removed: report.removed,
            renamed: report.renamed.map { Summary.Rename(from: $0.from, to: $0.to) },
            touched: report.touched, filesRead: report.filesRead, bytesRead: report.bytesRead,
            retagged: report.retagged, tagged: report.tagged, seconds: (report.seconds * 1000).rounded() / 1000, notices: report.notices)
        if options.json { return try Terminal.printJSON(summary) }
        print(Self.text(summary))
    }

    static func text(_ s: Summary) -> String {
        let tags = s.retagged ? "re-tagged" : s.tagged > 0 ? "\(s.tagged) tagged, other tags loaded" : "tags loaded"
        var lines = [
            "\(counted(s.articles, "article")), \(s.problems) skipped: \(s.added.count) added, \(s.changed.count) changed, "
                + "\(s.removed.count) removed, \(s.renamed.count) renamed; \(tags); "
                + ProgressLine.seconds(s.seconds),
            "index: \(s.path)",
        ]
        let count = s.added.count + s.changed.count + s.removed.count + s.renamed.count
        if count > 0 && count <= listedChanges {
            lines += s.added.map { "  added    \($0)" } + s.changed.map { "  changed  \($0)" }
                + s.removed.map { "  removed  \($0)" } + s.renamed.map { "  renamed  \($0.from) → \($0.to)" }
        }
        return lines.joined(separator: "\n")
    }
}
