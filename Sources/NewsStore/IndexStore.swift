import Foundation
import GRDB
import NewsCore

/// Opens a corpus through its persisted index: files whose size and time are unchanged are
/// trusted, changed ones are hashed and re-parsed only when their bytes differ, renames are
/// followed without parsing, and only the articles that changed are tagged again unless the
/// entity table or the catalogs changed (`IndexRetag`). The
/// opened index reads articles on demand (`StoredLibrary`): what `MemoryIndex.open` gives for the
/// same paths, catalogs and switch, without holding the corpus.
public enum IndexStore {
    /// An opened index and what opening it did.
    public struct Opened: Sendable {
        public var stored: StoredIndex
        public var report: IndexReport
        public var index: NewsIndex { stored.index }
    }

    /// Files per write transaction while building: a killed build keeps every batch it committed.
    public static let filesPerTransaction = 500
    /// Files read and parsed together (in parallel) between progress reports.
    static let filesPerStep = 64

    /// Brings the index at `indexPath` up to date with the files under `paths` (see `refresh`)
    /// and opens it for reading on demand. When nothing changed this reads the files table (to
    /// compare sizes and times), the per-article rows and the entities, nothing more.
    public static func open(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                            maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes,
                            progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> Opened {
        let refreshed = try refreshDatabase(paths: paths, catalogFiles: catalogFiles, discover: discover, indexPath: indexPath,
                                            maxFileBytes: maxFileBytes, progress: progress)
        // Read through a snapshot: another process may refresh the file while this one reads,
        // and the rows loaded here must keep meaning the same articles.
        let library = try StoredLibrary(database: try SnapshotReaders.make(refreshed.database, lockPath: indexPath + ".lock")) {
            CorpusLoader.name(paths: paths, articleCount: $0)
        }
        guard library.articleCount > 0 else { throw noArticles(paths, library.problems) }
        var report = refreshed.report
        report.articles = library.articleCount
        report.problems = library.problems.count
        let stored = StoredIndex(library: library)
        report.seconds = refreshed.elapsed()
        return Opened(stored: stored, report: report)
    }

    /// Brings the index at `indexPath` up to date with the files under `paths`: what
    /// `NewsIndex.tag` would read and tag, without reading or tagging what has not changed.
    ///
    /// - Parameters:
    ///   - catalogFiles: merged in order, as `NewsIndex.tag` does.
    ///   - indexPath: the index file; created with its folder when absent, set aside and rebuilt
    ///     when it is not a usable index (the report's notices say so).
    ///   - progress: called on the calling thread as files are read and as later stages begin.
    /// - Returns: what refreshing did, and the files that were skipped.
    public static func refresh(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                               maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes,
                               progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> (IndexReport, [LoadProblem]) {
        let opened = try open(paths: paths, catalogFiles: catalogFiles, discover: discover, indexPath: indexPath,
                              maxFileBytes: maxFileBytes, progress: progress)
        return (opened.report, opened.stored.library.problems)
    }

    /// What `refreshDatabase` leaves: the index up to date and open.
    struct RefreshedDatabase {
        var report: IndexReport
        var database: DatabasePool
        var walkProblems: [LoadProblem]
        var elapsed: () -> Double
    }

    /// Walks the paths, takes the lock, opens the index (setting aside one it cannot use) and
    /// refreshes it (`IndexRefresh`).
    static func refreshDatabase(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                                maxFileBytes: Int,
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
        let disk = walk.files.map { DiskFile(candidate: $0, status: FileStatus.of($0.filePath)) }

        let folder = URL(fileURLWithPath: indexPath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = try IndexLock(path: indexPath + ".lock")
        defer { lock.release() }

        let job = IndexRefresh(disk: disk, walkProblems: walk.problems,
                               corpusKey: CorpusKey.make(paths: paths, maxFileBytes: maxFileBytes),
                               catalog: catalog, discover: discover, tagKey: tagKey, maxFileBytes: maxFileBytes,
                               recentSince: Date().timeIntervalSince1970 - 2, elapsed: elapsed, progress: progress)
        var notices: [String] = []
        if let damage = IndexDamageMark.recorded(indexPath: indexPath) {
            // A reader met damage in a row this open would not read: rebuild rather than meet it again.
            if FileManager.default.fileExists(atPath: indexPath) {
                let problem = IndexDatabase.Unusable(kind: .damaged, detail: "found while reading it: \(damage)")
                notices.append(try IndexDatabase.setAside(indexPath, because: problem))
            }
            IndexDamageMark.clear(indexPath: indexPath)
        }
        var outcome: (IndexReport, DatabasePool)?
        for attempt in 1...2 {
            do {
                let pool = try IndexDatabase.open(path: indexPath)
                do {
                    outcome = (try job.run(pool, report: IndexReport(path: indexPath)), pool)
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
        guard let (builtReport, database) = outcome else {
            throw NewsIndexError("the index \(indexPath) could not be built")
        }
        var report = builtReport
        report.notices = notices + report.notices
        return RefreshedDatabase(report: report, database: database, walkProblems: walk.problems,
                                 elapsed: elapsed)
    }

    /// The error `NewsIndex.tag` gives for the same corpus.
    static func noArticles(_ paths: [String], _ problems: [LoadProblem]) -> NewsIndexError {
        let why = problems.sorted { $0.path < $1.path }.first.map { ": \($0)" } ?? ""
        return NewsIndexError("no readable articles in \(paths.joined(separator: ", "))\(why)")
    }
}
