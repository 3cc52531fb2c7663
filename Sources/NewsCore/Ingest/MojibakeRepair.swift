/// Repairs runs of UTF-8 that were decoded with a single-byte code page and saved again.
///
/// Two passes, after ftfy's ideas: when every non-ASCII character of the text re-encodes to valid
/// UTF-8 in one code page, the text was consistently mangled and weaker evidence suffices; else
/// only runs with strong evidence (three or more bytes, or classic two-character patterns) are
/// repaired, one by one, so correct characters next to them stay as they are.
public enum MojibakeRepair {
    public static func repair(_ text: String) -> String {
        repairReport(text).text
    }

    public struct Report: Sendable, Hashable {
        public var text: String
        /// Runs of mojibake replaced (over all rounds).
        public var repairedRuns: Int
    }

    public static func repairReport(_ text: String) -> Report {
        // Fast paths: ASCII, or no place where a mis-decoded UTF-8 sequence could start.
        // (`utf8.contains(where:)` walked the view index by index: 7% of a parse; the stored
        // bytes are OR-ed together instead.)
        guard !TextShape.withUTF8(text, TextShape.isASCII) else { return Report(text: text, repairedRuns: 0) }
        guard MojibakePrescan.mayContainMojibake(text) else { return Report(text: text, repairedRuns: 0) }
        var scalars = Array(text.unicodeScalars)
        var runs = 0
        // Text mangled twice or three times needs as many rounds.
        for round in 0..<3 {
            // After a round, most text is clean: the pre-scan says so faster than a new round.
            if round > 0, !MojibakePrescan.mayContainMojibake(scalars) { break }
            guard let (next, count) = repairOnce(scalars) else { break }
            scalars = next
            runs += count
        }
        let (cleaned, c1) = MojibakeC1.replace(scalars)
        runs += c1
        guard runs > 0 else { return Report(text: text, repairedRuns: 0) }
        return Report(text: MojibakeUTF8.string(cleaned), repairedRuns: runs)
    }

    static func repairOnce(_ s: [Unicode.Scalar]) -> ([Unicode.Scalar], Int)? {
        if let matches = consistentMatches(s) { return (apply(matches, to: s), matches.count) }
        let matches = strongMatches(s)
        return matches.isEmpty ? nil : (apply(matches, to: s), matches.count)
    }

    /// Matches covering every non-ASCII character in one page, when they make a believable whole.
    static func consistentMatches(_ s: [Unicode.Scalar]) -> [MojibakeMatch]? {
        let hasC1 = s.contains { (0x80...0x9F).contains($0.value) }
        pages: for page in hasC1 ? CodePage.allISOFirst : CodePage.all {
            var matches: [MojibakeMatch] = []
            var i = 0
            while i < s.count {
                if s[i].value < 0x80 { i += 1; continue }
                let before = matches.last.flatMap { $0.end == i ? $0.output.last : nil }
                guard let m = MojibakeMatch.find(in: s, at: i, page: page, before: before) else { continue pages }
                matches.append(m)
                i = m.end
            }
            guard !matches.isEmpty else { continue }
            let solid = matches.filter { !$0.usesSpace }
            guard !solid.isEmpty || matches.contains(where: { followsLowercase($0, s) }) else { continue }
            // Two-character matches need an odd pair, except whole words of another script
            // (Cyrillic, Greek, Hebrew read as Windows-1252), where several matches agree.
            let evident = matches.contains { $0.byteCount >= 3 || $0.restoredLost || isOddPair($0, s) }
                || (matches.filter(isForeign).count >= 2)
            guard evident else { continue }
            if matches.count == 1, let m = matches.first, isForeign(m), !isWordInternal(m, s) { continue }
            return matches
        }
        return nil
    }

    /// Matches with enough evidence on their own, in text that also holds correct characters.
    static func strongMatches(_ s: [Unicode.Scalar]) -> [MojibakeMatch] {
        var candidates: [MojibakeMatch] = []
        var letterPairs: [MojibakeMatch] = []
        var i = 0
        while i < s.count {
            if s[i].value < 0x80 { i += 1; continue }
            // A complete match in any page beats one that needs a lost byte.
            let before = candidates.last.flatMap { $0.end == i ? $0.output.last : nil }
            let all = CodePage.windows.compactMap { MojibakeMatch.find(in: s, at: i, page: $0, before: before) }
            let found = all.filter { isStrong($0, s) }
            let chosen = found.first { !$0.restoredLost } ?? found.first
            if let chosen { candidates.append(chosen); i = chosen.end; continue }
            if let pair = all.first(where: { $0.length == 2 && isForeign($0) }) { letterPairs.append(pair) }
            i += 1
        }
        candidates = joiningForeignWords(candidates, letterPairs)
        // Drop matches that sit against leftover mojibake-like symbols (a hopeless garble) and
        // lone foreign letters; repeat, since dropping one exposes its neighbours.
        while true {
            var covered = Set<Int>()
            for m in candidates { covered.formUnion(m.start..<m.end) }
            let kept = candidates.enumerated().filter { index, m in
                let neighbours = [m.start - 1, m.end].filter { s.indices.contains($0) && !covered.contains($0) }
                if neighbours.contains(where: { isLeftoverSymbol(s[$0]) }) { return false }
                if isInsideGarble(m, s, covered: covered) { return false }
                if isForeign(m) {
                    let joined = (index > 0 && candidates[index - 1].end == m.start)
                        || (index + 1 < candidates.count && candidates[index + 1].start == m.end)
                    if !joined && !isWordInternal(m, s) { return false }
                }
                return true
            }.map(\.element)
            if kept.count == candidates.count { break }
            candidates = kept
        }
        let solid = candidates.contains { !$0.usesSpace }
        return candidates.filter { !$0.usesSpace || solid || followsLowercase($0, s) }
    }

