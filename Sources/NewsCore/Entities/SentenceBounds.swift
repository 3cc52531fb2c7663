/// Where sentences start in a passage, by byte offset: after '.', '!' or '?' followed by a space
/// and a capital, digit or opening quote, unless the full stop ends an abbreviation ("Mr.",
/// "U.S.", "Inc.") or sits inside a number.
enum SentenceBounds {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "prof",
        "gen", "gov", "sen", "rep", "rev", "lt", "col", "capt", "mt", "ft", "approx", "est", "dept",
    ]

    /// Sentence start offsets, beginning with 0.
    static func starts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        var i = 0
        while true {
            i = nextStop(bytes, from: i)
            guard i < bytes.count else { break }
            let byte = bytes[i]
            if byte == 0x2E || byte == 0x21 || byte == 0x3F {
                var j = i + 1
                // Closing quotes and brackets stay with the sentence they end.
                while j < bytes.count, bytes[j] == 0x22 || bytes[j] == 0x27 || bytes[j] == 0x29 { j += 1 }
                if j + 2 < bytes.count, bytes[j] == 0xE2, bytes[j + 1] == 0x80, bytes[j + 2] == 0x9D || bytes[j + 2] == 0x99 { j += 3 }
                if j < bytes.count, bytes[j] == 0x20 {
                    var k = j
                    while k < bytes.count && bytes[k] == 0x20 { k += 1 }
                    if k < bytes.count, opensSentence(bytes, k), !(byte == 0x2E && isAbbreviation(bytes, i)) {
                        starts.append(k)
                    }
                    i = k
                    continue
                }
            }
            i += 1
        }
        return starts
    }

    /// The first index from `start` holding '.', '!' or '?' (or the count): eight bytes are
    /// tested at a time, as most of a sentence is none of them.
    private static func nextStop(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        var i = start
        while i &+ 8 <= bytes.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if ComparableChunk.holds(word, 0x2E) || ComparableChunk.holds(word, 0x21) || ComparableChunk.holds(word, 0x3F) { break }
            i &+= 8
        }
        while i < bytes.count, base[i] != 0x2E, base[i] != 0x21, base[i] != 0x3F { i &+= 1 }
        return i
    }

    private static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int) -> Bool {
        let byte = bytes[k]
        if TextBytes.isUpper(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x22 || byte == 0x27 || byte == 0x24 { return true }
        // Curly opening quotes and non-ASCII capitals.
        return byte >= 0xC0
    }

    /// The word before the full stop at `dot` is an abbreviation or a single capital ("U.S.", "J.").
    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ dot: Int) -> Bool {
        var start = dot
        while start > 0, TextBytes.isASCIIWord(bytes[start - 1]) { start -= 1 }
        let length = dot - start
        if length == 1 && TextBytes.isUpper(bytes[start]) { return true }
        guard length > 0, length <= 6 else { return false }
        return abbreviationKeys.contains(key(UnsafeBufferPointer(rebasing: bytes[start..<dot])))
    }

    /// `abbreviations` as `key`s: the test runs at most full stops of a passage with a figure,
    /// and a `String` per word to look up cost more than finding the sentences.
    private static let abbreviationKeys = Set(abbreviations.map { word in Array(word.utf8).withUnsafeBufferPointer { key($0) } })

    /// Up to eight ASCII letters or digits lowercased into one number; words of other bytes
    /// never equal an abbreviation's key, as the callers only pass ASCII word bytes.
    private static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        word.reduce(0) { $0 << 8 | UInt64(TextBytes.lower($1)) }
    }

    /// Index of the sentence containing `offset`.
    static func sentence(of offset: Int, in starts: [Int]) -> Int {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}
