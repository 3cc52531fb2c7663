/// Small facts about the shape of a line of text that several cleaning steps decide by.
enum TextShape {
    /// Closing quotes and brackets that may follow a sentence's final mark.
    static let closers: Set<Character> = ["\"", "'", "”", "’", ")", "]", "»", "*", "_"]
    /// Opening quotes and brackets that may precede a sentence's first letter.
    static let openers: Set<Character> = ["\"", "'", "“", "‘", "(", "[", "«", "*", "_"]

    /// The last character that is not a closing quote or bracket.
    static func finalMark<S: StringProtocol>(_ line: S) -> Character? {
        line.reversed().first { !$0.isWhitespace && !closers.contains($0) }
    }

    /// True when the line ends with . ! ? or … (before any closing quote).
    static func endsSentence<S: StringProtocol>(_ line: S) -> Bool {
        guard let mark = finalMark(line) else { return false }
        return mark == "." || mark == "!" || mark == "?" || mark == "…"
    }

    /// True when the line ends with any punctuation that closes a clause or sentence.
    static func endsWithPunctuation<S: StringProtocol>(_ line: S) -> Bool {
        guard let mark = finalMark(line) else { return false }
        return ".!?…,;:".contains(mark)
    }

    /// True when the first letter (after opening quotes) is lowercase: a continued sentence.
    static func startsLowercase<S: StringProtocol>(_ line: S) -> Bool {
        guard let first = line.first(where: { !$0.isWhitespace && !openers.contains($0) }) else { return false }
        return first.isLowercase
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
        var count = 0
        var inWord = false
        for scalar in line.unicodeScalars {
            if isSpace(scalar) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count > limit { return count }
            }
        }
        return count
    }

    /// Runs of whitespace (including no-break spaces) become one space; ends are trimmed.
    static func collapsingWhitespace<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Lowercased letters and digits, words separated by single spaces: the form two texts are
    /// compared in when punctuation, case and spacing should not matter.
    static func comparable<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let keep: Bool
            if scalar.isASCII {
                let v = scalar.value
                keep = (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
                if keep {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(v <= 0x5A && v >= 0x41 ? Unicode.Scalar(v + 32)! : scalar)
                    continue
                }
            } else {
                let properties = scalar.properties
                keep = properties.isAlphabetic || properties.numericType != nil
                if keep {
                    if pendingSpace && !out.isEmpty { out.append(" ") }
                    pendingSpace = false
                    out.append(contentsOf: properties.lowercaseMapping.unicodeScalars)
                    continue
                }
                if properties.generalCategory == .nonspacingMark || properties.generalCategory == .format { continue }
            }
            pendingSpace = true
        }
        return String(out)
    }
}
