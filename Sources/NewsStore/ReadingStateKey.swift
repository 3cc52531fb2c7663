/// The key one corpus's reading state is filed under: its paths made absolute and lexically
/// canonical (no `.`, `..`, doubled or trailing slashes), sorted, one per line. Article paths
/// do not depend on the order the folders are given in, so neither does the key. Pure: symbolic
/// links are the caller's to resolve first when they should not matter.
public enum ReadingStateKey {
    public static func corpus(paths: [String], currentDirectory: String) -> String {
        paths.map { canonical($0, in: currentDirectory) }.sorted().joined(separator: "\n")
    }

    /// `path` made absolute against `directory`, with `.` and `..` folded away.
    static func canonical(_ path: String, in directory: String) -> String {
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}
