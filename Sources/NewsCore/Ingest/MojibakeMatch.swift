/// A run of characters that re-encodes, in one code page, to a single UTF-8 character.
struct MojibakeMatch: Sendable {
    var start: Int
    /// Characters of the input consumed.
    var length: Int
    var output: [Unicode.Scalar]
    /// UTF-8 bytes behind the match (3 or more make accidental matches very unlikely).
    var byteCount: Int
    /// An ASCII space stood for byte 0xA0 (a no-break space flattened on the way).
    var usesSpace = false
    /// A byte the code page could not represent was inferred.
    var restoredLost = false
    /// The last byte was a flattened 0xA0 and the next characters are mojibake of the same script.
    var spaceJoined = false

    var end: Int { start + length }
}

extension MojibakeMatch {
    /// Bytes that Windows-1252 leaves undefined, hence the ones dropped by lossy decoders.
    static let lostBytes: [UInt8] = [0x81, 0x8D, 0x8F, 0x90, 0x9D]

    /// The match starting at `i`, if the characters there re-encode to valid UTF-8 in `page`.
    /// `before` is what precedes it once repaired, when a match ends right there.
    static func find(in s: [Unicode.Scalar], at i: Int, page: CodePage,
                     before: Unicode.Scalar? = nil) -> MojibakeMatch? {
        let previous: Unicode.Scalar? = before ?? (i > 0 ? s[i - 1] : nil)
        for lead in page.bytes(for: s[i]) {
            guard let n = MojibakeUTF8.length(lead: lead) else { continue }
            var slots: [[UInt8]] = []
            var wildcard = false
            var usesSpace = false
            var spaceLast = false
            var j = i + 1
            while slots.count < n - 1, j < s.count {
                let c = s[j]
                let isLast = slots.count == n - 2
                if c.value == 0xFFFD {
                    wildcard = true; slots.append([0x80])
                } else if c == " " {
                    // "Ã " and "Â " are common enough to take on their own; elsewhere a final
                    // space must be borne out by what follows (see `spaceLastMatch`).
                    spaceLast = isLast && !(n == 2 && (lead == 0xC2 || lead == 0xC3))
                    if !spaceLast { usesSpace = true }
                    slots.append([0xA0])
                } else {
                    let candidates = page.bytes(for: c).filter { (0x80...0xBF).contains($0) }
                    if candidates.isEmpty { break }
                    slots.append(candidates)
                }
                j += 1
            }
            if spaceLast, slots.count == n - 1, !wildcard {
                if let m = spaceLastMatch(in: s, at: i, lead: lead, slots: slots, page: page, before: previous) {
                    return m
                }
                // The space was a space: a lost byte before it may still be restored.
                slots.removeLast()
                j -= 1
            }
            if slots.count == n - 1 {
                if wildcard {
                    return MojibakeMatch(start: i, length: n, output: ["\u{FFFD}"], byteCount: n)
                }
                guard let best = bestDecoding(lead: lead, slots: slots, after: previous, chained: before != nil)
                else { continue }
                if MojibakeUTF8.isLowSurrogate(best) { continue }
                if MojibakeUTF8.isHighSurrogate(best) {
                    // CESU-8: a surrogate pair spelled as two three-byte sequences.
                    guard let low = lowSurrogate(in: s, at: j, page: page) else { continue }
                    let value = 0x10000 + ((best - 0xD800) << 10) + (low - 0xDC00)
                    guard let scalar = Unicode.Scalar(value) else { continue }
                    return MojibakeMatch(start: i, length: n + 3, output: [scalar], byteCount: 6)
                }
                return MojibakeMatch(start: i, length: n, output: [Unicode.Scalar(best)!],
                                     byteCount: n, usesSpace: usesSpace)
            }
            if !usesSpace, !wildcard, !slots.isEmpty,
               let value = restoreLost(lead: lead, slots: slots, after: previous),
               value >= 0x1F000 || value == 0xFE0F || !MojibakeScalars.isLetter(j < s.count ? s[j] : nil) {
                // Punctuation rebuilt this way must not run into a letter ("вЂа" is Cyrillic).
                return MojibakeMatch(start: i, length: 1 + slots.count, output: [Unicode.Scalar(value)!],
                                     byteCount: n, restoredLost: true)
            }
        }
        return nil
    }

