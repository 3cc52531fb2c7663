import Foundation

/// Finds entities by what a reader types: a name or any alias, case-insensitively, by prefix, by
/// the start of a later word ("wenfeng"), or with one typo for queries of four letters or more.
/// Used by the entity picker and to resolve `@name` in search queries.
public struct EntityLookup: Sendable {
    /// Each entity's aliases, lowercased, with the canonical name first.
    private let aliases: [[String]]
    private let names: [String]
    /// Mentions in the corpus (products counted for themselves only): the tie-breaker.
    public let mentionCounts: [Int]

    public init(_ tagged: TaggedCorpus) {
        let entities = tagged.entities.entities
        names = entities.map(\.name)
        aliases = entities.map { entity in
            var seen = Set<String>()
            return ([entity.name] + entity.aliases.map(\.text)).map { $0.lowercased() }.filter { seen.insert($0).inserted }
        }
        var counts = [Int](repeating: 0, count: entities.count)
        for article in tagged.mentions {
            for passage in article {
                for mention in passage where mention.entity < counts.count { counts[mention.entity] += 1 }
            }
        }
        mentionCounts = counts
    }

    /// Candidates for `query`, best first: exact > prefix > word prefix > one typo, then by
    /// mention count, then shorter name.
    public func candidates(for query: String, limit: Int = 10) -> [EntityCandidate] {
        let needle = Self.normalised(query)
        guard !needle.isEmpty else { return [] }
        let needleCharacters = Array(needle)
        var found: [EntityCandidate] = []
        for (entity, spellings) in aliases.enumerated() {
            var best: (match: EntityCandidate.Match, alias: String)?
            for alias in spellings {
                guard let match = Self.match(needle, needleCharacters, alias) else { continue }
                if best == nil || match < best!.match { best = (match, alias) }
            }
            if let best {
                found.append(EntityCandidate(entity: entity, name: names[entity], alias: best.alias,
                                             match: best.match, mentionCount: mentionCounts[entity]))
            }
        }
        found.sort {
            ($0.match, -$0.mentionCount, $0.name.count, $0.name) < ($1.match, -$1.mentionCount, $1.name.count, $1.name)
        }
        return Array(found.prefix(limit))
    }

    /// The entity a query names, when any candidate matches.
    public func best(_ query: String) -> Int? { candidates(for: query, limit: 1).first?.entity }

    /// Lowercased, trimmed, with "_" read as a space so `@liang_wenfeng` works unquoted.
    static func normalised(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func match(_ needle: String, _ needleCharacters: [Character], _ alias: String) -> EntityCandidate.Match? {
        if alias == needle { return .exact }
        if alias.hasPrefix(needle) { return .prefix }
        let words = alias.split { $0 == " " || $0 == "-" }
        if words.dropFirst().contains(where: { $0.hasPrefix(needle) }) { return .wordPrefix }
        guard needleCharacters.count >= 4 else { return nil }
        let candidates = [Substring(alias)] + (words.count > 1 ? words : [])
        for word in candidates where withinOneEdit(ofPrefixOf: Array(word), needleCharacters) { return .fuzzy }
        return nil
    }

    /// Whether some prefix of `word` is at most one insertion, deletion, substitution or swap of
    /// neighbours away from `needle` ("nvdia" → "nvidia", "deepsek" → "deepseek").
    static func withinOneEdit(ofPrefixOf word: [Character], _ needle: [Character]) -> Bool {
        for length in max(needle.count - 1, 1)...(needle.count + 1) where length <= word.count {
            if distance(Array(word[0..<length]), needle, atMost: 1) <= 1 { return true }
        }
        return false
    }

    /// Optimal string alignment distance (Levenshtein plus adjacent swaps), stopping early past
    /// `limit`.
    static func distance(_ a: [Character], _ b: [Character], atMost limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, before[j - 2] + 1) }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

/// One entity offered for what the reader typed.
public struct EntityCandidate: Sendable, Hashable {
    /// How the typed text met the entity, best first.
    public enum Match: Int, Sendable, Hashable, Comparable {
        case exact
        case prefix
        case wordPrefix
        case fuzzy

        public static func < (lhs: Match, rhs: Match) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var entity: Int
    public var name: String
    /// The spelling that matched, lowercased.
    public var alias: String
    public var match: Match
    public var mentionCount: Int
}
