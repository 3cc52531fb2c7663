import Foundation

/// A money figure or percentage found in a text, before it is tied to a passage.
public struct ScannedFigure: Sendable, Hashable {
    public var kind: Figure.Kind
    /// UTF-8 byte range of the figure as written.
    public var range: Range<Int>
    public var value: Double
    /// "USD", "GBP", "EUR", "CNY", "JPY"; nil for percentages.
    public var currency: String?
    /// Normalised spelling shared by every way of writing the same amount ("$5.6 million" for
    /// "US$5.6m" and "$5,600,000"); used as the figure's entity name.
    public var canonical: String
}

/// Finds money figures and percentages in one left-to-right pass over the bytes:
/// an optional currency prefix ($, US$, £, €, ¥, RMB), a number (thousands commas, decimals) or a
/// range of two ("$60-65 billion"), an optional scale (million, bn, m, …), then a currency word
/// or a percent sign/word.
/// A bare number with neither currency nor percent is not a figure.
public enum FigureScanner {
    static let prefixes: [(bytes: [UInt8], currency: String)] = [
        (Array("US$".utf8), "USD"), (Array("$".utf8), "USD"), (Array("£".utf8), "GBP"),
        (Array("€".utf8), "EUR"), (Array("¥".utf8), "JPY"), (Array("RMB ".utf8), "CNY"),
    ]
    static let scales: [(word: String, bytes: [UInt8], factor: Double, attached: Bool)] = [
        ("trillion", 1e12, false), ("billion", 1e9, false), ("million", 1e6, false), ("thousand", 1e3, false),
        ("tn", 1e12, true), ("bn", 1e9, true), ("mn", 1e6, true), ("m", 1e6, true), ("k", 1e3, true),
    ].map { ($0.0, Array($0.0.utf8), $0.1, $0.2) }
    /// Upper-case codes ("USD") must match as written; words match in any case.
    static let currencyWords: [(bytes: [UInt8], currency: String, caseSensitive: Bool)] = [
        ("dollars", "USD"), ("dollar", "USD"), ("yuan", "CNY"), ("renminbi", "CNY"), ("pounds", "GBP"),
        ("pound", "GBP"), ("sterling", "GBP"), ("euros", "EUR"), ("euro", "EUR"), ("yen", "JPY"),
        ("USD", "USD"), ("GBP", "GBP"), ("EUR", "EUR"), ("CNY", "CNY"), ("RMB", "CNY"), ("JPY", "JPY"),
    ].map { (Array($0.0.utf8), $0.1, $0.0.uppercased() == $0.0) }
    static let percentWords = ["percent", "per cent", "pct"].map { Array($0.utf8) }

    /// Each passage's figures, by passage index; none in chrome or repeats, which are not read.
    public static func scan(passagesOf article: Article) -> [[ScannedFigure]] {
        article.passages.map { $0.kind.isContent ? scan($0.text) : [] }
    }

    public static func scan(_ text: String) -> [ScannedFigure] {
        var text = text
        return text.withUTF8 { scan(utf8: $0) }
    }

    public static func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [ScannedFigure] {
        var figures: [ScannedFigure] = []
        var i = 0
        while true {
            // Figures start with a digit, '$', "US$", '£'/'¥' (0xC2 …) or '€' (0xE2 …). The
            // "US$" prefix is tried from its '$': a 'U' not followed by "S$" never starts one.
            let from = i
            i = nextStart(bytes, from: i)
            guard i < bytes.count else { break }
            if bytes[i] == 0x24, i - 2 >= from, bytes[i - 2] == 0x55, bytes[i - 1] == 0x53,
               let figure = figure(at: i - 2, bytes) {
                figures.append(figure)
                i = figure.range.upperBound
            } else if i - 4 >= from, bytes[i - 1] == 0x20, has(rmb, at: i - 4, bytes), let figure = figure(at: i - 4, bytes) {
                // "RMB 380 billion", tried from its first digit like "US$" from its '$'.
                figures.append(figure)
                i = figure.range.upperBound
            } else if let figure = figure(at: i, bytes) {
                figures.append(figure)
                i = figure.range.upperBound
            } else {
                i += 1
            }
        }
        return figures
    }

