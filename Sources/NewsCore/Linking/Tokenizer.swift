/// Splits text into normalised words for linking and search, shared by both so that a query word
/// finds exactly what the linker counts.
///
/// Rules: a word is a run of letters and digits (any script); apostrophes, hyphens and
/// punctuation separate words; a dot or comma between digits stays inside a number ("5.6",
/// "2,048" → "2048"). Words are lowercased; one-character words and `StopWords` are flagged as
/// stop words; other words ending in a letter lose a plural "s" (`Stemmer`).
public enum Tokenizer {
    /// Longer runs (URLs, hashes, garbage) are skipped: they never help to link.
    static let maxTermBytes = 48

    /// The words of `text`, stop words included only when asked for.
    public static func tokens(in text: String, keepStopWords: Bool = false) -> [Token] {
        var tokens: [Token] = []
        scan(text) { term, range, isStop in
            if isStop && !keepStopWords { return }
            tokens.append(Token(term: String(decoding: term, as: UTF8.self), range: range, isStopWord: isStop))
        }
        return tokens
    }

    /// The terms of `text` without stop words, in order.
    public static func terms(in text: String) -> [String] {
        tokens(in: text).map(\.term)
    }

    /// Calls `visit` with each word's normalised bytes (valid only during the call), its UTF-8
    /// range in `text` and whether it is a stop word. No allocation per word.
    ///
    /// With `normalise` false, words come lowercased only: not stemmed, never flagged as stop
    /// words; the index build classifies each distinct word once instead (`classify`).
    static func scan(_ text: String, normalise: Bool = true,
                     _ visit: (_ term: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ isStop: Bool) -> Void) {
        var text = text
        var scratch = [UInt8](repeating: 0, count: maxTermBytes + 8)
        // A local copy: reading the global table per word costs a lazy-init check and reference
        // counting of its arrays.
        let stopWords = StopWords.table
        text.withUTF8 { bytes in
            scratch.withUnsafeMutableBufferPointer { out in
                scanBytes(bytes, out, normalise ? stopWords : nil) { term, _, range, isStop in visit(term, range, isStop) }
            }
        }
    }

    /// The index build's scan: each word lowercased only (as `scan` with `normalise` false),
    /// with its `Vocabulary.Key`.
    static func scanLowercased(_ text: String, into scratch: inout [UInt8],
                               _ visit: (_ word: UnsafeBufferPointer<UInt8>, _ key: Vocabulary.Key, _ range: Range<Int>) -> Void) {
        var text = text
        if scratch.count < maxTermBytes + 8 { scratch = [UInt8](repeating: 0, count: maxTermBytes + 8) }
        text.withUTF8 { bytes in
            scratch.withUnsafeMutableBufferPointer { out in
                scanBytes(bytes, out, nil) { word, key, range, _ in visit(word, key!, range) }
            }
        }
    }

    /// The word scan itself; `visit` gets the word, its key (only without stop-word
    /// classification, which may stem the word; else nil), its range and whether it is a stop word.
    /// `out` has eight bytes of slack past `maxTermBytes`, so the key is read in whole chunks.
    @inline(__always)
    private static func scanBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ out: UnsafeMutableBufferPointer<UInt8>,
                                  _ stopWords: Vocabulary?,
                                  _ visit: (UnsafeBufferPointer<UInt8>, Vocabulary.Key?, Range<Int>, Bool) -> Void) {
        let count = bytes.count
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if !isAlphanumeric(byte) { index += 1; continue }
            } else {
                let (scalar, width) = decode(bytes, at: index)
                if !isWordScalar(scalar) { index += width; continue }
            }
            // A word starts here.
            let start = index
            var length = 0
            var overflow = false
            // Most words are a few ASCII letters and end at ASCII punctuation or a space: read
            // eight bytes at once, then the byte loop below has nothing left to do.
            var whole = false
            if index &+ 8 <= count {
                let (lowered, wordLength) = asciiWord(bytes.baseAddress! + index)
                let end = wordLength < 8 ? bytes[index &+ wordLength] : 0x80
                if end < 0x80 && end != UInt8(ascii: ".") && end != UInt8(ascii: ",") {
                    UnsafeMutableRawPointer(out.baseAddress!).storeBytes(of: lowered, as: UInt64.self)
                    length = wordLength
                    index &+= wordLength
                    whole = true
                }
            }
            while !whole, index < count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if isAlphanumeric(byte) {
                        if length < maxTermBytes {
                            let lower = lowercased(byte)
                            out[length] = lower
                            length += 1
                        } else {
                            overflow = true
                        }
                        index += 1
                        continue
                    }
                    if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")) && length > 0 && isDigit(out[length - 1])
                        && index + 1 < count && isDigit(bytes[index + 1]) {
                        if byte == UInt8(ascii: ".") && length < maxTermBytes {
                            out[length] = byte
                            length += 1
                        }
                        index += 1
                        continue
                    }
                    break
                }
                let (scalar, width) = decode(bytes, at: index)
                guard isWordScalar(scalar) else { break }
                if length + 8 <= maxTermBytes {
                    if scalar.properties.changesWhenLowercased {
                        for unit in scalar.properties.lowercaseMapping.utf8 {
                            out[length] = unit
                            length += 1
                        }
                    } else {
                        for offset in 0..<width {
                            out[length] = bytes[index + offset]
                            length += 1
                        }
                    }
                } else {
                    overflow = true
                }
                index += width
            }
            if overflow { continue }
            let range = start..<index
            guard let stopWords else {
                visit(UnsafeBufferPointer(rebasing: out[0..<length]), Vocabulary.key(padded: out.baseAddress!, count: length),
                      range, false)
                continue
            }
            let isStop = classify(out, length: &length, stopWords: stopWords)
            visit(UnsafeBufferPointer(rebasing: out[0..<length]), nil, range, isStop)
        }
    }

    /// The eight bytes at `at` with letters lowercased, and how many of them from the first are
    /// ASCII letters or digits (the first is one): `ComparableChunk`'s reading of eight bytes.
    /// Lowercasing is `| 0x20` for letters; bytes past the word are for the caller to ignore.
    @inline(__always)
    static func asciiWord(_ at: UnsafePointer<UInt8>) -> (lowered: UInt64, length: Int) {
        let chunk = ComparableChunk(UnsafeRawPointer(at).loadUnaligned(as: UInt64.self))
        return (chunk.lettersLowered, chunk.leadingWordBytes)
    }

    /// Whether the lowercased word in `word[0..<length]` is a stop word; if not, stems it in place.
    @inline(__always)
    static func classify(_ word: UnsafeMutableBufferPointer<UInt8>, length: inout Int, stopWords: Vocabulary) -> Bool {
        if length == 1 || stopWords.find(UnsafeBufferPointer(rebasing: word[0..<length])) != nil { return true }
        length = Stemmer.stem(word, length: length)
        return false
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool {
        byte &- UInt8(ascii: "0") < 10
    }

    @inline(__always) private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte | 0x20) &- UInt8(ascii: "a") < 26
    }

    @inline(__always) private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte &- UInt8(ascii: "A") < 26 ? byte | 0x20 : byte
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Decodes the scalar starting at a non-ASCII byte; malformed input reads as U+FFFD, width 1.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard width > 1, index + width <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(lead) & (0x7F >> UInt32(width))
        for offset in 1..<width {
            let unit = bytes[index + offset]
            guard unit & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(unit & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }
}
