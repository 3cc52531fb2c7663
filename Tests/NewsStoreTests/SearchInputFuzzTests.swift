import Foundation
import NewsCore
import Testing
@testable import NewsStore

/// Hostile queries: whatever is typed, a search either answers or says why the query cannot be
/// run (`SearchQueryError`, `SearchError`); SQLite never sees a malformed MATCH expression.
@Suite struct SearchInputFuzzTests {
    /// Pieces people and fuzzers type: FTS5 syntax, quotes of every kind, words of the corpus,
    /// multi-byte text and control characters.
    static let pieces = [
        "\"", "“", "”", "'", "*", "-", "+", ":", "(", ")", "^", "{", "}", "[", "]", ",", ".", ";", "@", "_",
        "NEAR", "NEAR(", "AND", "OR", "NOT", "near/3", "text:", "rowid", "passage_fts", "\\", "/", "%", "?", "#",
        "chips", "Nvidia", "sputnik", "moment", "robo", "DeepSeek", "Liang", "café", "’s", "🐋", "e\u{301}",
        "\u{0}", "\n", "\t", "\u{7}", String(Unicode.Scalar(0xFDD0 as UInt32)!), " ", " ", "  ", "x", "5.6", "2,048", "$", "%", "entity:", "@\"",
        String(repeating: "a", count: 60),
    ]

    @Test func randomQueriesNeverReachSQLiteAsSyntax() throws {
        var random = SplitMix(state: 4)
        let index = SearchFixture.newsSearch
        var answered = 0
        for _ in 0..<400 {
            let query = (0..<Int.random(in: 1...8, using: &random))
                .map { _ in Self.pieces.randomElement(using: &random)! }
                .joined(separator: Bool.random(using: &random) ? " " : "")
            do {
                let results = try index.search(query, limit: 5)
                #expect(results.articles.count <= 5)
                answered += 1
            } catch is SearchQueryError {
            } catch is SearchError {
            } catch {
                Issue.record("\(query.debugDescription): \(error)")
            }
        }
        // Most random queries are well formed: the loop did reach SQLite.
        #expect(answered > 100)
    }
}
