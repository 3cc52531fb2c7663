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
    ///
    /// Works on the passage's UTF-8: each short name known so far or introduced in the passage is
    /// searched for as bytes, and only where it occurs is the text around it measured the way
    /// `WordTokens` would split it. Splitting every passage into words cost far more than the
    /// handful of occurrences it served. A word matches a key byte for byte, not by Unicode
    /// canonical equivalence (news text and catalog names are both NFC in practice).
    static func resolve(passages: [String?], mentions: inout [[Mention]], entities: [Entity], keys: ShortNameKeys) {
        var known: [[UInt8]: Int] = [:]
        for (index, text) in passages.enumerated() {
            guard var text else { continue }
            let existing = mentions[index]
            guard !known.isEmpty || existing.contains(where: { entities[$0.entity].type == .person }) else { continue }
            let occurrences = text.withUTF8 { bytes in
                shortNameWords(in: ScalarReader(bytes), known: known, existing, entities, keys)
            }
            var added: [Mention] = []
            var cursor = 0
            for word in occurrences {
                // Full mentions passed so far make their short names available from here on.
                while cursor < existing.count, existing[cursor].range.lowerBound <= word.range.lowerBound {
                    let mention = existing[cursor]
                    if mention.via == .alias, entities[mention.entity].type == .person {
                        for key in keys[mention.entity] { known[key] = mention.entity }
                    }
                    cursor += 1
                }
                guard let entity = known[word.key],
                      !existing.contains(where: { $0.range.overlaps(word.range) }),
                      !word.continuesName else { continue }
                added.append(Mention(entity: entity, passage: PassageID(article: 0, passage: index),
                                     range: (word.honorificStart ?? word.range.lowerBound)..<word.range.upperBound,
                                     via: .shortName))
            }
            for mention in existing[cursor...] where mention.via == .alias && entities[mention.entity].type == .person {
                for key in keys[mention.entity] { known[key] = mention.entity }
            }
            if !added.isEmpty {
                mentions[index] = (existing + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
            }
        }
    }

    /// A capitalised word of the passage spelled exactly like a short-name key.
    private struct KeyWord {
        var range: Range<Int>
        var key: [UInt8]
        /// Followed by another capitalised word that is not an honorific ("Blair House"): part
        /// of a longer name, not the person.
        var continuesName: Bool
        /// Start of an honorific ("Mr", "Prime Minister") right before the word.
        var honorificStart: Int?
    }

    /// Capitalised words equal to a short name known before or introduced in this passage, by
    /// position. Whether a key is known at a given word is left to the caller, which walks the
    /// passage's full mentions alongside.
    private static func shortNameWords(in reader: ScalarReader, known: [[UInt8]: Int], _ existing: [Mention],
                                       _ entities: [Entity], _ keys: ShortNameKeys) -> [KeyWord] {
        var found: [KeyWord] = []
        for key in known.keys { collect(key, in: reader, outside: existing, into: &found) }
        var introduced: [[UInt8]] = []
        for mention in existing where mention.via == .alias && entities[mention.entity].type == .person {
            for key in keys[mention.entity] where known[key] == nil && !introduced.contains(key) {
                introduced.append(key)
                collect(key, in: reader, outside: existing, into: &found)
            }
        }
        // Distinct keys never make the same word, so positions are unique.
        if !introduced.isEmpty || known.count > 1 { found.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return found
    }

    /// Appends every occurrence of `key` that the tokeniser would read as a whole, capitalised
    /// word, leaving out those inside a full mention (`existing`, sorted by start and not
    /// overlapping): the surname of every "Tony Blair" is an occurrence of "Blair", and the
    /// caller would drop it after the words around it were read.
    private static func collect(_ key: [UInt8], in reader: ScalarReader, outside existing: [Mention],
                                into found: inout [KeyWord]) {
        let haystack = reader.bytes
        guard let base = haystack.baseAddress, let first = key.first else { return }
        key.withUnsafeBufferPointer { needle in
            // memchr to each candidate first byte, then compare the rest.
            var offset = 0
            while haystack.count - offset >= needle.count {
                guard let hit = memchr(base + offset, Int32(first), haystack.count - offset - needle.count + 1) else { return }
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offset = at + 1
                guard memcmp(base + at, needle.baseAddress!, needle.count) == 0 else { continue }
                let inside = existing.partitionPoint { $0.range.upperBound > at }
                if inside < existing.count, existing[inside].range.overlaps(at..<(at + needle.count)) { continue }
                if let word = keyWord(at: at, length: needle.count, key: key, reader) { found.append(word) }
            }
        }
    }

    /// The occurrence of a key at `start` as a `KeyWord`, or nil unless the tokeniser would start a
    /// word there, end it exactly after the key, and call it capitalised.
    ///
    /// No word runs across a space, so tokenising from just after a space gives the same words as
    /// tokenising the whole passage. Starting after the third space back also covers the two
    /// words before, which an honorific would be.
    private static func keyWord(at start: Int, length: Int, key: [UInt8], _ reader: ScalarReader) -> KeyWord? {
        var index = start, spaces = 0
        while index > 0 {
            if reader.bytes[index - 1] == 0x20 { spaces += 1; if spaces == 3 { break } }
            index -= 1
        }
        var previous: Range<Int>?, beforePrevious: Range<Int>?
        while index < start {
            let (value, width) = reader.scalar(at: index)
            guard ScalarReader.isWord(value) else { index &+= width; continue }
            let end = reader.word(from: index).end
            beforePrevious = previous
            previous = index..<end
            index = end
        }
        guard index == start, reader.isWord(at: start) else { return nil }
        let shape = reader.word(from: start)
        guard shape.end == start + length, shape.isCapitalised else { return nil }

        let end = shape.end
        var continuesName = false
        if end < reader.count, reader.bytes[end] == 0x20, reader.isWord(at: end + 1) {
            let next = reader.word(from: end + 1)
            continuesName = next.isCapitalised && !HonorificWords.all.contains(reader.string(end + 1..<next.end))
        }
        return KeyWord(range: start..<end, key: key, continuesName: continuesName,
                       honorificStart: honorificStart(before: start, previous, beforePrevious, reader))
    }

    /// Start of an honorific ("Mr", "Mr.", "Prime Minister") made of the words right before `start`.
    private static func honorificStart(before start: Int, _ previous: Range<Int>?, _ beforePrevious: Range<Int>?,
                                       _ reader: ScalarReader) -> Int? {
        func adjacent(_ a: Range<Int>, _ b: Int) -> Bool {
            let gap = reader.bytes[a.upperBound..<b]
            return gap.elementsEqual([0x20]) || gap.elementsEqual([0x2E, 0x20])
        }
        // Every honorific is capitalised ASCII: most words before a surname ("said", "the")
        // are ruled out before a string is made of them.
        func mayBeHonorific(_ word: Range<Int>) -> Bool { TextBytes.isUpper(reader.bytes[word.lowerBound]) }
        guard let previous, mayBeHonorific(previous), adjacent(previous, start) else { return nil }
        if let beforePrevious, mayBeHonorific(beforePrevious), adjacent(beforePrevious, previous.lowerBound),
           HonorificWords.all.contains(reader.string(beforePrevious) + " " + reader.string(previous)) {
            return beforePrevious.lowerBound
        }
        return HonorificWords.all.contains(reader.string(previous)) ? previous.lowerBound : nil
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
}

/// Family-name keys of every person entity by id (none for other types): splitting a name and
/// checking its parts against word lists costs more than the lookups it serves, so it is done
/// once per entity rather than at every full mention.
struct ShortNameKeys: Sendable {
    /// UTF-8 bytes of each key: the resolver searches passages for them as bytes.
    private let keys: [[[UInt8]]]

    init(_ entities: [Entity]) {
        keys = entities.map { $0.type == .person ? ShortNameResolver.shortNames(of: $0.name).map { Array($0.utf8) } : [] }
    }

    subscript(entity: Int) -> [[UInt8]] { keys[entity] }
}

/// Titles written before a person's name, each capitalised ASCII (`ShortNameResolver` relies on it).
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
