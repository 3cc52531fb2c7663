import Foundation

/// A whole file's bytes, read with POSIX calls into one array sized from `fstat`: a corpus is
/// tens of thousands of small files, and going through `URL` and `Data` (a path conversion, an
/// object and a copy per file) cost more than the read.
enum FileBytes {
    /// Why a file could not be read: `strerror` of the failing call, or a limit.
    struct Failure: Error, Equatable {
        var reason: String
        var tooLarge: Int?
    }

    /// The bytes of the file at `path`, refusing more than `limit`. A file that grows while it
    /// is read is read to its end or to the limit.
    static func read(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(reason: Self.reason(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw Failure(reason: Self.reason(errno)) }
        let size = Int(info.st_size)
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if size > limit { throw Failure(reason: "", tooLarge: size) }
        // One byte more than the size: a read that fills it means the file grew.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var length = 0
        while true {
            if length == bytes.count {
                guard length <= limit else { throw Failure(reason: "", tooLarge: length) }
                bytes += repeatElement(0, count: max(bytes.count, 4096))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + length, buffer.count - length)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(reason: Self.reason(errno))
            }
            if count == 0 { break }
            length += count
            // A regular file that gave the size it had, one byte short of what was asked, is at
            // its end: no second read to be told so, a fifth of the system calls per file.
            // (procfs files say size 0 and are read until a read gives nothing.)
            if isRegular && length == size && size > 0 { break }
        }
        if length > limit { throw Failure(reason: "", tooLarge: length) }
        bytes.removeLast(bytes.count - length)
        return bytes
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
