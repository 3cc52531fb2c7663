/// Judgements about single characters that the repair's decisions rest on.
enum MojibakeScalars {
    /// How believable a decoded character is: 0 common, 1 possible, nil not believable (then the
    /// "repair" would only trade one oddity for another).
    static func plausibility(_ v: UInt32, after previous: Unicode.Scalar?, chained: Bool = false) -> Int? {
        if let rank = plausibility(v, after: previous) { return rank }
        // Right after repaired text, a character of a code page's high half is the inner layer
        // of double mojibake ("Ã‹â€º" gives "Ë›", then "˛"), whatever it looks like alone.
        return chained && CodePage.suspects.contains(v) ? 1 : nil
    }

    /// The same for a character not known to follow repaired text.
    static func plausibility(_ v: UInt32, after previous: Unicode.Scalar?) -> Int? {
        guard let scalar = Unicode.Scalar(v) else { return nil }
        switch v {
        case 0x09, 0x0A, 0x0D: return 1
        case 0x00...0x1F, 0x7F...0x9F: return nil
        case 0xA8, 0xAF, 0xB4, 0xB8: return 1            // lone spacing diacritics ("scars´ stones")
        case 0x17F...0x2FF: return nil                   // long s, Latin Extended-B, IPA, modifiers
        case 0x3CF...0x3FF, 0x460...0x5CF: return nil    // rare Greek/Cyrillic, Armenian, Hebrew points
        case 0x1D00...0x1DBF: return nil                 // phonetic extensions
        case 0xE000...0xF8FF, 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: return nil
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .unassigned, .privateUse, .surrogate, .control: return nil
        case .format where v != 0x200D: return nil
        case .nonspacingMark, .enclosingMark:
            guard let previous, !previous.properties.isWhitespace else { return nil }
            if (0x300...0x36F).contains(v) || v == 0x20E3 || (0xFE00...0xFE0F).contains(v) { return 1 }
            return previous.value >= 0x80 && (previous.properties.isAlphabetic
                || previous.properties.generalCategory == .spacingMark) ? 1 : nil
        default: break
        }
        if properties.isEmojiPresentation || properties.isAlphabetic { return 0 }
        if (0x2010...0x205E).contains(v) || properties.generalCategory == .currencySymbol { return 0 }
        return 1
    }

    /// A letter outside Latin: believable only next to other repaired text or inside a word,
    /// because one stray Korean syllable or Hebrew letter is more likely a coincidence.
    static func isForeignLetter(_ v: UInt32) -> Bool {
        guard v >= 0x370, !(0x1E00...0x1EFF).contains(v), let s = Unicode.Scalar(v) else { return false }
        return s.properties.isAlphabetic
    }

    /// Characters that close a word legitimately ("NESTLÉ®", "Å—", "VOCÊ…").
    static func isClosing(_ s: Unicode.Scalar) -> Bool {
        [0x2122, 0xAE, 0x2019, 0x201D, 0xBB, 0x203A, 0x2026, 0x2014, 0x2013, 0x27].contains(s.value)
    }

    /// Characters that open a quotation: odd right after a letter.
    static func isOpening(_ s: Unicode.Scalar) -> Bool {
        [0xAB, 0x2018, 0x201C, 0x201E, 0x2039, 0xA1, 0xBF].contains(s.value)
    }

    static func isLetter(_ s: Unicode.Scalar?) -> Bool { s?.properties.isAlphabetic ?? false }

    /// A rough script of a letter: Latin, Greek, Cyrillic, and otherwise its 128-character block,
    /// which is enough to tell whether two letters can belong to one word.
    static func script(_ s: Unicode.Scalar) -> UInt32 {
        switch s.value {
        case 0x41...0x24F, 0x1E00...0x1EFF: 0
        case 0x370...0x3FF, 0x1F00...0x1FFF: 1
        case 0x400...0x52F: 2
        default: 0x100 + (s.value >> 7)
        }
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar?) -> Bool {
        guard let s else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Typographic punctuation whose third UTF-8 byte may be restored when lost.
    static let restorablePunctuation: Set<UInt32> = [
        0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E, 0x2013, 0x2014, 0x2026, 0x2022,
    ]

    /// Whether a character rebuilt from a lost byte is one the lead bytes pin down.
    static func isRestorable(_ v: UInt32, after previous: Unicode.Scalar?) -> Bool {
        if restorablePunctuation.contains(v) { return true }
        if v == 0xFE0F { return previous?.properties.isEmoji ?? false }
        guard v >= 0x1F000, let s = Unicode.Scalar(v) else { return false }
        return s.properties.isEmojiPresentation
    }

    /// Tie-break among several emoji a lost byte could give: faces, hands, hearts and animals
    /// (U+1F400...U+1F64F) are by far the most used emoji, so they are the better bet.
    static func emojiPreference(_ v: UInt32) -> Int { (0x1F400...0x1F64F).contains(v) ? 0 : 1 }
}
