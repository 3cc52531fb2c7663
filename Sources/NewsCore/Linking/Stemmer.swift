/// Light plural stripping after Harman's "S" stemmer: plurals and their singulars meet
/// ("companies"/"company", "chips"/"chip") while words are never cut down to unreadable stems, so
/// the shared words shown in a link's "why" still read as words.
enum Stemmer {
    /// Stems the lowercased term in `term[0..<length]` in place; returns the new length.
    static func stem(_ term: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int {
        guard length > 3, term[length - 1] == UInt8(ascii: "s") else { return length }
        let last2 = term[length - 2], last3 = term[length - 3]
        let e = UInt8(ascii: "e"), i = UInt8(ascii: "i")
        if last2 == e && last3 == i {
            let before = term[length - 4]
            if before != e && before != UInt8(ascii: "a") {
                term[length - 3] = UInt8(ascii: "y")
                return length - 2
            }
            return length
        }
        if last2 == e {
            if last3 == UInt8(ascii: "a") || last3 == e || last3 == UInt8(ascii: "o") { return length }
            return length - 1
        }
        if last2 == UInt8(ascii: "u") || last2 == UInt8(ascii: "s") || last2 == i { return length }
        // After a digit only names are stemmed ("H800s" → "h800"): "1990s" stays a decade.
        let isLetter = { (byte: UInt8) in (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
        guard isLetter(last2) || isLetter(term[0]) else { return length }
        return length - 1
    }

    static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        let length = bytes.withUnsafeMutableBufferPointer { stem($0, length: $0.count) }
        return String(decoding: bytes[0..<length], as: UTF8.self)
    }
}
