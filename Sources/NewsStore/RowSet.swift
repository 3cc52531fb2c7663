/// Row ids as a bit set: the rows an entity filter allows, tested once per match or posting
/// (`PhraseFrequencies`, `TermPostings`).
struct RowSet {
    private var words: [UInt64] = []

    init(_ rows: some Sequence<Int64>) {
        for row in rows where row >= 0 {
            let word = Int(row >> 6)
            if word >= words.count { words.append(contentsOf: repeatElement(0, count: word + 1 - words.count)) }
            words[word] |= 1 << UInt64(row & 63)
        }
    }

    func contains(_ row: Int64) -> Bool {
        let word = Int(row >> 6)
        return row >= 0 && word < words.count && words[word] & (1 << UInt64(row & 63)) != 0
    }
}