    /// The first index from `start` holding a digit, '$', 0xC2 or 0xE2 (or the count). Most text
    /// has none of these for long stretches, so eight bytes are tested at a time.
    static func nextStart(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let count = bytes.count
        var i = start
        while i &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if mayHoldStart(word) { break }
            i &+= 8
        }
        while i < count {
            let byte = base[i]
            if (byte &- 0x30) < 10 || byte == 0x24 || byte == 0xC2 || byte == 0xE2 { return i }
            i &+= 1
        }
        return count
    }

    /// Whether any byte of `word` is a digit, '$', 0xC2 or 0xE2 (exact, no false negatives;
    /// the byte loop after it decides).
    @inline(__always)
    static func mayHoldStart(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        // Digits: of the low seven bits, those at least 0x30 and below 0x3A, with the high bit clear.
        let low = word & (ones &* 0x7F)
        let digits = (ones &* (127 + 0x3A) &- low) & ~word & (low &+ ones &* (127 - 0x2F)) & highs
        return digits != 0 || ComparableChunk.holds(word, 0x24) || ComparableChunk.holds(word, 0xC2)
            || ComparableChunk.holds(word, 0xE2)
    }

    /// The figure starting at `start`, if one does.
    static func figure(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> ScannedFigure? {
        guard !TextBytes.isWordBefore(bytes, start), !(start > 0 && (bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2C)) else { return nil }
        var i = start
        var currency: String? = nil
        for prefix in prefixes where has(prefix.bytes, at: i, bytes) {
            currency = prefix.currency
            i += prefix.bytes.count
            break
        }
        guard let (number, afterNumber) = number(at: i, bytes) else { return nil }
        i = afterNumber
        var value = number
        // A range, "$60-65 billion" or "10–15%": the scale and unit after the second number are
        // the first's too.
        var low: Double?
        if let (high, afterHigh) = rangeEnd(at: i, signAgain: currency != nil, bytes) {
            low = number
            value = high
            i = afterHigh
        }

        // Scale: " million" (spaced word) or "m"/"bn" attached to the number.
        var scaleWord: String? = nil
        for scale in scales {
            guard let end = scaleEnd(scale, at: i, bytes) else { continue }
            // An attached "m" with no currency is metres, not millions.
            if scale.attached && currency == nil { continue }
            value *= scale.factor
            low = low.map { $0 * scale.factor }
            scaleWord = scale.word
            i = end
            // "$60bn-$65bn": a second number with the same scale makes a range too.
            if low == nil, let (high, afterHigh) = rangeEnd(at: i, signAgain: currency != nil, bytes),
               let rangeEnd = scaleEnd(scale, at: afterHigh, bytes) {
                low = value
                value = high * scale.factor
                i = rangeEnd
            }
            break
        }

        // Percent.
        if currency == nil {
            if i < bytes.count && bytes[i] == UInt8(ascii: "%") {
                return make(.percentage, start, i + 1, value, low: low, nil, bytes)
            }
            for percent in percentWords where i < bytes.count && bytes[i] == 0x20 && word(percent, at: i + 1, bytes, caseSensitive: false) {
                return make(.percentage, start, i + 1 + percent.count, value, low: low, nil, bytes)
            }
        }
        // A currency word after the number: "1.91 trillion yuan", "$6 million dollars".
        if i < bytes.count && bytes[i] == 0x20 {
            for entry in currencyWords where word(entry.bytes, at: i + 1, bytes, caseSensitive: entry.caseSensitive) {
                if currency == nil || currency == entry.currency || (currency == "JPY" && entry.currency == "CNY") {
                    currency = entry.currency
                    i += 1 + entry.bytes.count
                }
                break
            }
        }
        guard let currency else { return nil }
        _ = scaleWord
        return make(.money, start, i, value, low: low, currency, bytes)
    }

    /// A range's value is its midpoint; its name gives both ends ("$60 billion–$65 billion").
    private static func make(_ kind: Figure.Kind, _ start: Int, _ end: Int, _ value: Double, low: Double? = nil,
                             _ currency: String?, _ bytes: UnsafeBufferPointer<UInt8>) -> ScannedFigure {
        guard let low else {
            return ScannedFigure(kind: kind, range: start..<end, value: value, currency: currency,
                                 canonical: canonicalName(kind: kind, value: value, currency: currency))
        }
        return ScannedFigure(kind: kind, range: start..<end, value: (low + value) / 2, currency: currency,
                             canonical: canonicalName(kind: kind, value: low, currency: currency) + "–"
                                 + canonicalName(kind: kind, value: value, currency: currency))
    }

    /// Where `scale` ends when it follows a number ending at `i`: attached ("bn") or after one
    /// space ("billion"), nil when it does not.
    private static func scaleEnd(_ scale: (word: String, bytes: [UInt8], factor: Double, attached: Bool), at i: Int,
                                 _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let at = scale.attached ? i : i + 1
        if !scale.attached && !(i < bytes.count && bytes[i] == 0x20) { return nil }
        return word(scale.bytes, at: at, bytes, caseSensitive: scale.attached) ? at + scale.bytes.count : nil
    }

    /// The second number of a range right after the first: a hyphen or en dash, the currency
    /// sign again when the first had one ("$60-$65"), then digits. Returns the number and the
    /// index after it.
    private static func rangeEnd(at start: Int, signAgain: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> (Double, Int)? {
        var i = start
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") {
            i += 1
        } else if has(enDash, at: i, bytes) {
            i += enDash.count
        } else {
            return nil
        }
        if signAgain, let sign = prefixes.first(where: { has($0.bytes, at: i, bytes) }) { i += sign.bytes.count }
        return number(at: i, bytes)
    }

    private static let enDash: [UInt8] = Array("–".utf8)
    private static let rmb: [UInt8] = Array("RMB ".utf8)

    /// "$5.6 million", "£195 billion", "1.91 trillion yuan", "$0.55", "12%".
    public static func canonicalName(kind: Figure.Kind, value: Double, currency: String?) -> String {
        if kind == .percentage { return format(value) + "%" }
        var amount: String
        switch abs(value) {
        case 1e12...: amount = format(value / 1e12) + " trillion"
        case 1e9...: amount = format(value / 1e9) + " billion"
        case 1e6...: amount = format(value / 1e6) + " million"
        default: amount = grouped(value == value.rounded() ? format(value) : fixed(value, decimals: 2))
        }
        switch currency {
        case "USD": return "$" + amount
        case "GBP": return "£" + amount
        case "EUR": return "€" + amount
        case "JPY": return "¥" + amount
        case "CNY": return amount + " yuan"
        default: return amount + " " + (currency ?? "")
        }
    }

    /// Thousands separated as news prints them: "30000" → "30,000", "1250.50" → "1,250.50".
    static func grouped(_ amount: String) -> String {
        let whole = amount.prefix { $0 != "." }
        guard whole.count > 3, whole.allSatisfy(\.isNumber) else { return amount }
        var digits = ""
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { digits.append(",") }
            digits.append(digit)
        }
        return digits + amount.dropFirst(whole.count)
    }

    /// Up to three decimals, trailing zeros dropped: 5.6, 1.91, 500; a small value keeps enough
    /// decimals to stay non-zero (0.0001%, not 0%).
    static func format(_ value: Double) -> String {
        var decimals = 3
        while decimals < 9, value != 0, abs(value) < 1, abs(value) * pow(10, Double(decimals)) < 1 { decimals += 1 }
        // Nearly every figure: a short decimal, its trailing zeros dropped in whole numbers
        // rather than by trimming a string (every figure of a corpus is named).
        let thousandths = (value * 1000).rounded()
        if decimals == 3, value >= 0, value.sign == .plus, thousandths < 1e12, abs(value * 1000 - thousandths) < 1e-6 {
            let whole = Int(thousandths) / 1000
            var fraction = Int(thousandths) % 1000, width = 3
            while width > 0, fraction % 10 == 0 { fraction /= 10; width -= 1 }
            guard width > 0 else { return String(whole) }
            let digits = String(fraction)
            return String(whole) + "." + String(repeating: "0", count: width - digits.utf8.count) + digits
        }
        var text = fixed(value, decimals: decimals)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `String(format: "%.<decimals>f", value)`. Figures are nearly always short decimals: when
    /// `value` lies within a millionth of a multiple of the last decimal, that multiple is the
    /// correctly rounded answer and is written from integers; anything else goes to C.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let unit = decimals == 2 ? 100.0 : 1000.0
        let scaled = value * unit
        let rounded = scaled.rounded()
        guard decimals == 2 || decimals == 3, value >= 0, value.sign == .plus, rounded < 1e12,
              abs(scaled - rounded) < 1e-6 else {
            return printf("%.\(decimals)f", value)
        }
        let whole = Int(rounded) / Int(unit), fraction = Int(rounded) % Int(unit)
        var digits = String(fraction)
        while digits.utf8.count < decimals { digits = "0" + digits }
        return String(whole) + "." + digits
    }

    /// C's formatting of one number, as `String(format:)` gives it but without Foundation's
    /// format parser, which cost more than the rest of the scan together.
    static func printf(_ format: String, _ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
            let written = format.withCString { format in
                withVaList([value]) { vsnprintf(buffer.baseAddress!, 64, format, $0) }
            }
            guard written >= 0, written < 64 else { return String(format: format, value) }
            return String(cString: buffer.baseAddress!)
        }
    }

    /// Digits with optional thousands commas and a decimal part.
    private static func number(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (Double, Int)? {
        var i = start
        func isDigit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        guard isDigit(i) else { return nil }
        while isDigit(i) { i += 1 }
        // Thousands groups: ",ddd" not followed by another digit.
        while i + 3 < bytes.count + 0, bytes[i] == 0x2C, isDigit(i + 1), isDigit(i + 2), isDigit(i + 3), !isDigit(i + 4) {
            i += 4
        }
        if i + 1 < bytes.count, bytes[i] == 0x2E, isDigit(i + 1) {
            i += 1
            while isDigit(i) { i += 1 }
        }
        // "3.1.2" or "12a" are not amounts.
        if i < bytes.count, TextBytes.isASCIIWord(bytes[i]) && !(bytes[i] == UInt8(ascii: "m") || bytes[i] == UInt8(ascii: "b") || bytes[i] == UInt8(ascii: "t") || bytes[i] == UInt8(ascii: "k")) {
            return nil
        }
        if let value = exactValue(start..<i, bytes) { return (value, i) }
        // The digits and decimal point without the thousands commas, for C's conversion.
        let digits = String(unsafeUninitializedCapacity: i - start) { out in
            var length = 0
            for k in start..<i where bytes[k] != 0x2C {
                out[length] = bytes[k]
                length += 1
            }
            return length
        }
        guard let value = Double(digits) else { return nil }
        return (value, i)
    }

    /// The value of a number of at most 15 significant digits and 22 decimals, worked out
    /// without a string: its digits as an integer, exact in a `Double`, divided by an exact
    /// power of ten is the correctly rounded quotient, the same `Double` as C's conversion gives.
    /// Every run of digits in a text is converted, years and scores too, so this is most of
    /// them. Nil for longer numbers.
    static func exactValue(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var mantissa: UInt64 = 0, digits = 0, decimals = 0, afterPoint = false
        for k in range {
            let byte = bytes[k]
            if byte == 0x2C { continue }
            if byte == 0x2E { afterPoint = true; continue }
            if mantissa > 0 || byte != 0x30 { digits += 1 }
            mantissa = mantissa &* 10 &+ UInt64(byte &- 0x30)
            if afterPoint { decimals += 1 }
        }
        guard digits <= 15, decimals <= 22 else { return nil }
        return Double(mantissa) / powersOfTen[decimals]
    }

    /// Exact: 10^22 = 2^22 · 5^22, and 5^22 is under 2^53.
    private static let powersOfTen: [Double] = (0...22).reduce(into: []) { powers, k in powers.append(k == 0 ? 1 : powers[k - 1] * 10) }

    private static func has(_ needle: [UInt8], at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + needle.count <= bytes.count else { return false }
        for k in 0..<needle.count where bytes[start + k] != needle[k] { return false }
        return true
    }

    /// `word` at `start`, ending at a word boundary.
    private static func word(_ needle: [UInt8], at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, caseSensitive: Bool) -> Bool {
        guard start + needle.count <= bytes.count else { return false }
        for k in 0..<needle.count {
            let t = bytes[start + k]
            if caseSensitive ? t != needle[k] : TextBytes.lower(t) != needle[k] { return false }
        }
        return !TextBytes.isWordAt(bytes, start + needle.count)
    }
}
