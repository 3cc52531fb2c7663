import Foundation
import NewsCore

/// `make bench`: normalise+tag+link throughput on the BBC corpus replicated to >=100 MB, beside
/// ripgrep searching the same aliases in the same files.
struct Arguments {
    var work = URL(fileURLWithPath: "../bench-data")
    var megabytes = 100
    var aliases = 5_000
    /// `all` (the default), `normalise` (read + parse only), `tag` (the matcher alone) or
    /// `pipeline` (normalise, tag and link statistics, without the store and latency figures).
    var stage = "all"
    /// `--skip-rg`: leave out the ripgrep comparison (a minute on 100 MB) while iterating.
    var skipRipgrep = false
    var source: URL = projectRoot.appendingPathComponent("../shared/corpora/bbc-news").standardizedFileURL
    /// `--latency`: only the reader's keystroke → frame times (no replicated corpus).
    var latencyOnly = false
    /// `--search`: only search latency, on the BBC corpus as it is; `--search-articles N`: on
    /// the BBC corpus replicated to at least N articles.
    var searchOnly = false
    var searchArticles: Int?
    /// `--store`: only the store's figures (index build, re-open, first frame, memory) on the
    /// BBC corpus replicated to `--articles N` (default 200,000).
    var storeOnly = false
    /// `--reuse-index` with `--store`: measure the reader and search on the index the last run
    /// left, skipping the build, re-open and re-index figures (minutes at 200,000 articles);
    /// with `--search` as well, only search is measured.
    var reuseIndex = false
    var articles = 200_000
    /// `--query TEXT` (repeatable) with `--store --reuse-index --search`: times these queries
    /// alone, many runs each, for profiling one kind of search.
    var queries: [String] = []
    /// `--related` with `--store --reuse-index`: only the time to rank a passage's related
    /// passages, through the linker, for profiling the Related pane.
    var relatedOnly = false

    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(_ argv: [String]) {
        var rest = argv.dropFirst()[...]
        while let flag = rest.popFirst() {
            if flag == "--skip-rg" { skipRipgrep = true; continue }
            if flag == "--latency" { latencyOnly = true; continue }
            if flag == "--search" { searchOnly = true; continue }
            if flag == "--store" { storeOnly = true; continue }
            if flag == "--reuse-index" { reuseIndex = true; continue }
            if flag == "--related" { relatedOnly = true; continue }
            let value = rest.popFirst() ?? ""
            switch flag {
            case "--work": work = URL(fileURLWithPath: value)
            case "--megabytes": megabytes = Int(value) ?? megabytes
            case "--aliases": aliases = Int(value) ?? aliases
            case "--source": source = URL(fileURLWithPath: value)
            case "--stage" where ["all", "normalise", "tag", "pipeline"].contains(value): stage = value
            case "--search-articles": searchOnly = true; searchArticles = Int(value)
            case "--articles": articles = Int(value) ?? articles
            case "--query": queries.append(value)
            default: print("unknown option \(flag)"); exit(2)
            }
        }
    }
}

let arguments = Arguments(CommandLine.arguments)
guard FileManager.default.fileExists(atPath: arguments.source.path) else {
    print("bench skipped: \(arguments.source.path) is absent (the BBC corpus lives in ../shared)")
    exit(0)
}
let shippedCatalog = Arguments.projectRoot.appendingPathComponent("corpus/entities.catalog").path
if arguments.storeOnly {
    // Prints each figure as it is taken: on 200,000 articles the run takes minutes.
    try StoreReport.run(arguments)
    exit(0)
}
let report: String
if arguments.searchOnly {
    report = try SearchLatencyReport.run(arguments, catalog: shippedCatalog).joined(separator: "\n")
} else if arguments.latencyOnly {
    report = try ReaderLatencyReport.lines(source: arguments.source, catalog: shippedCatalog).joined(separator: "\n")
} else if arguments.stage == "normalise" {
    report = try Report.runNormalise(arguments)
} else if arguments.stage == "pipeline" {
    report = try Report.runPipeline(arguments)
} else if arguments.stage == "tag" {
    report = try Report.runTagging(arguments)
} else {
    report = try Report.run(arguments)
}
print(report)
