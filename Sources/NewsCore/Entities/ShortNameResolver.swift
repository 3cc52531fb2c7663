import Foundation

/// Finds later short references to a person already named in full in the same article:
/// "Liang" after "Liang Wenfeng", "Mr Blair" or "Blair" after "Tony Blair".
///
/// A short name is the family name (the last word, or the first word when that is not a common
/// given name, as in "Liang Wenfeng"), must be capitalised in the text, and counts only after
/// the person's first full mention in the article. An honorific right before it ("Mr",
/// "Prime Minister") is included in the mention. When two people share a short name the one
/// named most recently wins.
enum ShortNameResolver {
    /// Adds short-name mentions to `mentions` (per passage of one article, sorted by start).
    /// `passages` are the passage texts (nil for passages that are not tagged).
    static func resolve(passages: [String?], mentions: inout [[Mention]], entities: [Entity]) {
        resolve(passages: passages, mentions: &mentions, entities: entities, keys: ShortNameKeys(entities))
    }

    /// As above, with the entities' short names computed beforehand (once per tagging run).
    static func resolve(passages: [String?], mentions: inout [[Mention]], entities: [Entity], keys: ShortNameKeys) {
        var known: [Substring: Int] = [:]
        for (index, text) in passages.enumerated() {
            guard let text else { continue }
            let existing = mentions[index]
            guard !known.isEmpty || existing.contains(where: { entities[$0.entity].type == .person }) else { continue }
            // Splitting into words costs far more than looking for the few short names that could
            // resolve here; when none occurs in the text, only the names this passage introduces
            // are noted.
            guard mayResolve(text, known: known, existing, entities, keys) else {
                for mention in existing where mention.via == .alias && entities[mention.entity].type == .person {
                    for key in keys[mention.entity] { known[key] = mention.entity }
                }
                continue
            }
            let words = WordTokens.words(in: text)
            var added: [Mention] = []
            var cursor = 0
            var w = 0
            while w < words.count {
                let word = words[w]
                // Full mentions passed so far make their short names available from here on.
                while cursor < existing.count, existing[cursor].range.lowerBound <= word.range.lowerBound {
                    let mention = existing[cursor]
                    if mention.via == .alias, entities[mention.entity].type == .person {
                        for key in keys[mention.entity] { known[key] = mention.entity }
                    }
                    cursor += 1
                }
                defer { w += 1 }
                guard word.isCapitalised, let entity = known[word.text],
                      !existing.contains(where: { $0.range.overlaps(word.range) }) else { continue }
                // "Blair House" or "Liang Wenfeng Group": part of a longer name, not the person.
                if word.joinsNext, w + 1 < words.count, words[w + 1].isCapitalised,
                   !HonorificWords.all.contains(String(words[w + 1].text)) { continue }
                var start = word.range.lowerBound
                if let honorific = honorificBefore(w, words, text) { start = honorific }
                added.append(Mention(entity: entity, passage: PassageID(article: 0, passage: index),
                                     range: start..<word.range.upperBound, via: .shortName))
            }
            for mention in existing[cursor...] where mention.via == .alias && entities[mention.entity].type == .person {
                for key in keys[mention.entity] { known[key] = mention.entity }
            }
            if !added.isEmpty {
                mentions[index] = (existing + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
    }

    /// Whether any short name known before or introduced in this passage occurs in `text` as bytes:
    /// a word equal to a key is such an occurrence, so a false answer means nothing to add.
    private static func mayResolve(_ text: String, known: [Substring: Int], _ existing: [Mention],
                                   _ entities: [Entity], _ keys: ShortNameKeys) -> Bool {
        for key in known.keys where occurs(key, in: text) { return true }
        for mention in existing where mention.via == .alias && entities[mention.entity].type == .person {
            for key in keys[mention.entity] where occurs(key, in: text) { return true }
        }
        return false
    }

    private static func occurs(_ key: Substring, in text: String) -> Bool {
        var text = text, key = key
        return text.withUTF8 { haystack in
            key.withUTF8 { needle in
                guard let base = haystack.baseAddress, let first = needle.first else { return needle.isEmpty }
                // memchr to each candidate first byte, then compare the rest.
                var offset = 0
                while haystack.count - offset >= needle.count {
                    guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else { return false }
                    let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + at, needle.baseAddress!, needle.count) == 0 { return true }
                    offset = at + 1
                }
                return false
            }
        }
    }

    /// Family-name keys of a full name.
    static func shortNames(of name: String) -> [Substring] {
        let parts = name.split(separator: " ").filter { part in
            part.count > 1 && !part.hasSuffix(".") && !HonorificWords.all.contains(String(part))
                && !DiscoveryStopWords.nameParticles.contains(String(part)) && !["Jr", "Sr", "II", "III"].contains(part)
        }
        guard parts.count >= 2 else { return [] }
        var keys = [parts[parts.count - 1]]
        if !DiscoveryLexicon.givenNames.contains(String(parts[0])) { keys.append(parts[0]) }
        return keys
    }

    /// Start of an honorific ("Mr", "Mr.", "Prime Minister") right before word `w`.
    private static func honorificBefore(_ w: Int, _ words: [WordToken], _ text: String) -> Int? {
        guard w > 0 else { return nil }
        let utf8 = Array(text.utf8)
        func adjacent(_ a: WordToken, _ b: WordToken) -> Bool {
            let gap = utf8[a.range.upperBound..<b.range.lowerBound]
            return gap.elementsEqual([0x20]) || gap.elementsEqual([0x2E, 0x20])
        }
        let previous = words[w - 1]
        guard adjacent(previous, words[w]) else { return nil }
        if w > 1, adjacent(words[w - 2], previous),
           HonorificWords.all.contains(words[w - 2].text + " " + previous.text) {
            return words[w - 2].range.lowerBound
        }
        return HonorificWords.all.contains(String(previous.text)) ? previous.range.lowerBound : nil
    }
}

/// Family-name keys of every person entity by id (none for other types): splitting a name and
/// checking its parts against word lists costs more than the lookups it serves, so it is done
/// once per entity rather than at every full mention.
struct ShortNameKeys: Sendable {
    private let keys: [[Substring]]

    init(_ entities: [Entity]) {
        keys = entities.map { $0.type == .person ? ShortNameResolver.shortNames(of: $0.name) : [] }
    }

    subscript(entity: Int) -> [Substring] { keys[entity] }
}

/// Titles written before a person's name.
enum HonorificWords {
    static let all: Set<String> = [
        "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor",
        "President", "Prime Minister", "Chancellor", "Senator", "Sen", "Rep", "Representative",
        "Governor", "Gov", "Secretary", "Minister", "Judge", "Justice", "Rev", "Reverend", "Father",
        "General", "Gen", "Colonel", "Captain", "Capt", "Commissioner", "Ambassador", "Mayor",
        "King", "Queen", "Prince", "Princess", "Pope", "Chairman", "Chairwoman", "Speaker",
        "Vice President", "Deputy Prime Minister", "Foreign Secretary", "Home Secretary",
        "Health Secretary", "Chief Executive", "Coach", "Manager", "Detective", "Inspector",
        "Sergeant", "Officer", "Premier", "Emperor",
    ]
}
