/// A quick look for any place where mojibake could start, so clean accented text skips the repair.
///
/// Mojibake needs a character that some code page maps to a UTF-8 lead byte followed by one that
/// the same page maps to a continuation byte (or a space standing for 0xA0, or U+FFFD for a lost
/// byte), or a C1 control. The scan is conservative: whatever the repair could match, it flags.
enum MojibakePrescan {
    static func mayContainMojibake(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    /// Per character, a bit per page in `CodePage.all`: lead of two bytes (bits 0...7), lead of
    /// three or four bytes (8...15), continuation byte (16...23), lead 0xE2, 0xEF or 0xF0 (24...31).
    struct Classes {
        var low: [UInt32]
        var high: [UInt32: UInt32]

        @inline(__always)
        subscript(_ v: UInt32) -> UInt32 {
            v < UInt32(low.count) ? low[Int(v)] : high[v] ?? 0
        }
    }

    static let classes: Classes = {
        var low = [UInt32](repeating: 0, count: 0x2600)
        var high: [UInt32: UInt32] = [:]
        for (index, page) in CodePage.all.enumerated() {
            for (scalar, bytes) in page.bytesByScalar {
                var bits: UInt32 = 0
                for byte in bytes {
                    if [0xE2, 0xEF, 0xF0].contains(byte) { bits |= 1 << (24 + index) }
                    switch MojibakeUTF8.length(lead: byte) {
                    case 2: bits |= 1 << index
                    case 3, 4: bits |= 1 << (8 + index)
                    default: if (0x80...0xBF).contains(byte) { bits |= 1 << (16 + index) }
                    }
                }
                if scalar < UInt32(low.count) { low[Int(scalar)] |= bits } else { high[scalar, default: 0] |= bits }
            }
        }
        return Classes(low: low, high: high)
    }()

    static let everyPage: UInt32 = 0xFF

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let table = classes
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] < 0x80 { i += 1; continue }
            let (c, length) = decode(bytes, at: i)
            i += length
            var next: (UInt32, Int)?
            if i < n {
                let (v, nextLength) = decode(bytes, at: i)
                next = (v, i + nextLength)
            }
            if mayStart(c, next: next, after: { k in k < n ? decode(bytes, at: k).0 : nil }, table: table) {
                return true
            }
        }
        return false
    }

    /// The same over scalars, between rounds of the repair.
    static func mayContainMojibake(_ s: [Unicode.Scalar]) -> Bool {
        let table = classes
        for (i, c) in s.enumerated() where c.value >= 0x80 {
            let next = i + 1 < s.count ? (s[i + 1].value, i + 2) : nil
            if mayStart(c.value, next: next, after: { k in k < s.count ? s[k].value : nil }, table: table) {
                return true
            }
        }
        return false
    }

    /// Whether mojibake could start at `c`, given the next scalar (with where the one after it
    /// starts) and a way to read that one.
    @inline(__always)
    static func mayStart(_ c: UInt32, next: (UInt32, Int)?, after: (Int) -> UInt32?, table: Classes) -> Bool {
        if (0x80...0x9F).contains(c) || c == 0xFFFD { return true }
        let bits = table[c]
        let lead2 = bits & 0xFF, lead34 = (bits >> 8) & 0xFF
        guard lead2 | lead34 != 0, let (next, afterIndex) = next else { return false }
        let nextCont = continuation(next, table)
        if lead2 & nextCont != 0, pairDecodes(c, next, pages: lead2 & nextCont) { return true }
        let longer = next == 0x20 ? lead34 : lead34 & nextCont
        if longer == 0 { return false }
        // A lost byte can only be restored after the leads of punctuation, U+FE0F and emoji.
        if next != 0x20, longer & (bits >> 24) != 0 { return true }
        guard let third = after(afterIndex) else { return false }
        return longer & continuation(third, table) != 0
    }

    /// Whether a two-byte reading of the pair gives a character the repair could accept (rare,
    /// so checked exactly: "’é" is a MacRoman lead and continuation, but gives an Armenian point).
    static func pairDecodes(_ lead: UInt32, _ next: UInt32, pages: UInt32) -> Bool {
        if next == 0xFFFD { return true }
        guard let a = Unicode.Scalar(lead), let b = Unicode.Scalar(next) else { return false }
        for (index, page) in CodePage.all.enumerated() where pages & (1 << index) != 0 {
            let tails: [UInt8] = next == 0x20 ? [0xA0] : page.bytes(for: b)
            for first in page.bytes(for: a) where MojibakeUTF8.length(lead: first) == 2 {
                for tail in tails {
                    // The most permissive reading: after an accented letter, and after repaired text.
                    if let v = MojibakeUTF8.decode([first, tail]),
                       MojibakeScalars.plausibility(v, after: "\u{E9}", chained: true) != nil { return true }
                }
            }
        }
        return false
    }

    @inline(__always)
    static func continuation(_ c: UInt32, _ table: Classes) -> UInt32 {
        c == 0x20 || c == 0xFFFD ? everyPage : (c < 0x80 ? 0 : (table[c] >> 16) & 0xFF)
    }

    /// The scalar at `i` of valid UTF-8 and its length.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let lead = b[i]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 { return (UInt32(lead & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return (UInt32(lead & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3)
        }
        return (UInt32(lead & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12
            | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }
}
