import GRDB

/// `passage_fts`'s own tokenizer (`IndexSchema.tokenizer`: Porter over unicode61), run from
/// Swift: the terms it makes of a text are the ones the index holds and a MATCH looks up, with
/// the byte range each came from. Made per use inside a database access: FTS5 tokenizers keep
/// scratch buffers and belong to their connection.
struct IndexTokenizer {
    /// A text's terms, stored one after another in `terms`.
    struct Tokens {
        var terms: [UInt8] = []
        /// Per token: its term's range in `terms`, and the UTF-8 byte range of the text it came from.
        var termRanges: [Range<Int>] = []
        var textRanges: [Range<Int>] = []

        var count: Int { termRanges.count }
        func term(_ index: Int) -> ArraySlice<UInt8> { terms[termRanges[index]] }
    }

    private let tokenizer: any FTS5Tokenizer

    init(_ db: Database) throws {
        tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: IndexSchema.tokenizer))
    }

    /// The terms of passage text, as the index was built from it.
    func document(_ text: String) -> Tokens { tokens(text, .document) }

    /// The terms of one quoted string of a MATCH expression, as FTS5 reads it; a prefix string
    /// is read as FTS5 reads `"…"*`.
    func query(_ text: String, prefix: Bool) -> Tokens { tokens(text, prefix ? [.query, .prefix] : .query) }

    private func tokens(_ text: String, _ tokenization: FTS5Tokenization) -> Tokens {
        var tokens = Tokens()
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            withUnsafeMutablePointer(to: &tokens) { sink in
                _ = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { start in
                    tokenizer.tokenize(context: sink, tokenization: tokenization, pText: start, nText: CInt(bytes.count)) {
                        context, _, term, length, start, end in
                        guard let context, let term, length >= 0 else { return 0 }
                        let tokens = context.assumingMemoryBound(to: Tokens.self)
                        let from = tokens.pointee.terms.count
                        term.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
                            tokens.pointee.terms.append(contentsOf: UnsafeBufferPointer(start: $0, count: Int(length)))
                        }
                        tokens.pointee.termRanges.append(from..<from + Int(length))
                        tokens.pointee.textRanges.append(Int(start)..<Int(max(start, end)))
                        return 0  // SQLITE_OK
                    }
                }
            }
        }
        return tokens
    }
}
