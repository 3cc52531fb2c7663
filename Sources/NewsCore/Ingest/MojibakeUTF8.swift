/// Strict decoding of one UTF-8 sequence, except that surrogates (CESU-8) are returned so the
/// caller can pair them.
enum MojibakeUTF8 {
    /// Number of bytes a sequence starting with `lead` needs, or nil for a non-lead byte.
    static func length(lead: UInt8) -> Int? {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: nil
        }
    }

    static func decode(_ bytes: [UInt8]) -> UInt32? {
        guard let first = bytes.first, let n = length(lead: first), bytes.count == n else { return nil }
        for byte in bytes.dropFirst() where byte & 0xC0 != 0x80 { return nil }
        let second = bytes[1]
        switch first {
        case 0xE0 where second < 0xA0: return nil
        case 0xF0 where second < 0x90: return nil
        case 0xF4 where second > 0x8F: return nil
        default: break
        }
        var value = UInt32(first) & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07)
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return value
    }

    /// Text from scalars, through UTF-8 bytes: much faster than appending to a scalar view.
    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count + scalars.count / 2)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func isHighSurrogate(_ v: UInt32) -> Bool { (0xD800...0xDBFF).contains(v) }
    static func isLowSurrogate(_ v: UInt32) -> Bool { (0xDC00...0xDFFF).contains(v) }
}
