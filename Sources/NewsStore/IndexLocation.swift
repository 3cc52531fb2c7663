import Foundation

/// Where a corpus's index lives by default: one file per corpus under the user's cache folder,
/// named so a person can tell which corpus it belongs to and two corpora never share one.
public enum IndexLocation {
    /// `$XDG_CACHE_HOME/newsreader`, else `$HOME/.cache/newsreader` (an unset, empty or relative
    /// XDG_CACHE_HOME is ignored, as the XDG specification says); nil when neither helps.
    public static func cacheFolder(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return join(cache, "newsreader")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".cache/newsreader")
        }
        return nil
    }

    /// The default index file for a corpus read from `canonicalPaths` (see `canonical`).
    public static func defaultPath(canonicalPaths: [String], environment: [String: String]) -> String? {
        cacheFolder(environment: environment).map { join($0, fileName(canonicalPaths: canonicalPaths)) }
    }

    /// `<stem>-<hash>.sqlite`: the stem is the first folder's or file's name, made safe for a
    /// file name (`+N` when more paths are read); the hash covers every path, so the name is
    /// unique per corpus. The order the paths were given in does not matter: the articles are
    /// the same.
    public static func fileName(canonicalPaths: [String]) -> String {
        let paths = canonicalPaths.sorted()
        var digest = ContentHash.offsetBasis
        for path in paths {
            digest = ContentHash.fnv1a(path.utf8, seed: digest)
            digest = ContentHash.fnv1a(CollectionOfOne(0), seed: digest)
        }
        let more = paths.count > 1 ? "+\(paths.count - 1)" : ""
        return "\(stem(paths.first ?? ""))\(more)-\(ContentHash.hex(digest)).sqlite"
    }

    /// An absolute path with `.`, `..` and symbolic links resolved: the same folder reached two
    /// ways gets one index.
    public static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The path's last component with anything but letters, digits, `.`, `_` and `-` turned into
    /// `-`, at most 40 characters; "corpus" when nothing is left.
    static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? ""
        var safe = ""
        for scalar in name.unicodeScalars {
            let keep = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || "._-".unicodeScalars.contains(scalar))
            if keep { safe.unicodeScalars.append(scalar) } else if !safe.hasSuffix("-") { safe += "-" }
        }
        let trimmed = String(safe.trimmingCharacters(in: CharacterSet(charactersIn: "-.")).prefix(40))
        return trimmed.isEmpty ? "corpus" : trimmed
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
