/// How an alias's letter case must appear in the text.
///
/// Acronyms and model codes ("US", "U.S.", "H800", "GPT-4") are exact-case so that the pronoun
/// "us" is never the United States. Every other alias matches in any case except that a word
/// that starts uppercase in the alias must start uppercase in the text: "Nvidia" matches
/// "NVIDIA", "DeepSeek" matches "Deepseek", but "Meta" never matches the word "meta".
public enum CaseRule {
    /// Letters an alias may have and still be exact-case by default.
    static let maxAcronymLetters = 5

    /// True when an alias written without '=' is still exact-case: no lowercase letter and at
    /// most five letters (acronyms and model codes).
    public static func isExactByDefault(_ alias: String) -> Bool {
        var letters = 0
        for scalar in alias.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters > 0 && letters <= maxAcronymLetters
    }

    /// Builds an alias with the default case rule for its spelling.
    public static func alias(_ text: String) -> Alias {
        Alias(text, exactCase: isExactByDefault(text))
    }
}

/// Byte-level character classes shared by the matcher and its verification step.
enum TextBytes {
    @inline(__always)
    static func isASCIIWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    @inline(__always)
    static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always)
    static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

    /// Single-byte separators: space, hyphen and the whitespace a raw file may wrap lines with.
    @inline(__always)
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    /// Length of the separator starting at `index` (1, or 2 for a no-break space), else 0.
    @inline(__always)
    static func separatorLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if isSeparator(byte) { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
        return 0
    }

    /// Whether the scalar ending just before `index` is a letter or digit.
    static func isWordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let last = bytes[index - 1]
        if last < 0x80 { return isASCIIWord(last) }
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(bytes, start, index)
    }

    /// Whether the scalar starting at `index` is a letter or digit.
    static func isWordAt(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let first = bytes[index]
        if first < 0x80 { return isASCIIWord(first) }
        var end = index + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        return isWordScalar(bytes, index, end)
    }

    private static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(rebasing: bytes[start..<end]).makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil
    }
}
