import GRDB
import NewsCore

/// One refresh of an opened index: bring the files up to date in batches, put the articles in
/// path order, and re-tag when needed.
struct IndexRefresh {
    var disk: [DiskFile]
    /// What the walk reported without reading a file, kept for opens that do not walk.
    var walkProblems: [LoadProblem]
    var corpusKey: String
    var catalog: EntityCatalog
    var discover: Bool
    var tagKey: String
    var maxFileBytes: Int
    var recentSince: Double
    var elapsed: () -> Double
    var progress: (IndexProgress) -> Void

    func run(_ pool: DatabasePool, report: IndexReport) throws -> IndexReport {
        var report = report
        let stored = try pool.read(Self.storedFiles)
        var plan = RefreshPlan(stored: stored, disk: disk)
        plan.gone = try pool.read { try Self.withTitles(plan.gone, $0) }
        try update(plan, pool, &report)

        let walk = WalkProblems.encode(walkProblems)
        let (ordered, storedTagKey, storedCorpusKey, storedWalk) = try pool.read { db in
            (try IndexMeta.get(IndexMeta.ordered, db), try IndexMeta.get(IndexMeta.tagKey, db),
             try IndexMeta.get(IndexMeta.corpusKey, db), try IndexMeta.get(IndexMeta.walkProblems, db))
        }
        if ordered == nil || storedCorpusKey != corpusKey || storedWalk != walk {
            try write(pool) { db in
                try PathOrder.assign(db)
                try IndexMeta.set(IndexMeta.corpusKey, corpusKey, db)
                try IndexMeta.set(IndexMeta.walkProblems, walk, db)
            }
        }

        if storedTagKey != tagKey {
            // The catalogs or `discover` changed: every article is tagged again, without
            // re-reading a file.
            progress(stage(.loading, plan))
            let (corpus, ids) = try pool.read { try IndexReader.corpus(named: "", $0) }
            progress(stage(.tagging, plan))
            let tagged = Tagger.tag(corpus, catalog: catalog, discover: discover)
            try write(pool) { db in
                try IndexWriter.replaceTags(tagged, articleIDs: ids, db)
                try IndexMeta.set(IndexMeta.tagKey, tagKey, db)
            }
            report.retagged = true
        }
        if try pool.read({ try IndexMeta.get(IndexMeta.headTerms, $0) }) == nil {
            // The articles changed (or the index is new): bm25 of every match moved with them.
            try write(pool) { try IndexWriter.replaceHeadTerms($0) }
        }
        return report
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

    /// Every file the index holds, by path. Titles are left out: only a gone file's is needed
    /// (`withTitles`), and reading them all would read every article row.
    private static func storedFiles(_ db: Database) throws -> [String: StoredFile] {
        var files: [String: StoredFile] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash, problem FROM files")
        while let row = try rows.next() {
            let file = StoredFile(path: row[0], size: row[1], mtime: row[2], hash: row[3], problem: row[4], title: nil)
            files[file.path] = file
        }
        return files
    }

    /// The files with their articles' titles: whether a rename keeps the article depends on it.
    private static func withTitles(_ files: [StoredFile], _ db: Database) throws -> [StoredFile] {
        let statement = try db.cachedStatement(sql: """
            SELECT articles.title FROM files JOIN articles ON articles.id = files.id WHERE files.path = ?
            """)
        return try files.map { file in
            var file = file
            file.title = try String.fetchOne(statement, arguments: [file.path])
            return file
        }
    }
}
