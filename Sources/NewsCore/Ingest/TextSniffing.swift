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
        bytes.withUnsafeBufferPointer { buffer in
            var controls = 0
            var blank = true
            for (offset, byte) in buffer.enumerated() {
                if byte == 0 { return .binary }
                if byte < 0x20 {
                    let layout = byte == 9 || byte == 10 || byte == 12 || byte == 13
                    if !layout && offset < 8192 { controls += 1 }
                } else if byte != 32 {
                    blank = false
                }
            }
            if controls * 10 > min(buffer.count, 8192) { return .binary }
            return blank ? .empty : .text
        }
    }
}
