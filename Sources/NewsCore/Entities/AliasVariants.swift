/// Spellings the matcher compiles for one alias.
///
/// Spaces, hyphens and no-break spaces are one separator class inside the automaton, so
/// "DeepSeek R1" already matches "DeepSeek-R1". What the separator class cannot give is a break
/// inside a CamelCase word, so "DeepSeek" also yields "Deep Seek" (which in turn matches
/// "Deep-Seek"). Both halves must be at least two letters: "iPhone" is not split.
enum AliasVariants {
    static func spellings(of alias: String) -> [String] {
        let split = camelCaseSplit(alias)
        return split == alias ? [alias] : [alias, split]
    }

    /// Inserts a space at each lowercase→uppercase boundary inside a word.
    static func camelCaseSplit(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 4)
        var wordStart = 0
        for (index, byte) in bytes.enumerated() {
            if !TextBytes.isASCIIWord(byte) { wordStart = index + 1 }
            if index > 0, TextBytes.isUpper(byte), TextBytes.isLower(bytes[index - 1]),
               index - wordStart >= 2, index + 1 < bytes.count, TextBytes.isLower(bytes[index + 1]) {
                out.append(0x20)
                wordStart = index
            }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