    static func isStrong(_ m: MojibakeMatch, _ s: [Unicode.Scalar]) -> Bool {
        if m.byteCount >= 3 || m.restoredLost { return true }
        if m.usesSpace { return s[m.start].value == 0xC3 || m.spaceJoined }
        let a = s[m.start], b = s[m.start + 1]
        let next: Unicode.Scalar? = m.end < s.count ? s[m.end] : nil
        if a.value == 0xC3 || a.value == 0xC2 {
            // "Ã" and "Â" then a Windows-1252 symbol is the classic pattern; "¥¤¦" are left
            // out because they also arise from MacRoman and from currency text.
            if [0xA5, 0xA4, 0xA6].contains(b.value) { return false }
            if (b.value == 0x2019 || b.value == 0x27), MojibakeScalars.isLetter(next) { return false }
            return true
        }
        return isOddPair(m, s)
    }

    /// Two characters that do not belong together in real text: a symbol glued inside a word, an
    /// opening quote straight after a letter, a closing mark followed by more word.
    static func isOddPair(_ m: MojibakeMatch, _ s: [Unicode.Scalar]) -> Bool {
        guard m.length == 2 else { return false }
        let a = s[m.start], b = s[m.start + 1]
        let previous: Unicode.Scalar? = m.start > 0 ? s[m.start - 1] : nil
        let next: Unicode.Scalar? = m.end < s.count ? s[m.end] : nil
        if a.value == 0xC3 || a.value == 0xC2 {
            return !((b.value == 0x2019 || b.value == 0x27) && MojibakeScalars.isLetter(next))
        }
        if b.properties.isWhitespace { return false }
        if m.output.first?.properties.isLowercase == true,
           previous?.properties.isUppercase == true, next?.properties.isLowercase != true { return false }
        if MojibakeScalars.isClosing(b) { return MojibakeScalars.isLetterOrDigit(next) }
        if MojibakeScalars.isOpening(b) {
            return MojibakeScalars.isLetter(a) || MojibakeScalars.isLetterOrDigit(previous)
        }
        if !MojibakeScalars.isLetter(a) || !MojibakeScalars.isLetter(b) {
            // A combining mark over digits counts like one over letters ("6̶3̶" struck out).
            if m.output.first?.properties.generalCategory == .nonspacingMark {
                return MojibakeScalars.isLetterOrDigit(previous) || MojibakeScalars.isLetterOrDigit(next)
            }
            return MojibakeScalars.isLetter(previous) || MojibakeScalars.isLetter(next)
        }
        return false
    }

    static func isForeign(_ m: MojibakeMatch) -> Bool {
        m.output.contains { MojibakeScalars.isForeignLetter($0.value) }
    }

    static func isWordInternal(_ m: MojibakeMatch, _ s: [Unicode.Scalar]) -> Bool {
        m.start > 0 && m.end < s.count && MojibakeScalars.isLetter(s[m.start - 1]) && MojibakeScalars.isLetter(s[m.end])
    }

    static func followsLowercase(_ m: MojibakeMatch, _ s: [Unicode.Scalar]) -> Bool {
        m.start > 0 && s[m.start - 1].properties.isLowercase
    }

    /// Whether the word holding a match is mostly mojibake that no match explains (a garble
    /// mangled past repair): fixing one run there only makes the rest look deliberate.
    static func isInsideGarble(_ m: MojibakeMatch, _ s: [Unicode.Scalar], covered: Set<Int>) -> Bool {
        var start = m.start, end = m.end
        while start > 0, !s[start - 1].properties.isWhitespace { start -= 1 }
        while end < s.count, !s[end].properties.isWhitespace { end += 1 }
        let word = start..<end
        let unexplained = word.filter {
            !covered.contains($0) && s[$0].value >= 0x80 && CodePage.suspects.contains(s[$0].value)
        }.count
        return unexplained >= 3 && unexplained > word.filter(covered.contains).count
    }

    static func isLeftoverSymbol(_ c: Unicode.Scalar) -> Bool {
        c.value >= 0x80 && !c.properties.isAlphabetic && CodePage.suspects.contains(c.value)
            && !c.properties.isWhitespace && !MojibakeScalars.restorablePunctuation.contains(c.value)
    }

    /// Portuguese writes "à" + "aquele/aquela/aquilo" as one word ("àquele"), so no space
    /// was lost there, unlike French "à quel".
    static func isCrasisContraction(_ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        let word = String(String.UnicodeScalarView(rest.prefix { $0.properties.isAlphabetic }))
        return ["quele", "quela", "queles", "quelas", "quilo"].contains(word)
    }

    static func apply(_ matches: [MojibakeMatch], to s: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        for m in matches {
            out.append(contentsOf: s[i..<m.start])
            out.append(contentsOf: m.output)
            i = m.end
            if m.usesSpace, m.output == ["\u{E0}"] {
                // The space was a flattened no-break space; a real space after "à" may have merged
                // into it. Restore it unless one follows, or the word is Portuguese "às".
                let next: Unicode.Scalar? = i < s.count ? s[i] : nil
                let afterNext: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
                let isAs = next == "s" && !(afterNext.map { $0.properties.isAlphabetic || $0 == "'" } ?? false)
                if next != " " && !isAs && !isCrasisContraction(s[i...]) { out.append(" ") }
            }
        }
        out.append(contentsOf: s[i...])
        return out
    }
}
