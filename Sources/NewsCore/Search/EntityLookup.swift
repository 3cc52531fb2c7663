import Foundation

/// Finds entities by what a reader types: a name or any alias, case-insensitively, by prefix, by
/// the start of a later word ("wenfeng"), or with one typo for queries of four letters or more.
/// Used by the entity picker and to resolve `@name` in search queries.
public struct EntityLookup: Sendable {
    /// One spelling, lowercased, as Unicode scalar values with the offsets where its words start
    /// ("liang wenfeng": 0 and 6): the picker runs on every keystroke over every alias of a
    /// large corpus, so matching works on these arrays rather than on `String`s.
    struct Spelling: Sendable {
        var text: String
        var scalars: [UInt32]
        var wordStarts: [Int]

        init(_ text: String) {
            self.text = text
            scalars = text.unicodeScalars.map(\.value)
            wordStarts = [0]
            for index in scalars.indices.dropLast() where scalars[index] == 0x20 || scalars[index] == 0x2D {
                wordStarts.append(index + 1)
            }
        }
    }

    /// Each entity's spellings, the canonical name first.
    private let spellings: [[Spelling]]
    /// Entities by spelling: the candidates an exact query has, without scanning every spelling.
    private let exact: [String: [Int]]
    private let names: [String]
    /// Mentions in the corpus (products counted for themselves only): the tie-breaker.
    public let mentionCounts: [Int]

    public init(_ tagged: TaggedCorpus) {
        var counts = [Int](repeating: 0, count: tagged.entities.entities.count)
        for article in tagged.mentions {
            for passage in article {
                for mention in passage where mention.entity < counts.count { counts[mention.entity] += 1 }
            }
        }
        self.init(entities: tagged.entities, mentionCounts: counts)
    }

    /// - Parameter mentionCounts: per entity id, its mentions (products counted for themselves).
    public init(entities table: EntityTable, mentionCounts counts: [Int]) {
        let entities = table.entities
        names = entities.map(\.name)
        spellings = entities.map { entity in
            var seen = Set<String>()
            return ([entity.name] + entity.aliases.map(\.text)).map { $0.lowercased() }
                .filter { seen.insert($0).inserted }.map(Spelling.init)
        }
        mentionCounts = entities.indices.map { $0 < counts.count ? counts[$0] : 0 }
        var exact: [String: [Int]] = [:]
        for (entity, options) in spellings.enumerated() {
            for spelling in options { exact[spelling.text, default: []].append(entity) }
        }
        self.exact = exact
    }

    /// Candidates for `query`, best first: exact > prefix or word prefix > one typo, then by
    /// mention count, then shorter name.
    public func candidates(for query: String, limit: Int = 10) -> [EntityCandidate] {
        let needle = Self.normalised(query).unicodeScalars.map(\.value)
        guard !needle.isEmpty else { return [] }
        var found: [EntityCandidate] = []
        for (entity, options) in spellings.enumerated() {
            var best: (match: EntityCandidate.Match, alias: String)?
            for spelling in options {
                guard let match = Self.match(needle, spelling) else { continue }
                if best == nil || match < best!.match { best = (match, spelling.text) }
                if match == .exact { break }
            }
            if let best {
                found.append(EntityCandidate(entity: entity, name: names[entity], alias: best.alias,
                                             match: best.match, mentionCount: mentionCounts[entity]))
            }
        }
        // A name that starts with the query and one with a later word that does rank together
        // by how often they are mentioned: "blair" is Tony Blair before the Blair Witch Project.
        func tier(_ match: EntityCandidate.Match) -> Int { match == .wordPrefix ? EntityCandidate.Match.prefix.rawValue : match.rawValue }
        found.sort {
            (tier($0.match), -$0.mentionCount, $0.name.count, $0.name) < (tier($1.match), -$1.mentionCount, $1.name.count, $1.name)
        }
        return Array(found.prefix(limit))
    }

    /// The entity a query names, when any candidate matches: `candidates(for:limit: 1)`, which
    /// search asks for every `@name`. A name or alias typed in full needs no scan: exact matches
    /// rank before all others, and among themselves by mentions, then shorter name, then name.
    public func best(_ query: String) -> Int? {
        let key = Self.normalised(query)
        if !key.isEmpty, let entities = exact[key] {
            return entities.min { (-mentionCounts[$0], names[$0].count, names[$0]) < (-mentionCounts[$1], names[$1].count, names[$1]) }
        }
        return candidates(for: query, limit: 1).first?.entity
    }

    /// Lowercased, trimmed, with "_" read as a space so `@liang_wenfeng` works unquoted.
    static func normalised(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces)
    }

    private static func match(_ needle: [UInt32], _ spelling: Spelling) -> EntityCandidate.Match? {
        let alias = spelling.scalars
        if alias.count >= needle.count, hasPrefix(alias, 0, needle) {
            return alias.count == needle.count ? .exact : .prefix
        }
        for start in spelling.wordStarts.dropFirst() where hasPrefix(alias, start, needle) { return .wordPrefix }
        guard needle.count >= 4 else { return nil }
        for start in spelling.wordStarts where withinOneEdit(ofPrefixOf: alias, from: start, needle) { return .fuzzy }
        return nil
    }

    private static func hasPrefix(_ text: [UInt32], _ start: Int, _ prefix: [UInt32]) -> Bool {
        guard text.count - start >= prefix.count else { return false }
        for offset in prefix.indices where text[start + offset] != prefix[offset] { return false }
        return true
    }

    /// Whether some prefix of `word[start...]` is at most one insertion, deletion, substitution or
    /// swap of neighbours away from `needle` ("nvdia" → "nvidia", "deepsek" → "deepseek"). Linear:
    /// the first difference decides which single edit could explain it.
    static func withinOneEdit(ofPrefixOf word: [UInt32], from start: Int, _ needle: [UInt32]) -> Bool {
        let available = word.count - start
        var i = 0
        while i < needle.count, i < available, word[start + i] == needle[i] { i += 1 }
        if i == needle.count { return true }                          // a plain prefix
        if i == available { return needle.count - i == 1 }            // one letter typed past the end
        /// Whether needle[n...] is a prefix of word[start + w...].
        func rest(_ w: Int, _ n: Int) -> Bool {
            guard needle.count - n <= available - w else { return false }
            for k in 0..<(needle.count - n) where word[start + w + k] != needle[n + k] { return false }
            return true
        }
        if rest(i + 1, i + 1) { return true }                          // substitution
        if rest(i, i + 1) { return true }                              // an extra letter typed
        if rest(i + 1, i) { return true }                              // a letter left out
        if i + 1 < needle.count, i + 1 < available, word[start + i] == needle[i + 1],
           word[start + i + 1] == needle[i], rest(i + 2, i + 2) { return true }  // neighbours swapped
        return false
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
