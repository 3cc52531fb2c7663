import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Options every command shares: which corpus, which extra catalog, which index, and the
/// output form.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder or file of articles (repeatable).", valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp("An extra entity catalog, merged last.", valueName: "file"))
    var entities: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Do not discover entities beyond the catalogs.")
    var noDiscover = false

    @Option(name: .long, help: ArgumentHelp(
        "The index file (default: one per corpus under $XDG_CACHE_HOME/newsreader).", valueName: "path"))
    var index: String?

    @Flag(name: .long, help: "Read and tag every file in memory; neither read nor write an index.")
    var noIndex = false

    /// The paths to read: those given, else the project's own corpus.
    var corpusPaths: [String] { corpus.isEmpty ? [DefaultPaths.corpus] : corpus }

    /// Loads, tags and indexes the corpus — through the persisted index unless `--no-index` —
    /// printing what was skipped and anything said about the index file on stderr.
    func open() throws -> NewsIndex {
        if noIndex && index != nil { throw UserError("--index and --no-index exclude each other") }
        if noIndex {
            let index = try MemoryIndex.open(paths: corpusPaths, catalogFiles: try catalogFiles(), discover: !noDiscover).index
            warnProblems(index.library.problems)
            return index
        }
        let opened = try throughIndex { path, catalogs, progress in
            try IndexStore.open(paths: corpusPaths, catalogFiles: catalogs, discover: !noDiscover,
                                indexPath: path, progress: progress)
        }
        report(opened.report, opened.index.library.problems)
        return opened.index
    }

    /// For the reader: the index as the last refresh left it, opened without walking the files,
    /// and a refresh of it started in the background; when it cannot be used as it is (none yet,
    /// other catalogs or options, an unfinished refresh) or with `--no-index`, `open()` and no
    /// refresh. Anything a background refresh has to say reaches the reader's status line.
    func openForReading() throws -> (NewsIndex, BackgroundRefresh?) {
        if noIndex { return (try open(), nil) }
        let catalogs = try catalogFiles()
        let path = try indexPath(environment: ProcessInfo.processInfo.environment)
        let current: StoredIndex
        do {
            current = try IndexStore.openCurrent(paths: corpusPaths, catalogFiles: catalogs, discover: !noDiscover,
                                                 indexPath: path)
        } catch is IndexNotCurrent {
            return (try open(), nil)
        }
        warnProblems(current.library.problems)
        let (paths, discover) = (corpusPaths, !noDiscover)
        let refresh = BackgroundRefresh {
            let opened = try IndexStore.open(paths: paths, catalogFiles: catalogs, discover: discover, indexPath: path)
            return BackgroundRefresh.notice(opened.report).map { .refreshed(opened.index, notice: $0) }
        }
        return (current.index, refresh)
    }

    /// Brings the index up to date, printing what was skipped; returns what refreshing did.
    func refreshIndex() throws -> IndexReport {
        let (refreshed, problems) = try throughIndex { path, catalogs, progress in
            try IndexStore.refresh(paths: corpusPaths, catalogFiles: catalogs, discover: !noDiscover,
                                   indexPath: path, progress: progress)
        }
        report(refreshed, problems)
        return refreshed
    }

    /// Runs `body` with the index path, the catalogs and a progress bar on stderr, erased
    /// before anything else is printed; failures become one line naming the index.
    private func throughIndex<T>(
        _ body: (String, [String], @escaping (IndexProgress) -> Void) throws -> T
    ) throws -> T {
        let catalogs = try catalogFiles()
        let path = try indexPath(environment: ProcessInfo.processInfo.environment)
        let bar = ProgressBar.onStandardError()
        do {
            defer { bar.clear() }
            return try body(path, catalogs, { bar.show($0) })
        } catch let error as NewsIndexError {
            throw error
        } catch let error as CatalogError {
            throw error
        } catch {
            throw UserError("cannot open the index \(path): \(error)")
        }
    }

    private func report(_ report: IndexReport, _ problems: [LoadProblem]) {
        for notice in report.notices { Terminal.warn(notice) }
        warnProblems(problems)
    }

    /// `--index`, else the corpus's file in the cache folder.
    func indexPath(environment: [String: String]) throws -> String {
        if let index { return index }
        let canonical = corpusPaths.map(IndexLocation.canonical)
        guard let path = IndexLocation.defaultPath(canonicalPaths: canonical, environment: environment) else {
            throw UserError("no cache folder for the index (set HOME or XDG_CACHE_HOME), or pass --index or --no-index")
        }
        return path
    }

    private func catalogFiles() throws -> [String] {
        try CatalogFiles.resolve(corpusPaths: corpusPaths, extra: entities,
                                 environment: ProcessInfo.processInfo.environment)
    }

    private func warnProblems(_ problems: [LoadProblem]) {
        for problem in problems {
            Terminal.warn("skipped \(problem.path): \(problem.reason)")
        }
    }
}
