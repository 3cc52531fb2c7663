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

    /// Control characters other than tab, line feed, form feed and carriage return. Eight
    /// bytes at a time: a word with no byte below 0x20 (most of them) is skipped after a test.
    private static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var controls = 0
        var i = 0
        while i + 8 <= bytes.count {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // Some byte below 0x20 (exact when no byte has its top bit set; those are rechecked).
            if (word &- ones &* 0x20) & ~word & highs != 0 || word & highs != 0 {
                controls += controlCount(UnsafeBufferPointer(rebasing: bytes[i..<i + 8]), bytewise: ())
            }
            i += 8
        }
        return controls + controlCount(UnsafeBufferPointer(rebasing: bytes[i...]), bytewise: ())
    }

    private static func controlCount(_ bytes: UnsafeBufferPointer<UInt8>, bytewise: Void) -> Int {
        var controls = 0
        for byte in bytes where byte < 0x20 {
            let layout = byte == 9 || byte == 10 || byte == 12 || byte == 13
            if !layout { controls += 1 }
        }
        return controls
    }
}
