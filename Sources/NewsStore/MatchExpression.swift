import NewsCore

/// Turns a query's words and phrases into an FTS5 MATCH expression in which everything the user
/// typed is inside a double-quoted string: FTS5 reads such a string only as text to tokenise, so
/// `-`, `:`, `(`, `^`, `NEAR`, `AND`, `OR` and `NOT` typed in a query are words or separators,
/// never syntax, and no input can make the expression invalid.
///
/// - Words are split the way the linker splits them (`Tokenizer`): "Nvidia's" is `"Nvidia"`,
///   common words and one-letter words are left out, every remaining word must match (AND).
///   FTS5's tokenizer then stems each one (Porter) as it stems the indexed text.
/// - `robo*`: the word's last part is a prefix, `"robo"*`, kept even when it is a common word.
/// - A phrase is one string, common words included: FTS5 matches its tokens in order.
enum MatchExpression {
    /// One quoted string of the expression, all of which must match.
    struct Part: Hashable {
        var text: String
        /// Written `"text"*`: its last token is a prefix.
        var isPrefix: Bool

        var fts5: String { MatchExpression.quoted(text) + (isPrefix ? "*" : "") }
    }

    /// The parts the words and phrases make, each once; empty when they leave nothing to look for.
    static func parts(words: [String], phrases: [String]) -> [Part] {
        var parts: [Part] = []
        func add(_ part: Part) { if !parts.contains(part) { parts.append(part) } }
        for word in words {
            let (text, isPrefix) = SearchQuery.prefix(of: word)
            let stem = String(text)
            let tokens = Tokenizer.tokens(in: stem, keepStopWords: true)
            for (position, token) in tokens.enumerated() {
                let surface = TextOffsets.slice(stem, token.range)
                if isPrefix && position == tokens.count - 1 && token.range.upperBound == stem.utf8.count {
                    add(Part(text: surface, isPrefix: true))
                } else if !token.isStopWord {
                    add(Part(text: surface, isPrefix: false))
                }
            }
        }
        for phrase in phrases where !Tokenizer.tokens(in: phrase, keepStopWords: true).isEmpty {
            add(Part(text: String(String.UnicodeScalarView(phrase.unicodeScalars.map { isControl($0) ? " " : $0 })),
                     isPrefix: false))
        }
        return parts
    }

    /// The parts ANDed, or nil when there are none.
    static func expression(_ parts: [Part]) -> String? {
        parts.isEmpty ? nil : parts.map(\.fts5).joined(separator: " AND ")
    }

    static func build(words: [String], phrases: [String]) -> String? {
        expression(parts(words: words, phrases: phrases))
    }

    /// `text` as one FTS5 string. Control characters become spaces (phrases come without them
    /// already): FTS5 reads its expression as a C string, so a NUL would end it inside the
    /// quotes; the others are separators anyway.
    static func quoted(_ text: String) -> String {
        var inner = ""
        inner.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                inner += "\"\""
            } else if isControl(scalar) {
                inner += " "
            } else {
                inner.unicodeScalars.append(scalar)
            }
        }
        return "\"" + inner + "\""
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .control }
}
