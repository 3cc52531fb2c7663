import NewsCore

/// What the index holds for one file.
struct StoredFile: Sendable, Hashable {
    var path: String
    var size: Int
    var mtime: Double
    /// Empty when the file's bytes were never read (unreadable, or over the size limit).
    var hash: String
    var problem: String?
    /// The article's title; nil for a problem, and unless the file is gone (only then is it
    /// needed, to tell whether a rename keeps the article).
    var title: String?
}

/// What a refresh first reads of every stored file: enough to trust it. The rest of a file's
/// row (`StoredFile`) is read only for the files it does not trust and those gone, so that a
/// refresh of 200,000 unchanged files holds no hash or title.
struct StoredStatus: Sendable, Hashable {
    var size: Int
    var mtime: Double
    /// Whether the file's bytes were ever read (it has a hash).
    var hashed: Bool
}

/// A file the walk found, with what `stat` said (nil when it could not say).
struct DiskFile: Sendable {
    var candidate: CorpusLoader.Candidate
    var status: FileStatus?

    var path: String { candidate.path }
}

/// Which files a refresh trusts, which it reads, and which are gone: decided on size and
/// modification time alone, before any file is opened.
struct RefreshPlan: Sendable {
    /// A file to read, with what the index holds for it (nil: a file the index has never seen).
    struct Read: Sendable {
        var file: DiskFile
        var stored: StoredFile?
    }

    var trusted = 0
    /// In path order.
    var toRead: [Read] = []
    /// Stored files the walk did not find, in path order: removed, or renamed when a new file
    /// has the same contents.
    var gone: [StoredFile] = []

    /// A stored file is trusted when its size and time are those on disk and its bytes were
    /// read before; a file never read (unreadable, too large) is tried again every time.
    ///
    /// - Parameter details: the whole stored row of a file by path, asked only for files to
    ///   read that the index knows and for files gone.
    init(stored: [String: StoredStatus], disk: [DiskFile], details: (String) throws -> StoredFile) rethrows {
        var unseen = stored
        for file in disk {
            let known = unseen.removeValue(forKey: file.path)
            if let known, let status = file.status, known.hashed, known.size == status.size, known.mtime == status.mtime {
                trusted += 1
            } else {
                toRead.append(Read(file: file, stored: try known.map { _ in try details(file.path) }))
            }
        }
        gone = try unseen.keys.sorted().map(details)
    }

    var totalBytes: Int { toRead.reduce(0) { $0 + max($1.file.status?.size ?? 0, 0) } }
}
