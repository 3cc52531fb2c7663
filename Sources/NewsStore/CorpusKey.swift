/// Names which files an index was refreshed from: the paths as given (they decide the article
/// paths) and the size limit (it decides which files are problems). An open that does not walk
/// the files trusts an index only for the paths and limit it was last refreshed with.
enum CorpusKey {
    static func make(paths: [String], maxFileBytes: Int) -> String {
        var hash = ContentHash.fnv1a("max \(maxFileBytes) paths \(paths.count)".utf8)
        for path in paths {
            // The length first, so no two lists of paths run together the same way.
            hash = ContentHash.fnv1a(" \(path.utf8.count) \(path)".utf8, seed: hash)
        }
        return ContentHash.hex(hash)
    }
}
