/// Pairs new files with gone files of the same contents, each gone file at most once, first
/// come first served (new files arrive in path order, gone files are offered in path order).
struct RenameMatcher: Sendable {
    private var gone: [String: [StoredFile]] = [:]

    init(_ files: [StoredFile]) {
        for file in files where !file.hash.isEmpty { gone[file.hash, default: []].append(file) }
    }

    /// The contents a new file may have to be a rename.
    var hashes: Set<String> { Set(gone.keys) }

    /// The gone file a new file with `hash` was renamed from, now taken.
    mutating func claim(_ hash: String) -> StoredFile? {
        guard var files = gone[hash], !files.isEmpty else { return nil }
        let first = files.removeFirst()
        gone[hash] = files.isEmpty ? nil : files
        return first
    }
}
