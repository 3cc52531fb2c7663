import Foundation

/// Reads whole files into one buffer that is reused from file to file, the way a grep tool
/// does: the tagging-alone figure should time matching, not a fresh allocation per file.
struct FileReader {
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    /// Calls `body` with the bytes of the file at `path` (valid only during the call).
    mutating func withContents<R>(of path: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) throws -> R {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        defer { close(descriptor) }
        var length = 0
        while true {
            if length == buffer.count { buffer += repeatElement(0, count: buffer.count) }
            let read = buffer.withUnsafeMutableBufferPointer { whole in
                Foundation.read(descriptor, whole.baseAddress! + length, whole.count - length)
            }
            guard read >= 0 else { throw CocoaError(.fileReadUnknown) }
            if read == 0 { break }
            length += read
        }
        return try buffer.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<length])) }
    }
}
