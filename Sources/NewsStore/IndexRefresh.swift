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
        let plan = try pool.read { db in
            try RefreshPlan(stored: try Self.storedStatuses(db), disk: disk) { try Self.storedFile($0, db) }
        }
        if try pool.read({ try IndexMeta.get(IndexMeta.tagBasis, $0) }) != tagKey {
            // The catalogs or `discover` changed: the evidence and tags built with the old ones
            // go, so that what this refresh writes is never mixed with them.
            try write(pool) { db in
                for table in ["article_evidence", "discovery_names", "postings", "article_tags", "aliases", "entities",
                              "entity_stats"] {
                    try db.execute(sql: "DELETE FROM \(table)")
                }
                try IndexMeta.remove(IndexMeta.tagKey, db)
                try IndexMeta.set(IndexMeta.tagBasis, tagKey, db)
            }
        }
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
            // Files or the catalogs changed: tag what must be tagged again, without re-reading a file.
            let retag = IndexRetag(catalog: catalog, discover: discover) { progress(stage($0, plan)) }
            var outcome: IndexRetag.Outcome?
            try write(pool) { db in
                outcome = try retag.run(db)
                // Search's stored entity answers follow the postings, added, removed or replaced.
                try HeadTerms.rebuildEntities(db)
                try IndexMeta.set(IndexMeta.tagKey, tagKey, db)
            }
            report.retagged = outcome?.full ?? false
            report.tagged = outcome?.tagged ?? 0
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
        // Discovery's evidence of each new article is counted against the catalog's aliases.
        let knownMatcher = discover && !plan.toRead.isEmpty ? AliasMatcher(entities: TagEntities.catalog(catalog)) : nil
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
                try commit(&decisions.changes, knownMatcher: knownMatcher, pool)
                pending = 0
            }
        }
        report.removed = decisions.removeUnclaimed()
        try commit(&decisions.changes, knownMatcher: knownMatcher, pool)
        report.added = decisions.added
        report.changed = decisions.changed
        report.renamed = decisions.renamed
        report.touched = decisions.touched
    }

    private func commit(_ changes: inout [FileChange], knownMatcher: AliasMatcher?, _ pool: DatabasePool) throws {
        guard !changes.isEmpty else { return }
        let batch = changes
        try write(pool) { try FileChange.apply(batch, knownMatcher: knownMatcher, $0) }
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

    /// Every file the index holds, by path: sizes and times only.
    private static func storedStatuses(_ db: Database) throws -> [String: StoredStatus] {
        var files: [String: StoredStatus] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT path, size, mtime, hash <> '' FROM files")
        while let row = try rows.next() {
            files[row[0]] = StoredStatus(size: row[1], mtime: row[2], hashed: row[3])
        }
        return files
    }

    /// A stored file's whole row, with its article's title: whether a rename keeps the
    /// article depends on it.
    private static func storedFile(_ path: String, _ db: Database) throws -> StoredFile {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT files.path, size, mtime, hash, problem, summaries.title
            FROM files LEFT JOIN summaries ON summaries.article = files.id WHERE files.path = ?
            """), arguments: [path]) else {
            throw IndexReader.Damaged(description: "no file row for \(path)")
        }
        return StoredFile(path: row[0], size: row[1], mtime: row[2], hash: row[3], problem: row[4], title: row[5])
    }
}
