#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells files that hold no readable text (binary data, nothing but whitespace) from articles,
/// before any decoding effort is spent on them.
public enum TextSniffing {
    public enum Verdict: Sendable, Hashable {
        case text
        case empty
        case binary
    }

    /// Binary when the bytes hold a NUL or, in the first 8 KB, more than 1 in 10 control
    /// characters other than tab, line feed, form feed and carriage return; empty when only
    /// whitespace remains.
    public static func verdict(_ bytes: [UInt8]) -> Verdict {
        // Three separate scans (NUL by memchr, controls in the head, the first visible byte)
        // instead of one enumerated loop over every byte: each stops or vectorises early.
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return .empty }
            if memchr(base, 0, buffer.count) != nil { return .binary }
            let head = UnsafeBufferPointer(rebasing: buffer.prefix(8192))
            if controlCount(head) * 10 > head.count { return .binary }
            return buffer.contains(where: { $0 > 32 }) ? .text : .empty
        }
    }

    /// Control characters other than tab, line feed, form feed and carriage return.
    private static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var controls = 0
        for byte in bytes where byte < 0x20 {
            let layout = byte == 9 || byte == 10 || byte == 12 || byte == 13
            if !layout { controls += 1 }
        }
        return controls
    }
}
