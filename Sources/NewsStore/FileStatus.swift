#if canImport(Darwin)
import Darwin
#else
import Glibc
#endif

/// A file's size and modification time, the two facts a refresh trusts a file by.
struct FileStatus: Sendable, Hashable {
    var size: Int
    /// Seconds since 1970, with the file system's sub-second part.
    var mtime: Double

    /// Nil when the file cannot be stat'ed (gone since the walk, or no permission): reading it
    /// then says why.
    static func of(_ path: String) -> FileStatus? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStatus(size: Int(info.st_size), mtime: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
    }
}
