import Foundation
import GRDB
import NewsCore

/// Opens a corpus through its persisted index: files whose size and time are unchanged are
/// trusted, changed ones are hashed and re-parsed only when their bytes differ, renames are
/// followed without parsing, and tags are loaded unless the articles or the catalogs changed.
/// What `MemoryIndex.open` gives for the same paths, catalogs and switch, only faster.
public enum IndexStore {
    /// An opened index and what opening it did.
    public struct Opened: Sendable {
        public var index: NewsIndex
        public var report: IndexReport
    }

    /// A refreshed index's corpus and tags, without the word index, linker and search built
    /// over them: what `newsreader index` needs.
    public struct Refreshed: Sendable {
        public var tagged: TaggedCorpus
        public var report: IndexReport
    }

    /// Files per write transaction while building: a killed build keeps every batch it committed.
    public static let filesPerTransaction = 500
    /// Files read and parsed together (in parallel) between progress reports.
    static let filesPerStep = 64

    /// Refreshes the index (see `refresh`) and builds what the reader and the commands use
    /// over it.
    public static func open(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                            maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes,
                            progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> Opened {
        let prepared = try prepare(paths: paths, catalogFiles: catalogFiles, discover: discover, indexPath: indexPath,
                                   maxFileBytes: maxFileBytes, progress: progress)
        // Search reads the index itself, through a snapshot: another process may refresh the
        // file while this one reads, and the row ids loaded here must keep meaning the same rows.
        let tagged = prepared.loaded.tagged
        let search = try FullTextSearch(database: try prepared.database.makeSnapshot(), tagged: tagged,
                                        articleIDs: prepared.loaded.articleIDs)
        let index = NewsIndex(tagged: tagged, lookup: search.lookup, search: search)
        return Opened(index: index, report: prepared.report)
    }

    /// Brings the index at `indexPath` up to date with the files under `paths` and loads its
    /// corpus and tags: what `NewsIndex.tag` would read and tag, without reading or tagging
    /// what has not changed.
    ///
    /// - Parameters:
    ///   - catalogFiles: merged in order, as `NewsIndex.tag` does.
    ///   - indexPath: the index file; created with its folder when absent, set aside and rebuilt
    ///     when it is not a usable index (the report's notices say so).
    ///   - progress: called on the calling thread as files are read and as later stages begin.
    public static func refresh(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                               maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes,
                               progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> Refreshed {
        let prepared = try prepare(paths: paths, catalogFiles: catalogFiles, discover: discover, indexPath: indexPath,
                                   maxFileBytes: maxFileBytes, progress: progress)
        return Refreshed(tagged: prepared.loaded.tagged, report: prepared.report)
    }

    /// A refreshed index, still open.
    struct Prepared {
        var loaded: IndexReader.Loaded
        var report: IndexReport
        var database: DatabasePool
    }

    static func prepare(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                        maxFileBytes: Int, progress: @escaping (IndexProgress) -> Void) throws -> Prepared {
        let refreshed = try refreshDatabase(paths: paths, catalogFiles: catalogFiles, discover: discover, indexPath: indexPath,
                                            maxFileBytes: maxFileBytes, loading: true, progress: progress)
        guard var loaded = refreshed.loaded else { throw NewsIndexError("the index \(indexPath) could not be loaded") }
        var report = refreshed.report
        var corpus = loaded.tagged.corpus
        corpus.problems = (corpus.problems + refreshed.walkProblems).sorted { $0.path < $1.path }
        corpus.name = CorpusLoader.name(paths: paths, articleCount: corpus.articles.count)
        loaded.tagged.corpus = corpus
        guard !corpus.articles.isEmpty else { throw noArticles(paths, corpus.problems) }
        report.articles = corpus.articles.count
        report.problems = corpus.problems.count
        report.seconds = refreshed.elapsed()
        return Prepared(loaded: loaded, report: report, database: refreshed.database)
    }

    /// What `refreshDatabase` leaves: the index up to date, and the corpus when it was loaded.
    struct RefreshedDatabase {
        var loaded: IndexReader.Loaded?
        var report: IndexReport
        var database: DatabasePool
        var walkProblems: [LoadProblem]
        var elapsed: () -> Double
    }

    /// Walks the paths, takes the lock, opens the index (setting aside one it cannot use) and
    /// refreshes it (`IndexRefresh`).
    static func refreshDatabase(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                                maxFileBytes: Int, loading: Bool,
                                progress: @escaping (IndexProgress) -> Void) throws -> RefreshedDatabase {
        let clock = ContinuousClock(), start = clock.now
        let elapsed = { () -> Double in
            let duration = clock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        let catalog = EntityCatalog.merge(try catalogFiles.map { try EntityCatalog.load(path: $0) })
        let tagKey = TagKey.make(catalogFiles: catalogFiles, discover: discover)

        let walk = CorpusLoader.walk(paths: paths)
        guard !walk.files.isEmpty else { throw noArticles(paths, walk.problems) }
        let disk = walk.files.map { DiskFile(candidate: $0, status: FileStatus.of($0.url.path)) }

        let folder = URL(fileURLWithPath: indexPath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = try IndexLock(path: indexPath + ".lock")
        defer { lock.release() }

        let job = IndexRefresh(disk: disk, walkProblems: walk.problems,
                               corpusKey: CorpusKey.make(paths: paths, maxFileBytes: maxFileBytes),
                               catalog: catalog, discover: discover, tagKey: tagKey, maxFileBytes: maxFileBytes,
                               recentSince: Date().timeIntervalSince1970 - 2, elapsed: elapsed, progress: progress)
        var notices: [String] = []
        var outcome: (IndexReader.Loaded?, IndexReport, DatabasePool)?
        for attempt in 1...2 {
            do {
                let pool = try IndexDatabase.open(path: indexPath)
                do {
                    let (loaded, report) = try job.run(pool, report: IndexReport(path: indexPath), loading: loading)
                    outcome = (loaded, report, pool)
                } catch {
                    // Closed before the file is moved aside, so no connection writes to it later.
                    try? pool.close()
                    throw error
                }
                break
            } catch let problem as IndexDatabase.Unusable where attempt == 1 {
                notices.append(try IndexDatabase.setAside(indexPath, because: problem))
            } catch where attempt == 1 && IndexDatabase.isDamage(error) {
                let problem = IndexDatabase.Unusable(kind: .damaged, detail: "\(error)")
                notices.append(try IndexDatabase.setAside(indexPath, because: problem))
            }
        }
        guard let (loaded, builtReport, database) = outcome else {
            throw NewsIndexError("the index \(indexPath) could not be built")
        }
        var report = builtReport
        report.notices = notices + report.notices
        return RefreshedDatabase(loaded: loaded, report: report, database: database, walkProblems: walk.problems,
                                 elapsed: elapsed)
    }

    /// The error `NewsIndex.tag` gives for the same corpus.
    static func noArticles(_ paths: [String], _ problems: [LoadProblem]) -> NewsIndexError {
        let why = problems.sorted { $0.path < $1.path }.first.map { ": \($0)" } ?? ""
        return NewsIndexError("no readable articles in \(paths.joined(separator: ", "))\(why)")
    }
}
