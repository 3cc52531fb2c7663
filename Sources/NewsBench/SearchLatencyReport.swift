import Foundation
import NewsCore
import NewsStore

/// Query → results time of the search (parse, FTS5, ranking, highlights; top 50 articles, as the
/// reader's `/` asks), over queries drawn from the corpus's own passages so that each finds
/// something: single words, two words, phrases, prefixes, entities, entities with a word.
enum SearchLatencyReport {
    /// Queries per kind.
    static let perKind = 40

    /// `--search` / `--search-articles N`: reads, tags and indexes the corpus in memory, as
    /// `newsreader` does without a stored index, then times the queries.
    static func run(_ arguments: Arguments, catalog: String) throws -> [String] {
        var folder = arguments.source
        var label = "BBC"
        if let articles = arguments.searchArticles {
            let scale = try ScaleCorpus.build(from: arguments.source, into: arguments.work, articles: articles)
            folder = scale.folder
            label = "BBC replicated (\(scale.folder.lastPathComponent))"
        }
        let start = DispatchTime.now()
        let tagged = try NewsIndex.tag(paths: [folder.path], catalogFiles: [catalog], discover: true)
        let tagSeconds = Clock.seconds(since: start)
        let index = try MemoryIndex.build(tagged).index
        let buildSeconds = Clock.seconds(since: start) - tagSeconds
        return [String(format: "read + tag %.1f s; in-memory index (FTS5, postings) + link index %.1f s",
                       tagSeconds, buildSeconds)]
            + (try lines(index: index, label: label))
    }

    static func lines(index: NewsIndex, label: String) throws -> [String] {
        let queries = sample(index)
        for query in queries { _ = try index.search.search(query.text, limit: 50) }   // warm caches
        var times: [String: [Double]] = [:]
        var all: [Double] = []
        for query in queries {
            let start = DispatchTime.now()
            _ = try index.search.search(query.text, limit: 50)
            let milliseconds = Clock.seconds(since: start) * 1000
            times[query.kind, default: []].append(milliseconds)
            all.append(milliseconds)
        }
        var lines = ["search, query → top 50 articles, on \(label) (\(index.library.articleCount) articles; target p99 ≤ 10 ms):",
                     "  all: " + summary(all)]
        for kind in Kind.allCases.map(\.rawValue) where times[kind] != nil {
            let slowest = zip(queries, all).filter { $0.0.kind == kind }.max { $0.1 < $1.1 }
            lines.append("  \(kind): " + summary(times[kind]!)
                         + (slowest.map { String(format: " (slowest: %@)", $0.0.text) } ?? ""))
        }
        let slowest = zip(queries, all).sorted { $0.1 > $1.1 }.prefix(3)
        lines.append("  slowest: " + slowest.map { String(format: "%@ %.1f ms", $0.0.text, $0.1) }.joined(separator: ", "))
        return lines
    }

    enum Kind: String, CaseIterable {
        case word, words = "two words", phrase, prefix, entity, entityAndWord = "entity + word"
    }

    struct Query {
        var kind: String
        var text: String
    }

    /// Deterministic: passages picked by a fixed-seed generator.
    static func sample(_ index: NewsIndex) -> [Query] {
        var random = SplitMix(state: 7)
        var queries: [Query] = []
        let library = index.library
        var attempts = 0
        var counts: [Kind: Int] = [:]
        while counts.values.reduce(0, +) < perKind * Kind.allCases.count && attempts < 100_000 {
            attempts += 1
            let article = Int.random(in: 0..<library.articleCount, using: &random)
            let passages = library.article(article).passages.filter(\.kind.isContent)
            guard let passage = passages.randomElement(using: &random) else { continue }
            let tokens = Tokenizer.tokens(in: passage.text, keepStopWords: true)
            let words = tokens.filter { !$0.isStopWord && $0.range.count >= 4 }
                .map { TextOffsets.slice(passage.text, $0.range) }
                .filter { $0.allSatisfy(\.isLetter) }
            let id = PassageID(article: article, passage: passage.index)
            let entities = library.mentions(in: id).map { library.entities[$0.entity].name }
                .filter { !$0.contains(where: Self.isQuote) }
            guard let kind = Kind.allCases.first(where: { counts[$0, default: 0] < perKind }) else { break }
            let text: String?
            switch kind {
            case .word: text = words.randomElement(using: &random)
            case .words: text = words.count >= 2 ? "\(words[0]) \(words[words.count - 1])" : nil
            case .phrase:
                let pairs = zip(tokens, tokens.dropFirst()).filter { !$0.0.isStopWord && !$0.1.isStopWord }
                text = pairs.randomElement(using: &random)
                    .map { TextOffsets.slice(passage.text, $0.0.range.lowerBound..<$0.1.range.upperBound) }
                    .flatMap { $0.contains(where: Self.isQuote) ? nil : "\"\($0)\"" }
            case .prefix: text = words.randomElement(using: &random).map { String($0.prefix(4)) + "*" }
            case .entity: text = entities.randomElement(using: &random).map { "@\"\($0)\"" }
            case .entityAndWord:
                text = entities.randomElement(using: &random).flatMap { name in
                    words.randomElement(using: &random).map { "@\"\(name)\" \($0)" }
                }
            }
            guard let text else { continue }
            queries.append(Query(kind: kind.rawValue, text: text))
            counts[kind, default: 0] += 1
        }
        return queries
    }

    static func isQuote(_ character: Character) -> Bool { character == "\"" || character == "“" || character == "”" }

    static func summary(_ milliseconds: [Double]) -> String {
        let sorted = milliseconds.sorted()
        func at(_ fraction: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))] }
        return String(format: "%d queries, p50 %.2f ms, p99 %.2f ms, max %.2f ms", sorted.count, at(0.5), at(0.99), sorted.last ?? 0)
    }
}

/// A fixed-seed generator, so the sampled queries are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
