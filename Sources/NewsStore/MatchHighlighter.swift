/// Finds in a passage what a MATCH expression matched, as UTF-8 byte ranges: each part's terms
/// consecutive in the passage's terms (the last one by prefix for `"…"*`), from the first
/// token's start to the last one's end — what FTS5's `highlight()` marks. Both sides go through
/// the index's tokenizer, so the terms compared are the ones FTS5 compared; doing it here spares
/// a `highlight()` query per article, each of which would expand the expression again.
struct MatchHighlighter {
    /// Per part: its terms, and whether the last is a prefix.
    private let parts: [(terms: [ArraySlice<UInt8>], isPrefix: Bool)]
    private let tokenizer: IndexTokenizer

    init(_ parts: [MatchExpression.Part], tokenizer: IndexTokenizer) {
        self.tokenizer = tokenizer
        self.parts = parts.map { part in
            let tokens = tokenizer.query(part.text, prefix: part.isPrefix)
            return ((0..<tokens.count).map(tokens.term), part.isPrefix)
        }
    }

    /// Where `text` matches the parts, in text order; overlaps are left to the caller.
    func ranges(in text: String) -> [Range<Int>] {
        let document = tokenizer.document(text)
        var ranges: [Range<Int>] = []
        for part in parts where !part.terms.isEmpty && part.terms.count <= document.count {
            let last = part.terms.count - 1
            for start in 0...(document.count - part.terms.count) {
                let matches = part.terms.indices.allSatisfy { offset in
                    let term = document.term(start + offset)
                    return offset == last && part.isPrefix ? term.starts(with: part.terms[offset]) : term == part.terms[offset]
                }
                if matches {
                    ranges.append(document.textRanges[start].lowerBound..<document.textRanges[start + last].upperBound)
                }
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
