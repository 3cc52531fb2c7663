import Foundation
import GRDB
import NewsCore

/// Opens a corpus through its persisted index: files whose size and time are unchanged are
/// trusted, changed ones are hashed and re-parsed only when their bytes differ, renames are
/// followed without parsing, and tags are loaded unless the articles or the catalogs changed.
/// What `NewsIndex.open` gives for the same paths, catalogs and switch, only faster.
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
        // ── Full-text search plugs in here: a FullTextSearch over `prepared.database` (a
        // DatabaseReader), the row ids `prepared.loaded.articleIDs` and the tagged corpus. Until
        // then, `search: nil` builds the in-memory SearchIndex and the database closes here.
        let index = NewsIndex(tagged: prepared.loaded.tagged, search: nil)
        return Opened(index: index, report: prepared.report)
    }

    /// Brings the index at `indexPath` up to date with the files under `paths` and loads its
    /// corpus and tags: what `NewsIndex.open` would read and tag, without reading or tagging
    /// what has not changed.
    ///
    /// - Parameters:
    ///   - catalogFiles: merged in order, as `NewsIndex.open` does.
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
        let clock = ContinuousClock(), start = clock.now
        let elapsed = { () -> Double in
            let duration = clock.now - start
            return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        let catalog = EntityCatalog.merge(try catalogFiles.map { try EntityCatalog.load(path: $0) })
        let catalogBytes = catalogFiles.map { [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data()) }
        let tagKey = TagKey.make(catalogs: catalogBytes, discover: discover, taggingVersion: PipelineVersion.tagging)

        let walk = CorpusLoader.walk(paths: paths)
        guard !walk.files.isEmpty else { throw noArticles(paths, walk.problems) }
        let disk = walk.files.map { DiskFile(candidate: $0, status: FileStatus.of($0.url.path)) }

        let folder = URL(fileURLWithPath: indexPath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = try IndexLock(path: indexPath + ".lock")
        defer { lock.release() }

        let job = Refresh(disk: disk, catalog: catalog, discover: discover, tagKey: tagKey, maxFileBytes: maxFileBytes,
                          recentSince: Date().timeIntervalSince1970 - 2, elapsed: elapsed, progress: progress)
        var notices: [String] = []
        var outcome: (IndexReader.Loaded, IndexReport, DatabasePool)?
        for attempt in 1...2 {
            do {
                let pool = try IndexDatabase.open(path: indexPath)
                do {
                    let (loaded, report) = try job.run(pool, report: IndexReport(path: indexPath))
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
        guard let (built, builtReport, database) = outcome else {
            throw NewsIndexError("the index \(indexPath) could not be built")
        }
        var loaded = built, report = builtReport

        var corpus = loaded.tagged.corpus
        corpus.problems = (corpus.problems + walk.problems).sorted { $0.path < $1.path }
        corpus.name = CorpusLoader.name(paths: paths, articleCount: corpus.articles.count)
        loaded.tagged.corpus = corpus
        guard !corpus.articles.isEmpty else { throw noArticles(paths, corpus.problems) }
        report.notices = notices + report.notices
        report.articles = corpus.articles.count
        report.problems = corpus.problems.count
        report.seconds = elapsed()
        return Prepared(loaded: loaded, report: report, database: database)
    }

    /// The error `NewsIndex.open` gives for the same corpus.
    private static func noArticles(_ paths: [String], _ problems: [LoadProblem]) -> NewsIndexError {
        let why = problems.sorted { $0.path < $1.path }.first.map { ": \($0)" } ?? ""
        return NewsIndexError("no readable articles in \(paths.joined(separator: ", "))\(why)")
    }
}

/// One refresh of an opened index: bring the files up to date in batches, re-tag when needed,
/// load the result.
private struct Refresh {
    var disk: [DiskFile]
    var catalog: EntityCatalog
    var discover: Bool
    var tagKey: String
    var maxFileBytes: Int
    var recentSince: Double
    var elapsed: () -> Double
    var progress: (IndexProgress) -> Void

    func run(_ pool: DatabasePool, report: IndexReport) throws -> (IndexReader.Loaded, IndexReport) {
        var report = report
        let stored = try pool.read(Self.storedFiles)
        let plan = RefreshPlan(stored: stored, disk: disk)
        try update(plan, pool, &report)

        var loaded: IndexReader.Loaded
        if try pool.read({ try IndexMeta.get(IndexMeta.tagKey, $0) }) == tagKey {
            progress(stage(.loading, plan))
            loaded = try pool.read { db in
                let (corpus, ids) = try IndexReader.corpus(named: "", db)
                return IndexReader.Loaded(tagged: try IndexReader.tags(for: corpus, articleIDs: ids, db), articleIDs: ids)
            }
        } else {
            progress(stage(.loading, plan))
            let (corpus, ids) = try pool.read { try IndexReader.corpus(named: "", $0) }
            progress(stage(.tagging, plan))
            let tagged = Tagger.tag(corpus, catalog: catalog, discover: discover)
            try write(pool) { db in
                try IndexWriter.replaceTags(tagged, articleIDs: ids, db)
                try IndexMeta.set(IndexMeta.tagKey, tagKey, db)
            }
            loaded = IndexReader.Loaded(tagged: tagged, articleIDs: ids)
            report.retagged = true
        }
        return (loaded, report)
    }

    /// Reads what the plan says to read, a step of files at a time, and commits the resulting
    /// writes every `filesPerTransaction` files; gone files are removed in the last batch.
    private func update(_ plan: RefreshPlan, _ pool: DatabasePool, _ report: inout IndexReport) throws {
        var decisions = FileDecisions(gone: plan.gone, recentSince: recentSince)
        let renameHashes = decisions.renames.hashes
        let totalBytes = plan.totalBytes
        var done = 0, bytes = 0, pending = 0
        if !plan.toRead.isEmpty { progress(stage(.reading, plan)) }
        var next = 0
        while next < plan.toRead.count {
            let step = Array(plan.toRead[next..<min(next + IndexStore.filesPerStep, plan.toRead.count)])
            next += step.count
            let maxBytes = maxFileBytes
            let read = Parallel.map(step) { ReadFile.read($0, renameHashes: renameHashes, maxFileBytes: maxBytes) }
            for file in read {
                decisions.decide(file)
                bytes += max(file.plan.file.status?.size ?? 0, 0)
                report.bytesRead += file.byteCount
                if !file.hash.isEmpty { report.filesRead += 1 }
            }
            done += step.count
            pending += step.count
            progress(IndexProgress(stage: .reading, files: done, totalFiles: plan.toRead.count,
                                   bytes: min(bytes, totalBytes), totalBytes: totalBytes, elapsed: elapsed()))
            if pending >= IndexStore.filesPerTransaction {
                try commit(&decisions.changes, pool)
                pending = 0
            }
        }
        report.removed = decisions.removeUnclaimed()
        try commit(&decisions.changes, pool)
        report.added = decisions.added
        report.changed = decisions.changed
        report.renamed = decisions.renamed
        report.touched = decisions.touched
    }

    private func commit(_ changes: inout [FileChange], _ pool: DatabasePool) throws {
        guard !changes.isEmpty else { return }
        let batch = changes
        try write(pool) { try FileChange.apply(batch, $0) }
        changes.removeAll()
    }

    /// One `BEGIN IMMEDIATE` transaction: the write lock is taken up front, so a concurrent
    /// writer waits on the busy timeout instead of failing midway.
    private func write(_ pool: DatabasePool, _ body: (Database) throws -> Void) throws {
        try pool.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try body(db)
                return .commit
            }
        }
    }

    private func stage(_ stage: IndexProgress.Stage, _ plan: RefreshPlan) -> IndexProgress {
        let total = plan.totalBytes
        return IndexProgress(stage: stage, files: stage == .reading ? 0 : plan.toRead.count, totalFiles: plan.toRead.count,
                             bytes: stage == .reading ? 0 : total, totalBytes: total, elapsed: elapsed())
    }

    private static func storedFiles(_ db: Database) throws -> [String: StoredFile] {
        var files: [String: StoredFile] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT files.path, size, mtime, hash, problem, articles.title
            FROM files LEFT JOIN articles ON articles.id = files.id
            """)
        while let row = try rows.next() {
            let file = StoredFile(path: row[0], size: row[1], mtime: row[2], hash: row[3], problem: row[4], title: row[5])
            files[file.path] = file
        }
        return files
    }
}
