/// Common English words that say nothing about what a passage is about; the linker and search
/// drop them so that overlap is measured on the words that carry the point.
///
/// Contraction fragments ("s", "t", "ll", "don") are here because the tokenizer splits at
/// apostrophes: "DeepSeek’s" gives "deepseek" and "s", and "don’t" gives "don" and "t".
public enum StopWords {
    public static let list: [String] = """
        a about above after again against all also am an and any are as at be because been before \
        being below between both but by can could did do does doing down during each few for from \
        further had has have having he her here hers herself him himself his how i if in into is it \
        its itself just me more most my myself no nor not now of off on once only or other our ours \
        ourselves out over own same she should so some such than that the their theirs them \
        themselves then there these they this those through to too under until up very was we were \
        what when where which while who whom why will with would you your yours yourself yourselves \
        s t d ll m re ve don doesn didn isn wasn aren weren hasn haven hadn won wouldn shouldn couldn \
        cannot mr mrs ms said says say may might must shall us also however yet still even \
        one two get got much many like well new
        """.split(separator: " ").map(String.init)

    /// The words as a byte-keyed table, so the tokenizer can test a token without making a String.
    static let table: Vocabulary = {
        var table = Vocabulary()
        for word in list {
            var bytes = Array(word.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { table.intern(UnsafeBufferPointer($0)) }
        }
        return table
    }()

    public static func contains(_ word: String) -> Bool {
        var bytes = Array(word.lowercased().utf8)
        return bytes.withUnsafeMutableBufferPointer { table.find(UnsafeBufferPointer($0)) != nil }
    }
}
