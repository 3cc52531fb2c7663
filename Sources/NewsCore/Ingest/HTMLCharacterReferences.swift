/// Decodes HTML character references (`&amp;`, `&#233;`, `&#x27;`, `&rsquo;` …) left literally in
/// text. News text copied from web pages carries them even in `.txt` files (the BBC corpus
/// has `caf&#233;` and `&#163;8m`), and the DOM step can leave double-escaped ones behind.
public enum HTMLCharacterReferences {
    /// Numeric references are decoded as written (`&#191;` is "¿" even where the source meant an
    /// apostrophe), except that 128–159 follow the HTML standard's Windows-1252 mapping and
    /// invalid code points become U+FFFD. Unknown names and references without `;` stay as they are.
    public static func decode(_ text: String) -> String {
        guard TextShape.containsByte(text, UInt8(ascii: "&")) else { return text }
        // Text between ampersands is copied as bytes; only the few scalars a reference can
        // span are decoded, at each '&' (the BBC corpus has "M&S" and "AT&T" in most files).
        // Most texts with an ampersand hold no reference ("M&S"): they are returned as they
        // are rather than copied and validated again as a new string.
        let decoded: String? = TextShape.withUTF8(text) { bytes in
            var replaced = false
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let next = nextAmpersand(in: bytes, from: i)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<next]))
                i = next
                guard i < bytes.count else { break }
                var window: [Unicode.Scalar] = []
                var ends: [Int] = []
                var j = i
                while j < bytes.count && window.count < maxReferenceScalars {
                    let (scalar, length) = TextShape.scalar(in: bytes, at: j)
                    j += length
                    window.append(scalar)
                    ends.append(j)
                }
                if let (replacement, length) = reference(in: window, at: 0) {
                    out.append(contentsOf: replacement.utf8)
                    i = ends[length - 1]
                    replaced = true
                } else {
                    out.append(UInt8(ascii: "&"))
                    i += 1
                }
            }
            return replaced ? String(decoding: out, as: UTF8.self) : nil
        }
        return decoded ?? text
    }

    /// A reference is looked for within this many scalars from its '&'.
    private static let maxReferenceScalars = 34

    private static func nextAmpersand(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < bytes.count && bytes[i] != UInt8(ascii: "&") { i += 1 }
        return i
    }

    /// The text a reference at `start` stands for and how many scalars it spans.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (String, Int)? {
        let limit = min(scalars.count, start + maxReferenceScalars)
        var end = start + 1
        while end < limit, scalars[end] != ";" {
            if scalars[end] == "&" || scalars[end].properties.isWhitespace { return nil }
            end += 1
        }
        guard end < limit, end > start + 1 else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        if body.hasPrefix("#") {
            return numeric(body.dropFirst()).map { (String($0), length) }
        }
        return named[body].map { ($0, length) }
    }

    private static func numeric(_ digits: Substring) -> Character? {
        let hex = digits.first == "x" || digits.first == "X"
        let number = hex ? digits.dropFirst() : digits
        guard !number.isEmpty, number.count <= 8, let value = UInt32(number, radix: hex ? 16 : 10) else {
            return nil
        }
        if (0x80...0x9F).contains(value), let mapped = windows1252[value] { return mapped }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return Character(scalar)
    }

    /// The HTML standard's reading of C1 code points, which pages use for Windows-1252 punctuation.
    private static let windows1252: [UInt32: Character] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ",
        0x89: "‰", 0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“",
        0x94: "”", 0x95: "•", 0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›",
        0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]

    /// The named references news pages actually use: markup, spaces, punctuation, currency,
    /// symbols and the Latin-1 letters.
    static let named: [String: String] = {
        var table: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
            "nbsp": "\u{A0}", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
            "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}", "shy": "\u{AD}",
            "ndash": "–", "mdash": "—", "minus": "−", "hellip": "…", "bull": "•", "middot": "·",
            "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
            "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "prime": "′", "Prime": "″",
            "dagger": "†", "Dagger": "‡", "permil": "‰", "sect": "§", "para": "¶",
            "iexcl": "¡", "iquest": "¿", "cent": "¢", "pound": "£", "yen": "¥", "euro": "€",
            "curren": "¤", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "plusmn": "±",
            "times": "×", "divide": "÷", "frac12": "½", "frac14": "¼", "frac34": "¾",
            "sup1": "¹", "sup2": "²", "sup3": "³", "micro": "µ", "ordf": "ª", "ordm": "º",
            "acute": "´", "uml": "¨", "cedil": "¸", "macr": "¯", "not": "¬", "brvbar": "¦",
            "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "hearts": "♥",
            "check": "✓", "star": "☆", "infin": "∞", "ne": "≠", "le": "≤", "ge": "≥", "asymp": "≈",
            "szlig": "ß", "oelig": "œ", "OElig": "Œ", "scaron": "š", "Scaron": "Š", "fnof": "ƒ",
            "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "mu": "μ", "pi": "π", "Omega": "Ω",
        ]
        // Latin-1 letters: &eacute; &Eacute; … built from base letter and accent name.
        let accented: [(String, String, String)] = [
            ("a", "grave", "àÀ"), ("a", "acute", "áÁ"), ("a", "circ", "âÂ"), ("a", "tilde", "ãÃ"),
            ("a", "uml", "äÄ"), ("a", "ring", "åÅ"), ("e", "grave", "èÈ"), ("e", "acute", "éÉ"),
            ("e", "circ", "êÊ"), ("e", "uml", "ëË"), ("i", "grave", "ìÌ"), ("i", "acute", "íÍ"),
            ("i", "circ", "îÎ"), ("i", "uml", "ïÏ"), ("o", "grave", "òÒ"), ("o", "acute", "óÓ"),
            ("o", "circ", "ôÔ"), ("o", "tilde", "õÕ"), ("o", "uml", "öÖ"), ("u", "grave", "ùÙ"),
            ("u", "acute", "úÚ"), ("u", "circ", "ûÛ"), ("u", "uml", "üÜ"), ("y", "acute", "ýÝ"),
            ("n", "tilde", "ñÑ"), ("c", "cedil", "çÇ"), ("o", "slash", "øØ"),
        ]
        for (letter, accent, forms) in accented {
            let pair = Array(forms)
            table[letter + accent] = String(pair[0])
            table[letter.uppercased() + accent] = String(pair[1])
        }
        table["aelig"] = "æ"; table["AElig"] = "Æ"; table["yuml"] = "ÿ"
        table["eth"] = "ð"; table["ETH"] = "Ð"; table["thorn"] = "þ"; table["THORN"] = "Þ"
        return table
    }()
}
