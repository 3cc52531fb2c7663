/// `ChromeRules.isChrome` for short ASCII lines, most of them, decided on their bytes.
///
/// Every short line used to become three strings (the line, its comparable form, its
/// lowercase) and go through hashed set look-ups and a search per phrase: a third of line
/// structure's time. Here the comparable form is written to scratch memory and each rule
/// first checks, on bytes, something it cannot match without (a first word, a prefix, a
/// digit, a length); only a line that passes is handed to the rule itself, as a string, so
/// the answer is the rule's own.
extension ChromeRules {
    /// The verdict for a line of 1...`shortLineWords` words when all its bytes are ASCII; nil
    /// for any other line (the rules compare Unicode text, left to `isChromeByEveryRule`).
    static func asciiVerdict<S: StringProtocol>(_ line: S, words: Int, allCaps: Bool) -> Bool? {
        TextShape.withUTF8(line) { text -> Bool? in
            guard TextShape.isASCII(text) else { return nil }
            if allCaps && words >= shoutedPromoWords { return true }
            // Room for the comparable form (never longer than ASCII text, plus a word stored
            // past its end) and the lowercase line after it.
            let room = text.count + 8
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * room) { scratch in
                let base = scratch.baseAddress!
                let plainLength = TextShape.writeComparable(text, to: base) ?? 0
                let lowered = base + room
                for (i, byte) in text.enumerated() { lowered[i] = byte &- 0x41 < 26 ? byte | 0x20 : byte }
                return isChrome(text: text, plain: UnsafeBufferPointer(start: base, count: plainLength),
                                lowered: UnsafeBufferPointer(start: lowered, count: text.count), words: words, allCaps: allCaps)
            }
        }
    }

    /// The rules of `isChromeByEveryRule` after the all-caps one, on ASCII bytes: the line, its
    /// comparable form and its lowercase (what `lowercased()` gives ASCII).
    private static func isChrome(text: UnsafeBufferPointer<UInt8>, plain: UnsafeBufferPointer<UInt8>,
                                 lowered: UnsafeBufferPointer<UInt8>, words: Int, allCaps: Bool) -> Bool {
        func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
        if plain.count <= longestWholeLine && wholeLines.contains(string(plain)) { return true }
        if hasPrefix(text, "By ") && SourceAttribution.isByline(string(text)) { return true }
        if mayBeWireCredit(text) && isWireCredit(string(text)) { return true }
        if startsWithShareWord(plain) && isShareBar(string(plain)) { return true }
        if mayHoldNumber(plain) && isTimestamp(string(plain)) { return true }
        if asciiOpenings.contains(where: { $0.matches(plain: plain, lowered: lowered) })
            && !isOrdinarySentence(string(text), words, allCaps: allCaps) {
            return true
        }
        if let phraseSet { return phraseSet.occurs(in: lowered) }
        return phraseBytes.contains { phrase in
            phrase.withUnsafeBufferPointer { TextShape.firstOffset(of: $0, in: lowered) != nil }
        }
    }

    /// `phrases` searched in one pass (nil if one were too short for that).
    private static let phraseSet = PhraseSet(phraseBytes)

    /// No comparable form longer than this is one of `wholeLines`.
    private static let longestWholeLine = wholeLines.map(\.utf8.count).max() ?? 0

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        prefix.utf8CodeUnitCount <= bytes.count
            && (0..<prefix.utf8CodeUnitCount).allSatisfy { bytes[$0] == prefix.utf8Start[$0] }
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: [UInt8], from start: Int = 0) -> Bool {
        start + prefix.count <= bytes.count && prefix.indices.allSatisfy { bytes[start + $0] == prefix[$0] }
    }

    /// A wire credit opens with one of `credits`, perhaps after "(".
    private static func mayBeWireCredit(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = text.first == UInt8(ascii: "(") ? 1 : 0
        return creditBytes.contains { hasPrefix(text, $0, from: start) }
    }

    private static let creditBytes = credits.map { Array($0.utf8) }

    /// A share bar's first word is one of `shareWords`.
    private static func startsWithShareWord(_ plain: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = plain.firstIndex(of: 0x20) ?? plain.count
        return shareWordBytes.contains { $0.count == end && hasPrefix(plain, $0) }
    }

    private static let shareWordBytes = shareWords.map { Array($0.utf8) }

    /// `openings` as bytes. "©" is left out: it opens no ASCII line.
    private static let asciiOpenings: [ASCIIOpening] = openings.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map(ASCIIOpening.init)

    /// An opening rule of `isChromeByEveryRule` on bytes: ASCII strings have a prefix exactly
    /// when their bytes do.
    private enum ASCIIOpening {
        /// "image:" or "image :" opening the lowercase line.
        case label(colon: [UInt8], spacedColon: [UInt8])
        /// The words alone, or followed by more, as the comparable form.
        case words([UInt8], followed: [UInt8])

        init(_ opening: String) {
            self = labelOpenings.contains(opening)
                ? .label(colon: Array((opening + ":").utf8), spacedColon: Array((opening + " :").utf8))
                : .words(Array(opening.utf8), followed: Array((opening + " ").utf8))
        }

        func matches(plain: UnsafeBufferPointer<UInt8>, lowered: UnsafeBufferPointer<UInt8>) -> Bool {
            switch self {
            case .label(let colon, let spacedColon):
                lowered.first == colon[0] && (hasPrefix(lowered, colon) || hasPrefix(lowered, spacedColon))
            case .words(let words, let followed):
                plain.first == words[0] && (plain.count == words.count ? hasPrefix(plain, words) : hasPrefix(plain, followed))
            }
        }
    }
}
