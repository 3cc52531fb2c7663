import NewsCore

/// One file read during a refresh: what its bytes hash to and what became of them.
struct ReadFile: Sendable {
    enum Contents: Sendable {
        /// The bytes hash as stored: nothing to parse.
        case same
        /// Parsed (or refused before parsing: unreadable, too large).
        case parsed(CorpusLoader.Outcome)
        /// A new file whose bytes hash as a gone file's did: kept unparsed until it is known
        /// whether it is that file renamed.
        case pending([UInt8])
    }

    var plan: RefreshPlan.Read
    /// 16 hex digits; empty when the bytes could not be read.
    var hash: String
    var byteCount: Int
    var contents: Contents

    var path: String { plan.file.path }

    /// Reads and hashes the file, and parses it unless its contents are the stored ones or may
    /// be a gone file's under a new name. Pure apart from reading the file; runs in parallel.
    static func read(_ plan: RefreshPlan.Read, renameHashes: Set<String>, maxFileBytes: Int) -> ReadFile {
        switch CorpusLoader.read(plan.file.candidate, maxFileBytes: maxFileBytes) {
        case .problem(let problem):
            return ReadFile(plan: plan, hash: "", byteCount: 0, contents: .parsed(.problem(problem)))
        case .bytes(let bytes):
            let hash = ContentHash.hex(bytes)
            let contents: Contents
            if let stored = plan.stored, stored.hash == hash {
                contents = .same
            } else if plan.stored == nil && renameHashes.contains(hash) {
                contents = .pending(bytes)
            } else {
                contents = .parsed(CorpusLoader.parse(path: plan.file.path, bytes: bytes))
            }
            return ReadFile(plan: plan, hash: hash, byteCount: bytes.count, contents: contents)
        }
    }
}

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
