#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small facts about the shape of a line of text that several cleaning steps decide by.
enum TextShape {
    /// Closing quotes and brackets that may follow a sentence's final mark.
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "*", "_"]
    /// Opening quotes and brackets that may precede a sentence's first letter.
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«", "*", "_"]

    /// The last character that is not a closing quote or bracket.
    ///
    /// Asked of most lines and paragraphs; walking `Character`s backwards with a property
    /// lookup and a set probe each was 5% of a parse, so ASCII endings are read off the bytes
    /// (`asciiFinalMark`) and only the rest take the general path.
    static func finalMark<S: StringProtocol>(_ line: S) -> Character? {
        if let answer = withUTF8(line, asciiFinalMark) { return answer }
        return line.reversed().first { !$0.isWhitespace && !closers.contains($0) }
    }

    /// `finalMark` decided from ASCII bytes at the end: `.some(mark)` or `.some(nil)` when the
    /// answer is certain, nil when a byte it depends on may belong to a longer character.
    ///
    /// An ASCII byte preceded by an ASCII byte (or the start) is a character of its own,
    /// except CR and LF, which may pair up; those and non-ASCII bytes hand over to the
    /// general path.
    private static func asciiFinalMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Character?? {
        var i = bytes.count - 1
        while i >= 0 {
            let byte = bytes[i]
            guard byte < 0x80, byte != 0x0A, byte != 0x0D, i == 0 || bytes[i - 1] < 0x80 else { return nil }
            switch byte {
            case 0x09, 0x0B, 0x0C, 0x20: break
            case 0x22, 0x27, 0x29, 0x5D, 0x2A, 0x5F: break // " ' ) ] * _ of `closers`
            default: return .some(Character(Unicode.Scalar(byte)))
            }
            i -= 1
        }
        return .some(nil)
    }

    /// True when the line ends with . ! ? or … (before any closing quote).
    static func endsSentence<S: StringProtocol>(_ line: S) -> Bool {
        guard let mark = finalMark(line) else { return false }
        return mark == "." || mark == "!" || mark == "?" || mark == "…"
    }

    /// True when the line ends with any punctuation that closes a clause or sentence.
    static func endsWithPunctuation<S: StringProtocol>(_ line: S) -> Bool {
        guard let mark = finalMark(line) else { return false }
        // A switch: searching a literal's characters built an iterator per line.
        switch mark {
        case ".", "!", "?", "…", ",", ";", ":": return true
        default: return false
        }
    }

    /// True when the first letter (after opening quotes) is lowercase: a continued sentence.
    ///
    /// Like `finalMark`, lines starting with ASCII are decided on their bytes.
    static func startsLowercase<S: StringProtocol>(_ line: S) -> Bool {
        if let answer = withUTF8(line, asciiStartsLowercase) { return answer }
        guard let first = line.first(where: { !$0.isWhitespace && !openers.contains($0) }) else { return false }
        return first.isLowercase
    }

    /// `startsLowercase` from ASCII bytes at the start; nil when a byte it depends on may
    /// belong to a longer character (one followed by a non-ASCII byte, CR, LF).
    private static func asciiStartsLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte < 0x80, byte != 0x0A, byte != 0x0D, i + 1 == bytes.count || bytes[i + 1] < 0x80 else { return nil }
            switch byte {
            case 0x09, 0x0B, 0x0C, 0x20: break
            case 0x22, 0x27, 0x28, 0x5B, 0x2A, 0x5F: break // " ' ( [ * _ of `openers`
            default: return byte &- 0x61 < 26
            }
            i += 1
        }
        return false
    }

    /// `text.first?.isLowercase == true`, on the first bytes when they are ASCII: an ASCII byte
    /// followed by one is a character of its own, lowercase when it is a to z.
    static func firstIsLowercase(_ text: String) -> Bool {
        let answer: Bool? = withUTF8(text) { bytes in
            guard let first = bytes.first else { return false }
            guard first < 0x80, bytes.count == 1 || bytes[1] < 0x80 else { return nil }
            return first &- 0x61 < 26
        }
        return answer ?? (text.first?.isLowercase == true)
    }

    /// True when the line has at least two letters and none of them is lowercase.
    static func isAllCaps<S: StringProtocol>(_ line: S) -> Bool {
        var letters = 0
        for scalar in line.unicodeScalars {
            if scalar.isASCII {
                if scalar.value >= 0x61 && scalar.value <= 0x7A { return false }
                if scalar.value >= 0x41 && scalar.value <= 0x5A { letters += 1 }
            } else if scalar.properties.isLowercase {
                return false
            } else if scalar.properties.isUppercase {
                letters += 1
            }
        }
        return letters >= 2
    }

    /// Whitespace test on scalars, with the ASCII answer computed without a property lookup.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 9 && scalar.value <= 13) }
        return scalar.properties.isWhitespace
    }

    /// Whitespace-separated words, counting stops past `limit` (callers often only need "more than").
    static func wordCount<S: StringProtocol>(_ line: S, limit: Int = .max) -> Int {
        // On the UTF-8 bytes: iterating a Substring's scalars validated every index.
        withUTF8(line) { bytes in
            var count = 0
            var inWord = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                let space: Bool
                if byte < 0x80 {
                    space = byte == 0x20 || byte &- 9 < 5
                    i += 1
                } else {
                    let (scalar, length) = scalar(in: bytes, at: i)
                    space = scalar.properties.isWhitespace
                    i += length
                }
                if space {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count > limit { return count }
                }
            }
            return count
        }
    }

    /// Runs of whitespace (including no-break spaces) become one space; ends are trimmed.
    ///
    /// Works on the UTF-8 bytes: every step calls this on whole paragraphs, and appending
    /// scalars to a `String.UnicodeScalarView` one by one cost more than the rest of the step.
    /// The result is never longer than the input, so it is written straight into a new string.
    static func collapsingWhitespace<S: StringProtocol>(_ text: S) -> String {
        withUTF8(text) { bytes in
            // Most paragraphs are already collapsed: checking costs less than rewriting.
            if isCollapsed(bytes) { return String(text) }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                var count = 0
                var pendingSpace = false
                var i = 0
                while i < bytes.count {
                    let byte = bytes[i]
                    let length: Int
                    let space: Bool
                    if byte < 0x80 {
                        length = 1
                        space = byte == 0x20 || (byte >= 9 && byte <= 13)
                    } else {
                        let decoded = scalar(in: bytes, at: i)
                        length = decoded.length
                        space = decoded.scalar.properties.isWhitespace
                    }
                    if space {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace { out[count] = 0x20; count += 1 }
                        pendingSpace = false
                        for k in 0..<length { out[count + k] = bytes[i + k] }
                        count += length
                    }
                    i += length
                }
                return count
            }
        }
    }

    /// Whether `collapsingWhitespace` would leave the text as it is: no whitespace at either
    /// end, none but single spaces inside. Non-ASCII whitespace (U+0085, U+00A0, U+1680,
    /// U+2000–200A, U+2028/2029, U+202F, U+205F, U+3000) is told by its UTF-8 bytes.
    static func isCollapsed(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var afterSpace = true
        var i = 0
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            if byte > 0x20 && byte < 0xC2 {
                afterSpace = false
            } else if byte == 0x20 {
                if afterSpace { return false }
                afterSpace = true
            } else if byte < 0x20 {
                if byte &- 9 < 5 { return false }
                afterSpace = false
            } else {
                if isMultibyteSpace(bytes, at: i) { return false }
                afterSpace = false
            }
            i += 1
        }
        return !afterSpace || n == 0
    }

    /// Whether a non-ASCII whitespace scalar starts at byte `i` (a lead byte of valid UTF-8).
    @inline(__always)
    private static func isMultibyteSpace(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = bytes.count
        switch bytes[i] {
        case 0xC2: return i + 1 < n && (bytes[i + 1] == 0x85 || bytes[i + 1] == 0xA0)
        case 0xE1: return i + 2 < n && bytes[i + 1] == 0x9A && bytes[i + 2] == 0x80
        case 0xE2:
            guard i + 2 < n else { return false }
            let (b1, b2) = (bytes[i + 1], bytes[i + 2])
            if b1 == 0x80 { return b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF }
            return b1 == 0x81 && b2 == 0x9F
        case 0xE3: return i + 2 < n && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80
        default: return false
        }
    }

    /// Lowercased letters and digits, words separated by single spaces: the form two texts are
    /// compared in when punctuation, case and spacing should not matter.
    ///
    /// Called for every block by the chrome, title and repeat steps, so it reads UTF-8 bytes and
    /// only looks up Unicode properties for non-ASCII scalars.
    static func comparable<S: StringProtocol>(_ text: S) -> String {
        withUTF8(text) { bytes in
            String(unsafeUninitializedCapacity: comparableCapacity(bytes.count)) { out in
                writeComparable(bytes, to: out.baseAddress!, unicode: true) ?? 0
            }
        }
    }

    /// Room `writeComparable` needs for `count` bytes of text: a lowercase mapping is at most
    /// half as long again as its letter, and a word of eight bytes may be stored past the end.
    static func comparableCapacity(_ count: Int) -> Int { count * 2 + 8 }

    /// Whether `comparable(text) == target`. For ASCII text and target the comparable form is
    /// produced and compared byte by byte, so a block that is not the title is rejected after a
    /// few bytes without building a string; anything else compares the full forms.
    static func hasComparable(_ text: String, equalTo target: String) -> Bool {
        let answer: Bool? = withUTF8(text) { bytes in
            withUTF8(target) { wanted in
                guard isASCII(wanted) else { return nil }
                var count = 0
                var pendingSpace = false
                for byte in bytes {
                    guard byte < 0x80 else { return nil }
                    let isUpper = byte &- 0x41 < 26
                    guard byte &- 0x30 < 10 || isUpper || byte &- 0x61 < 26 else {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace && count > 0 {
                        guard count < wanted.count, wanted[count] == 0x20 else { return false }
                        count += 1
                    }
                    pendingSpace = false
                    guard count < wanted.count, wanted[count] == (isUpper ? byte + 32 : byte) else { return false }
                    count += 1
                }
                return count == wanted.count
            }
        }
        return answer ?? (comparable(text) == target)
    }

    /// Writes the comparable form of `bytes` to `out`, returning its length. Without `unicode`,
    /// `out` needs room for `bytes.count` and the answer is nil, with `out` scribbled on, as
    /// soon as a byte is not ASCII; with it, `out` needs `comparableCapacity(bytes.count)` and
    /// non-ASCII scalars are classified by their Unicode properties (letters and numbers kept
    /// lowercased, marks and format characters skipped).
    ///
    /// Prose is mostly letters, digits and single separators (a space, an apostrophe), whose
    /// comparable form is the letters lowercased and each separator a space: runs of them are
    /// taken eight bytes at a time (`ComparableChunk`), and only the byte that ends a run (a
    /// second separator, as in ", ", or a non-ASCII byte) is classified alone. Text
    /// with a few curly quotes or accents keeps that fast path too: it used to be copied a
    /// byte at a time into a growing array (5% of a parse). Counting the spaces along the way,
    /// for the one caller that asks whether a form has eight words, cost a tenth of the loop.
    static func writeComparable(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>,
                                unicode: Bool = false) -> Int? {
        guard let base = bytes.baseAddress else { return 0 }
        return comparableASCII.withUnsafeBufferPointer { table -> Int? in
            var count = 0
            // A separator was read since the last kept byte.
            var pending = false
            let n = bytes.count
            var i = 0
            while i < n {
                // Once a byte is kept, a leading separator of a run is a space to keep.
                if count > 0 && i + 8 <= n {
                    let chunk = ComparableChunk(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    let run = chunk.plainPrefix
                    if run > 0 {
                        if pending && !chunk.isSeparator(at: 0) { out[count] = 0x20; count += 1 }
                        UnsafeMutableRawPointer(out + count).storeBytes(of: chunk.lowercased, as: UInt64.self)
                        count += run
                        // A trailing space waits, like any separator, for a byte to keep.
                        pending = chunk.isSeparator(at: run - 1)
                        if pending { count -= 1 }
                        i += run
                        if run == 8 { continue }
                    }
                }
                let byte = bytes[i]
                if byte >= 0x80 {
                    guard unicode else { return nil }
                    let (scalar, length) = scalar(in: bytes, at: i)
                    i += length
                    let properties = scalar.properties
                    if properties.isAlphabetic || properties.numericType != nil {
                        if pending && count > 0 { out[count] = 0x20; count += 1 }
                        pending = false
                        for lowered in properties.lowercaseMapping.unicodeScalars {
                            for unit in lowered.utf8 { out[count] = unit; count += 1 }
                        }
                    } else if properties.generalCategory != .nonspacingMark && properties.generalCategory != .format {
                        pending = true
                    }
                    continue
                }
                let kept = table[Int(byte)]
                if kept != 0 {
                    if pending && count > 0 { out[count] = 0x20; count += 1 }
                    pending = false
                    out[count] = kept
                    count += 1
                } else {
                    pending = true
                }
                i += 1
            }
            return count
        }
    }

    /// What each byte becomes in an ASCII comparable form: letters lowercased, digits kept,
    /// 0 for everything else (a separator; bytes from 0x80 are not ASCII and are told apart
    /// by the caller).
    private static let comparableASCII: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x30...0x39, 0x61...0x7A: UInt8(byte)
        case 0x41...0x5A: UInt8(byte + 0x20)
        default: 0
        }
    }

    /// Whether `part` occurs in `text`. When both are ASCII the bytes are compared directly;
    /// other text keeps the Unicode-aware search the steps were written against, so results
    /// do not change.
    static func contains(_ text: String, _ part: String) -> Bool {
        let answer: Bool? = withUTF8(text) { haystack in
            withUTF8(part) { needle in
                guard isASCII(needle) else { return nil }
                if isASCII(haystack) { return firstOffset(of: needle, in: haystack) != nil }
                return wordsContained(needle, in: haystack)
            }
        }
        return answer ?? text.contains(part)
    }

    /// The Unicode-aware answer for an ASCII phrase of letters, digits and spaces in text with
    /// other scalars, found on bytes (the chrome phrases in lines with "£" or curly quotes).
    /// Callers pass lowercased text (Kelvin sign already "k"), and no other scalar outside ASCII
    /// is canonically equivalent to such a phrase, so
    /// no byte match means no match; a byte match next to a non-ASCII scalar (perhaps a
    /// combining mark) is left to the full search (nil).
    private static func wordsContained(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard needle.allSatisfy({ $0 == 0x20 || $0 &- 0x30 < 10 || $0 &- 0x61 < 26 }) else { return nil }
        guard let start = firstOffset(of: needle, in: haystack) else { return false }
        let end = start + needle.count
        if start > 0 && haystack[start - 1] >= 0x80 { return nil }
        if end < haystack.count && haystack[end] >= 0x80 { return nil }
        return true
    }

    /// Whether the text's UTF-8 holds `byte`: the fast "is there anything to do" test of steps
    /// that only act on rare characters (`&`, CR). Generic `utf8.contains` walks the view
    /// index by index, several times slower than `memchr` over the stored bytes.
    static func containsByte<S: StringProtocol>(_ text: S, _ byte: UInt8) -> Bool {
        withUTF8(text) { bytes in
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80
    }

    /// Byte offset of the first occurrence of `needle` in `haystack`.
    ///
    /// Candidates are found by `memchr` for the needle's byte at `anchor` (the byte loop before
    /// it was 5% of a parse: 14 chrome phrases over every short line). A caller whose needles
    /// start with a common byte, such as the space padding comparable forms, anchors on a
    /// rarer one further in, so fewer candidates are compared in full.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>,
                            anchor: Int = 0) -> Int? {
        guard !needle.isEmpty else { return 0 }
        guard haystack.count >= needle.count, let base = haystack.baseAddress, let wanted = needle.baseAddress else { return nil }
        let anchor = min(anchor, needle.count - 1)
        let anchorByte = Int32(needle[anchor])
        let last = haystack.count - needle.count
        var start = 0
        while start <= last, let found = memchr(base + start + anchor, anchorByte, last - start + 1) {
            start = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
            if memcmp(base + start, wanted, needle.count) == 0 { return start }
            start += 1
        }
        return nil
    }

    /// Calls `body` with the text's UTF-8 bytes, copying them only when the string is not
    /// stored contiguously (bridged or foreign strings).
    @inline(__always)
    static func withUTF8<S: StringProtocol, R>(_ text: S, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// The scalar whose encoding starts at byte `i` of valid UTF-8, and the encoding's length.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = UInt32(bytes[i])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        if lead < 0xE0 {
            return (Unicode.Scalar((lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)).unsafelyUnwrapped, 2)
        }
        if lead < 0xF0 {
            let value = (lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(value).unsafelyUnwrapped, 3)
        }
        let value = (lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        return (Unicode.Scalar(value).unsafelyUnwrapped, 4)
    }
}

