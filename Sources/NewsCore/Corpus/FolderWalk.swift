#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// The files under a folder, found with `opendir`/`readdir`: Foundation's enumerator and
/// resource values cost some 70 µs a file on Linux, which made walking 200,000 articles take
/// ten seconds; the directory entries' own types make it a fraction of one.
enum FolderWalk {
    struct Entry {
        /// The path on disk.
        var filePath: String
        /// The path below the folder walked, with `/` between parts.
        var relative: String
    }

    /// Every file below `root` (symbolic links to files included), depth first. Hidden names
    /// (starting with ".") are skipped, folders included, as are links to folders: a link
    /// cannot then lead the walk in a circle.
    ///
    /// - Returns: the files, and the folders below `root` that could not be opened.
    static func files(under root: String) -> (files: [Entry], unreadable: [String]) {
        var files: [Entry] = []
        var unreadable: [String] = []
        var pending: [(path: String, relative: String)] = [(root, "")]
        while let folder = pending.popLast() {
            guard let directory = opendir(folder.path) else {
                if !folder.relative.isEmpty { unreadable.append(folder.relative) }
                continue
            }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = folder.path.hasSuffix("/") ? folder.path + name : folder.path + "/" + name
                let relative = folder.relative.isEmpty ? name : folder.relative + "/" + name
                switch kind(Int32(entry.pointee.d_type), path: path) {
                case .folder: pending.append((path, relative))
                case .file: files.append(Entry(filePath: path, relative: relative))
                case .other: break
                }
            }
        }
        return (files, unreadable)
    }

    /// Whether `path` is a folder that can be opened (an empty result may be an empty folder).
    static func isReadable(_ path: String) -> Bool {
        guard let directory = opendir(path) else { return false }
        closedir(directory)
        return true
    }

    /// The size of the file at `path` (after links), nil when it cannot be stat'ed.
    static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    private enum Kind { case folder, file, other }

    /// The entry's type from `d_type`; a link, or a file system that does not fill it in,
    /// asks `stat`.
    private static func kind(_ type: Int32, path: String) -> Kind {
        switch type {
        case Int32(DT_DIR): return .folder
        case Int32(DT_REG): return .file
        case Int32(DT_LNK), Int32(DT_UNKNOWN):
            var info = stat()
            guard stat(path, &info) == 0 else { return type == Int32(DT_LNK) ? .file : .other }
            switch info.st_mode & S_IFMT {
            case S_IFREG: return .file
            // A folder met through a link is not entered (see `files(under:)`).
            case S_IFDIR: return type == Int32(DT_LNK) ? .other : .folder
            default: return .other
            }
        default: return .other
        }
    }
}
