import Foundation

/// A parsed search query: entity filters, phrases and words, all of which must match a passage.
///
/// Syntax (what the CLI's `search` and the reader's `/` accept):
///
///     word              the word must appear (every word: AND), stemmed (Porter), so "chips"
///                       finds "chip" and "trained" finds "training"; "Nvidia's" is "Nvidia", and
///                       common words ("the", "of") are left out
///     robo*             a word that starts so: robot, robots, robotics
///     "sputnik moment"  the words must appear together, in this order (common words included)
///     @nvidia           a passage about the entity: named directly or through one of its products
///                       (DeepSeek R1 counts for DeepSeek); the name or any alias, fuzzy as in the
///                       entity picker; the best candidate is taken
///     @"Liang Wenfeng"  an entity whose name has spaces (or @liang_wenfeng)
///     entity:Nvidia     the same as @Nvidia; entity:"Liang Wenfeng"
///
/// Example: `@nvidia @deepseek "export restrictions" chip*`. Parsing only splits the text;
/// resolving names and words against a corpus is the `PassageSearch`'s job. Anything else typed
/// (`-`, `(`, `^`, `OR`, `NEAR`) is text, never an operator.
public struct SearchQuery: Sendable, Hashable {
    /// Entity names as typed, resolved by `EntityLookup`.
    public var entities: [String]
    /// Phrases as typed, without quotes.
    public var phrases: [String]
    /// Words as typed.
    public var words: [String]

    public init(entities: [String] = [], phrases: [String] = [], words: [String] = []) {
        self.entities = entities
        self.phrases = phrases
        self.words = words
    }

    public var isEmpty: Bool { entities.isEmpty && phrases.isEmpty && words.isEmpty }

    /// A word as typed without its trailing `*`s, and whether it had any: "robo*" is the prefix
    /// "robo". Words keep their star in `words` so that messages quote what was typed.
    public static func prefix(of word: String) -> (text: Substring, isPrefix: Bool) {
        var text = Substring(word)
        while text.last == "*" { text.removeLast() }
        return (text, text.count < word.count)
    }

    public static func parse(_ text: String) throws(SearchQueryError) -> SearchQuery {
        var query = SearchQuery()
        let characters = Array(text)
        var index = 0
        /// Reads a quoted string starting at the opening quote; returns its content.
        func quoted() throws(SearchQueryError) -> String {
            let open = index
            index += 1
            let start = index
            while index < characters.count && !isQuote(characters[index]) { index += 1 }
            guard index < characters.count else {
                throw SearchQueryError(message: "unclosed quote: add a closing \" to end the phrase", column: open + 1)
            }
            defer { index += 1 }
            return String(characters[start..<index])
        }
        func bareWord() -> String {
            let start = index
            while index < characters.count && !characters[index].isWhitespace && !isQuote(characters[index]) { index += 1 }
            return String(characters[start..<index])
        }
        func entityName(from column: Int, prefix: String) throws(SearchQueryError) -> String {
            let name = index < characters.count && isQuote(characters[index]) ? try quoted() : bareWord()
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw SearchQueryError(message: "\(prefix) needs an entity name: \(prefix)nvidia or \(prefix)\"Liang Wenfeng\"",
                                       column: column)
            }
            return name
        }

        while index < characters.count {
            let character = characters[index]
            let column = index + 1
            if character.isWhitespace {
                index += 1
            } else if isQuote(character) {
                let phrase = try quoted()
                if !phrase.trimmingCharacters(in: .whitespaces).isEmpty { query.phrases.append(phrase) }
            } else if character == "@" {
                index += 1
                query.entities.append(try entityName(from: column, prefix: "@"))
            } else {
                let word = bareWord()
                if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
                   word[..<colon].allSatisfy(\.isLetter) {
                    let field = word[..<colon].lowercased()
                    guard field == "entity" else {
                        throw SearchQueryError(message: "unknown field \"\(word[..<colon]):\"; the only field is entity: (or write @name)",
                                               column: column)
                    }
                    // Re-read what follows the colon, which may be a quoted name.
                    index = column - 1 + word.distance(from: word.startIndex, to: colon) + 1
                    query.entities.append(try entityName(from: column, prefix: "entity:"))
                } else {
                    query.words.append(word)
                }
            }
        }
        guard !query.isEmpty else {
            throw SearchQueryError(message: "empty query: type words, a \"phrase\" or @entity", column: 1)
        }
        return query
    }

    private static func isQuote(_ character: Character) -> Bool {
        character == "\"" || character == "“" || character == "”"
    }
}

/// Why a query could not be read, with the 1-based column (in characters) where it went wrong.
public struct SearchQueryError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var column: Int

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }

    public var description: String { "column \(column): \(message)" }
}