    /// A match whose last byte is a space standing for 0xA0, accepted when the result is a letter
    /// whose word goes on in the same script ("Å veices" is "Šveices", "Ð Ñƒ" is "Ру"), or an emoji
    /// followed by more mojibake ("âš ï¸"). A closing quote's "ā€ " never qualifies: U+2020 † is
    /// neither, so the quote with its lost byte is restored instead.
    static func spaceLastMatch(in s: [Unicode.Scalar], at i: Int, lead: UInt8, slots: [[UInt8]],
                               page: CodePage, before previous: Unicode.Scalar?) -> MojibakeMatch? {
        guard let best = bestDecoding(lead: lead, slots: slots, after: previous),
              !MojibakeUTF8.isHighSurrogate(best), !MojibakeUTF8.isLowSurrogate(best),
              let scalar = Unicode.Scalar(best) else { return nil }
        let j = i + slots.count + 1
        guard j < s.count else { return nil }
        let following = s[j].value >= 0x80 ? find(in: s, at: j, page: page, before: scalar) : nil
        if MojibakeScalars.isLetter(scalar) {
            let neighbour = following?.output.first ?? s[j]
            guard MojibakeScalars.isLetter(neighbour),
                  MojibakeScalars.script(neighbour) == MojibakeScalars.script(scalar) else { return nil }
        } else if !(scalar.properties.isEmoji && following != nil) {
            return nil
        }
        return MojibakeMatch(start: i, length: slots.count + 1, output: [scalar], byteCount: slots.count + 1,
                             usesSpace: true, spaceJoined: following != nil)
    }

    static func lowSurrogate(in s: [Unicode.Scalar], at j: Int, page: CodePage) -> UInt32? {
        guard j + 2 < s.count else { return nil }
        let slots = [s[j + 1], s[j + 2]].map { page.bytes(for: $0).filter { (0x80...0xBF).contains($0) } }
        for lead in page.bytes(for: s[j]) where lead == 0xED {
            var found: UInt32?
            forEachCombination(slots) { tail in
                if let v = MojibakeUTF8.decode([lead] + tail), MojibakeUTF8.isLowSurrogate(v) { found = v }
            }
            if let found { return found }
        }
        return nil
    }

    /// The most believable character among the byte choices (a character may have several bytes).
    static func bestDecoding(lead: UInt8, slots: [[UInt8]], after previous: Unicode.Scalar?,
                             chained: Bool = false) -> UInt32? {
        var best: (value: UInt32, rank: Int)?
        forEachCombination(slots) { tail in
            guard let v = MojibakeUTF8.decode([lead] + tail) else { return }
            if MojibakeUTF8.isHighSurrogate(v) || MojibakeUTF8.isLowSurrogate(v) {
                if best == nil { best = (v, 2) }
                return
            }
            guard let rank = MojibakeScalars.plausibility(v, after: previous, chained: chained) else { return }
            if best == nil || rank < best!.rank { best = (v, rank) }
        }
        return best?.value
    }

    /// One lost byte anywhere after the lead, when the result is a character the surviving bytes
    /// pin down (typographic punctuation, an emoji, an emoji variation selector).
    static func restoreLost(lead: UInt8, slots: [[UInt8]], after previous: Unicode.Scalar?) -> UInt32? {
        var found = Set<UInt32>()
        forEachCombination(slots) { tail in
            for position in 0...tail.count {
                for lost in lostBytes {
                    var bytes = [lead] + tail
                    bytes.insert(lost, at: 1 + position)
                    if let v = MojibakeUTF8.decode(bytes), MojibakeScalars.isRestorable(v, after: previous) {
                        found.insert(v)
                    }
                }
            }
        }
        guard !found.isEmpty else { return nil }
        if found.count == 1 { return found.first }
        let ranked = found.sorted { (MojibakeScalars.emojiPreference($0), $0) < (MojibakeScalars.emojiPreference($1), $1) }
        let top = ranked.filter { MojibakeScalars.emojiPreference($0) == MojibakeScalars.emojiPreference(ranked[0]) }
        return top.count == 1 ? top[0] : nil
    }

    static func forEachCombination(_ slots: [[UInt8]], _ body: ([UInt8]) -> Void) {
        guard slots.allSatisfy({ !$0.isEmpty }) else { return }
        var indices = [Int](repeating: 0, count: slots.count)
        while true {
            body(indices.enumerated().map { slots[$0.offset][$0.element] })
            var k = slots.count - 1
            while k >= 0 {
                indices[k] += 1
                if indices[k] < slots[k].count { break }
                indices[k] = 0
                k -= 1
            }
            if k < 0 { return }
        }
    }
}
