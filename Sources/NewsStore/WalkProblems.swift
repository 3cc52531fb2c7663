import Foundation
import NewsCore

/// What a walk of the corpus paths reported without reading a file (a missing path, an
/// unsupported file), kept in `meta` as JSON so a library opened without walking reports the
/// same problems as the last refresh did.
enum WalkProblems {
    static func encode(_ problems: [LoadProblem]) -> String {
        let pairs = problems.map { [$0.path, $0.reason] }
        let data = (try? JSONEncoder().encode(pairs)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// Nothing for a missing or unreadable value: the problems are a report, not the corpus.
    static func decode(_ text: String?) -> [LoadProblem] {
        guard let text, let pairs = try? JSONDecoder().decode([[String]].self, from: Data(text.utf8)) else { return [] }
        return pairs.compactMap { $0.count == 2 ? LoadProblem(path: $0[0], reason: $0[1]) : nil }
    }
}
