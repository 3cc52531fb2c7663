/// One word of a passage as the short-name resolver and discovery see it.
struct WordToken {
    /// UTF-8 byte range in the passage.
    var range: Range<Int>
    var text: Substring
    /// First letter uppercase ("Blair", "BBC", "H800").
    var isCapitalised: Bool
    /// Every letter uppercase, at least two ("BBC", "GPT").
    var isAllCaps: Bool
    var hasDigit: Bool
    /// Followed by a single space and then the next word (names run across spaces only).
    var joinsNext: Bool
    /// Followed by " & " and then the next word ("Ernst & Young").
    var ampersandNext: Bool
    /// First word of a sentence (after . ! ? or at the passage start).
    var sentenceInitial: Bool
}

/// Splits text into words: runs of letters and digits, with inner hyphens and apostrophes kept
/// ("High-Flyer", "O'Neill") but a possessive "'s"/"’s" left out ("Blair’s" → "Blair"), and an
/// ampersand between capitals kept ("AT&T", "M&S").
///
/// Walks the UTF-8 bytes directly: ASCII (nearly all of a news text) is classified from the
/// byte, and only other scalars are decoded and asked for their Unicode properties.
enum WordTokens {
    static func words(in text: String) -> [WordToken] {
        var copy = text
        return copy.withUTF8 { words(in: text, utf8: ScalarReader($0)) }
    }

    private static func words(in text: String, utf8 reader: ScalarReader) -> [WordToken] {
        var words: [WordToken] = []
        let count = reader.count
        var sentenceStart = true
        var index = 0
        while index < count {
            let (value, width) = reader.scalar(at: index)
            guard ScalarReader.isWord(value) else {
                if value == 0x2E || value == 0x21 || value == 0x3F || value == 0x3A { sentenceStart = true }
                index &+= width
                continue
            }
            let start = index
            let shape = reader.word(from: start)
            index = shape.end
            let lowerIndex = text.utf8.index(text.utf8.startIndex, offsetBy: start)
            let upperIndex = text.utf8.index(lowerIndex, offsetBy: index - start)
            let joins = index < count && reader.bytes[index] == 0x20 && reader.isWord(at: index + 1)
            let ampersand = index + 3 < count && reader.bytes[index] == 0x20 && reader.bytes[index + 1] == 0x26
                && reader.bytes[index + 2] == 0x20 && reader.isWord(at: index + 3)
            words.append(WordToken(range: start..<index, text: text[lowerIndex..<upperIndex],
                                   isCapitalised: shape.isCapitalised, isAllCaps: shape.isAllCaps, hasDigit: shape.digits > 0,
                                   joinsNext: joins, ampersandNext: ampersand, sentenceInitial: sentenceStart))
            sentenceStart = false
        }
        return words
    }
}

/// Where a word ends and what its letters are, as the tokeniser measures it.
struct WordShape {
    /// UTF-8 offset just past the word.
    var end: Int
    var upper: Int, lower: Int, digits: Int
    /// Whether the first scalar is lowercase / uppercase (decides `isCapitalised`).
    var firstIsUpper: Bool, firstIsLower: Bool

    /// First letter uppercase ("Blair"), or digits with capitals and no leading lowercase ("H800").
    var isCapitalised: Bool { firstIsUpper || (digits > 0 && upper > 0 && !firstIsLower) }
    var isAllCaps: Bool { upper >= 2 && lower == 0 }
}

/// Scalars of valid UTF-8 (a `String`'s storage) read in place, with the word-letter tests the
/// tokeniser needs: ASCII from the byte, anything else from its Unicode properties.
struct ScalarReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var count: Int { bytes.count }

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The scalar value starting at `index` and its width in bytes.
    @inline(__always)
    func scalar(at index: Int) -> (value: UInt32, width: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> UInt32(width))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (value, width)
    }

    /// The word starting at `start` (a word scalar): runs of letters and digits joined by inner
    /// hyphens and apostrophes, stopping before a possessive "'s"/"’s", or by an ampersand
    /// between capitals ("AT&T"; "R&D" in "rock&roll" is no word of ours). Shared by the full
    /// tokeniser and the short-name resolver, which only measures the few words it needs.
    @inline(__always)
    func word(from start: Int) -> WordShape {
        var index = start
        var upper = 0, lower = 0, digits = 0
        while index < count {
            let (value, width) = scalar(at: index)
            if Self.isWord(value) {
                if Self.isUpper(value) { upper += 1 } else if Self.isLower(value) { lower += 1 } else if value < 0x40 { digits += 1 }
                index &+= width
                continue
            }
            let next = index &+ width
            if value == 0x26 {
                guard TextBytes.isUpper(bytes[index - 1]), next < count, TextBytes.isUpper(bytes[next]) else { break }
                index = next
                continue
            }
            let joiner = value == 0x2D || value == 0x27 || value == 0x2019
            guard joiner, isWord(at: next) else { break }
            if value != 0x2D {
                let (following, followingWidth) = scalar(at: next)
                let possessive = (following == 0x73 || following == 0x53) && !isWord(at: next &+ followingWidth)
                if possessive { break }
            }
            index = next
        }
        let first = scalar(at: start).value
        return WordShape(end: index, upper: upper, lower: lower, digits: digits,
                         firstIsUpper: Self.isUpper(first), firstIsLower: Self.isLower(first))
    }

    /// Whether a word scalar starts at `index` (false past the end).
    @inline(__always)
    func isWord(at index: Int) -> Bool {
        index < count && Self.isWord(scalar(at: index).value)
    }

    @inline(__always)
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 { return TextBytes.isASCIIWord(UInt8(value)) }
        return Unicode.Scalar(value)!.properties.isAlphabetic
    }

    @inline(__always)
    static func isUpper(_ value: UInt32) -> Bool {
        value < 0x80 ? TextBytes.isUpper(UInt8(value)) : Unicode.Scalar(value)!.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ value: UInt32) -> Bool {
        value < 0x80 ? TextBytes.isLower(UInt8(value)) : Unicode.Scalar(value)!.properties.isLowercase
    }
}

extension ScalarReader {
    /// The text of a byte range (a word), for the few lookups made by spelling.
    func string(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