/// Eight bytes of text judged at once for `TextShape.writeComparable`, by per-byte range
/// tests on the whole word. Adding at most 0x80 to a byte below 0x80 never carries, so every
/// byte before the first non-ASCII one is judged exactly, and the run stops there.
struct ComparableChunk {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    let word: UInt64
    /// High bit of each byte that is an ASCII letter or digit.
    let kept: UInt64
    /// High bit of each byte that is ASCII but no letter or digit: a space, a punctuation mark.
    let separator: UInt64

    init(_ word: UInt64) {
        self.word = word
        let ascii = ~word & Self.highs
        let letters = Self.within(word | 0x2020_2020_2020_2020, 0x61, 0x7A)
        let digits = Self.within(word, 0x30, 0x39)
        kept = (letters | digits) & ascii
        separator = ascii & ~kept
    }

    /// High bit set in each byte from `low` through `high` (exact for bytes below 0x80).
    @inline(__always)
    private static func within(_ word: UInt64, _ low: UInt64, _ high: UInt64) -> UInt64 {
        (word &+ ones &* (0x80 - low)) & ~(word &+ ones &* (0x7F - high)) & highs
    }

    /// Leading bytes that are letters, digits or single separators: their comparable form is
    /// `lowercased`, byte for byte. Stops before a non-ASCII byte and before the second of two
    /// separators. Runs used to stop at every separator but a space, and prose has an
    /// apostrophe, hyphen or full stop every few words.
    var plainPrefix: Int {
        let stop = (~(kept | separator) & Self.highs) | (separator & (separator << 8))
        return stop == 0 ? 8 : stop.trailingZeroBitCount / 8
    }

    /// Letters lowercased by setting bit 5 (digits already have it), separators made spaces.
    var lowercased: UInt64 {
        let separators = (separator >> 7) &* 0xFF
        return lettersLowered & ~separators | 0x2020_2020_2020_2020 & separators
    }

    /// Letters lowercased, every other byte as it was.
    var lettersLowered: UInt64 { word | kept >> 2 }

    /// Leading bytes that are ASCII letters or digits: a word's length, as the tokenizer reads
    /// it. (Only leading lanes are exact: a non-ASCII byte's carry may reach the lanes after it.)
    var leadingWordBytes: Int {
        let other = ~kept & Self.highs
        return other == 0 ? 8 : other.trailingZeroBitCount / 8
    }

    /// Whether `byte` is one of the eight bytes of `word`: exact, the borrow trick on the
    /// lanes of `word ^ byte` repeated in each.
    @inline(__always)
    static func holds(_ word: UInt64, _ byte: UInt8) -> Bool {
        let x = word ^ (ones &* UInt64(byte))
        return (x &- ones) & ~x & highs != 0
    }

    func isSeparator(at index: Int) -> Bool { separator &>> UInt64(8 * index + 7) & 1 != 0 }
}
