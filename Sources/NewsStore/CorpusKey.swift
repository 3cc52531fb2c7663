import Foundation

/// Names which files an index was refreshed from: the paths (they decide the article paths)
/// and the size limit (it decides which files are problems). An open that does not walk the
/// files trusts an index only for the paths and limit it was last refreshed with.
///
/// A folder is named by its canonical path — its articles are named relative to it, so
/// `~/news`, `/home/me/news/` and a link to it are the same corpus — and a file as given, since
/// the article is named exactly so.
enum CorpusKey {
    static func make(paths: [String], maxFileBytes: Int) -> String {
        var hash = ContentHash.fnv1a("max \(maxFileBytes) paths \(paths.count)".utf8)
        for path in paths {
            var isFolder: ObjCBool = false
            let named = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
                ? "folder " + IndexLocation.canonical(path) : "file " + path
            // The length first, so no two lists of paths run together the same way.
            hash = ContentHash.fnv1a(" \(named.utf8.count) \(named)".utf8, seed: hash)
        }
        return ContentHash.hex(hash)
    }
}
