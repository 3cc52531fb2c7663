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
    /// First word of a sentence (after . ! ? or at the passage start).
    var sentenceInitial: Bool
}

/// Splits text into words: runs of letters and digits, with inner hyphens and apostrophes kept
/// ("High-Flyer", "O'Neill") but a possessive "'s"/"’s" left out ("Blair’s" → "Blair").
enum WordTokens {
    static func words(in text: String) -> [WordToken] {
        var words: [WordToken] = []
        let scalars = Array(text.unicodeScalars)
        var offsets = [Int](repeating: 0, count: scalars.count + 1)
        for (index, scalar) in scalars.enumerated() { offsets[index + 1] = offsets[index] + UTF8.width(scalar) }
        func isWordScalar(_ k: Int) -> Bool {
            guard k < scalars.count else { return false }
            let value = scalars[k].value
            if value < 0x80 { return TextBytes.isASCIIWord(UInt8(value)) }
            return scalars[k].properties.isAlphabetic
        }
        func isUpper(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? TextBytes.isUpper(UInt8(scalar.value)) : scalar.properties.isUppercase
        }
        func isLower(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value < 0x80 ? TextBytes.isLower(UInt8(scalar.value)) : scalar.properties.isLowercase
        }
        var sentenceStart = true
        var k = 0
        while k < scalars.count {
            guard isWordScalar(k) else {
                let value = scalars[k].value
                if value == 0x2E || value == 0x21 || value == 0x3F || value == 0x3A { sentenceStart = true }
                k += 1
                continue
            }
            let start = k
            var upper = 0, lower = 0, digits = 0
            while k < scalars.count {
                if isWordScalar(k) {
                    let scalar = scalars[k]
                    if isUpper(scalar) { upper += 1 } else if isLower(scalar) { lower += 1 } else if scalar.value < 0x40 { digits += 1 }
                    k += 1
                    continue
                }
                let value = scalars[k].value
                let joiner = value == 0x2D || value == 0x27 || value == 0x2019
                guard joiner, isWordScalar(k + 1) else { break }
                let possessive = value != 0x2D && (scalars[k + 1] == "s" || scalars[k + 1] == "S") && !isWordScalar(k + 2)
                if possessive { break }
                k += 1
            }
            let first = scalars[start]
            let utf8Range = offsets[start]..<offsets[k]
            let lowerIndex = text.utf8.index(text.utf8.startIndex, offsetBy: utf8Range.lowerBound)
            let upperIndex = text.utf8.index(lowerIndex, offsetBy: utf8Range.count)
            let joins = k + 1 < scalars.count && scalars[k] == " " && isWordScalar(k + 1)
            words.append(WordToken(range: utf8Range, text: text[lowerIndex..<upperIndex],
                                   isCapitalised: isUpper(first) || (digits > 0 && upper > 0 && !isLower(first)),
                                   isAllCaps: upper >= 2 && lower == 0, hasDigit: digits > 0,
                                   joinsNext: joins, sentenceInitial: sentenceStart))
            sentenceStart = false
        }
        return words
    }
}
