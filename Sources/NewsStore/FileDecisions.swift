import NewsCore

/// Turns read files into index writes and says what happened to each, in the report's terms.
struct FileDecisions {
    var renames: RenameMatcher
    /// Stored files the walk did not find, and those a new file was found to be.
    private let gone: [StoredFile]
    private var claimed = Set<String>()
    /// Modification times at or after this are stored as 0 (see `storedTime`).
    var recentSince: Double
    var changes: [FileChange] = []
    var added: [String] = []
    var changed: [String] = []
    var renamed: [IndexReport.Rename] = []
    var touched = 0

    init(gone: [StoredFile], recentSince: Double) {
        renames = RenameMatcher(gone)
        self.gone = gone
        self.recentSince = recentSince
    }

    /// A time worth trusting later. A file written moments before it was read can be written
    /// again within the same clock tick, keeping its size and time; storing 0 makes the next
    /// open check its contents instead (git's "racily clean" entries).
    func storedTime(_ mtime: Double) -> Double { mtime < recentSince ? mtime : 0 }

    mutating func decide(_ file: ReadFile) {
        let status = file.plan.file.status ?? FileStatus(size: 0, mtime: 0)
        var record = IndexWriter.FileRecord(path: file.path, size: status.size, mtime: storedTime(status.mtime),
                                            hash: file.hash, problem: nil)
        switch (file.contents, file.plan.stored) {
        case (.same, _):
            touch(record)
        case (.parsed(.problem(let problem)), let stored?)
        where file.hash.isEmpty && stored.hash.isEmpty && stored.problem == problem.reason:
            // Still unreadable, or still too large, for the same reason.
            touch(record)
        case (.parsed(let outcome), let stored):
            changes.append(insert(record, outcome))
            if stored == nil { added.append(file.path) } else { changed.append(file.path) }
        case (.pending(let bytes), _):
            guard let old = renames.claim(file.hash) else {
                changes.append(insert(record, CorpusLoader.parse(path: file.path, bytes: bytes)))
                added.append(file.path)
                return
            }
            claimed.insert(old.path)
            renamed.append(IndexReport.Rename(from: old.path, to: file.path))
            if ArticleParser.survivesRename(title: old.title, from: old.path, to: file.path) {
                record.problem = old.problem
                changes.append(.rename(from: old.path, to: record))
            } else {
                changes.append(.delete(path: old.path))
                changes.append(insert(record, CorpusLoader.parse(path: file.path, bytes: bytes)))
            }
        }
    }

    /// Gone files no new file took the place of.
    mutating func removeUnclaimed() -> [String] {
        let removed = gone.map(\.path).filter { !claimed.contains($0) }
        changes += removed.map { FileChange.delete(path: $0) }
        return removed
    }

    private mutating func touch(_ record: IndexWriter.FileRecord) {
        changes.append(.touch(path: record.path, size: record.size, mtime: record.mtime))
        touched += 1
    }

    private func insert(_ record: IndexWriter.FileRecord, _ outcome: CorpusLoader.Outcome) -> FileChange {
        var record = record
        switch outcome {
        case .article(let article): return .insert(record, article)
        case .problem(let problem):
            record.problem = problem.reason
            return .insert(record, nil)
        }
    }
}
