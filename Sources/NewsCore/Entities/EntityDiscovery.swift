import Foundation

/// Finds names nobody wrote a catalog entry for: recurring capitalised word sequences
/// ("Tony Blair", "Bank of England"), acronyms ("BBC", "EU") and model numbers ("H800",
/// "GPT-4", "PS3") that occur in at least `minimumArticles` articles.
///
/// Filters, all general: words only ever seen at a sentence start are dropped (they are
/// capitalised for grammar, not because they are names); stop words (function words, weekdays,
/// months, honorifics, generic capitalised words) are stripped from the edges of sequences and
/// never stand alone; headline-style passages (mostly capitalised or all caps) are skipped; text
/// a catalog alias already covers is not looked at; single words that are a family name of a
/// discovered person are left to the short-name resolver.
public enum EntityDiscovery {
    public static let minimumArticles = 2

    /// What was seen of one candidate name.
    public struct Evidence: Sendable, Hashable {
        public var articles = 0
        public var occurrences = 0
        /// Occurrences not at a sentence start.
        public var midSentence = 0
        /// Occurrences right after an honorific ("Mr Blair"); for a name of two or three words,
        /// also its last word's in the articles that name it in full ("Ms Vestager").
        public var afterHonorific = 0
        /// For a single word, how often the articles that capitalise it also write it in lower
        /// case ("Up" in the song "Wake Me Up", "up" all through the article): a common word
        /// capitalised for a title, not a name.
        public var lowercase = 0
        /// Occurrences followed by a word said of organisations ("Chelsea manager", "Sony's
        /// profits", "Labour MPs": `DiscoveryLexicon.organisationCues`).
        public var organisationCues = 0
        /// A function of the name alone (see `codeKind`), so the order evidence is merged in
        /// does not matter.
        public var kind: Kind = .name

        public init(articles: Int = 0, occurrences: Int = 0, midSentence: Int = 0, afterHonorific: Int = 0,
                    lowercase: Int = 0, organisationCues: Int = 0, kind: Kind = .name) {
            self.articles = articles
            self.occurrences = occurrences
            self.midSentence = midSentence
            self.afterHonorific = afterHonorific
            self.lowercase = lowercase
            self.organisationCues = organisationCues
            self.kind = kind
        }

        public mutating func merge(_ other: Evidence) {
            articles += other.articles
            occurrences += other.occurrences
            midSentence += other.midSentence
            afterHonorific += other.afterHonorific
            lowercase += other.lowercase
            organisationCues += other.organisationCues
            kind = other.kind
        }
    }

    public enum Kind: Sendable, Hashable { case name, acronym, model }

    /// Discovered entities, most widespread first, ids numbered from `firstID`; none of them
    /// is a name `known` entities already cover.
    public static func discover(_ corpus: Corpus, known: [Entity], firstID: Int = 0) -> [Entity] {
        let knownMatcher = AliasMatcher(entities: known)
        let perArticle = Parallel.map(corpus.articles) { article in
            TagEvidence(names: candidates(in: article, knownMatcher: knownMatcher), figures: [])
        }
        return entities(from: TagEvidence.merged(perArticle), known: known, knownMatcher: knownMatcher, firstID: firstID)
    }

    // MARK: Candidates in one article

    /// One article's candidate names, each with `articles` 1.
    public static func candidates(in article: Article, knownMatcher: AliasMatcher) -> [String: Evidence] {
        var found: [String: Evidence] = [:]
        // Where each name first appears, in recording order: an expansion comes first.
        var firstSeen: [String: Int] = [:]
        func record(_ name: String, _ kind: Kind, initial: Bool, honorific: Bool, organisational: Bool = false) {
            if firstSeen[name] == nil { firstSeen[name] = firstSeen.count }
            var entry = found[name, default: Evidence()]
            entry.articles = 1
            entry.occurrences += 1
            entry.midSentence += initial ? 0 : 1
            entry.afterHonorific += honorific ? 1 : 0
            entry.organisationCues += organisational ? 1 : 0
            entry.kind = kind
            found[name] = entry
        }
        var passageWords: [[WordToken]] = []
        for passage in article.passages where passage.kind.isContent && passage.kind != .heading {
            let words = WordTokens.words(in: passage.text)
            passageWords.append(words)
            guard words.count >= 2 else { continue }
            let capitalised = words.filter(\.isCapitalised).count
            let allCaps = words.filter(\.isAllCaps).count
            // Headlines and shouted chrome: every word capitalised, nothing to learn from case.
            if allCaps * 2 >= words.count && words.count >= 3 { continue }
            if capitalised * 4 >= words.count * 3 && words.count >= 6 { continue }
            // Matches are sorted and do not overlap: the one a word may overlap is found by a
            // binary search, so a long passage full of known names costs no scan per word.
            let covered = knownMatcher.matches(in: passage.text).map(\.range)
            func isCovered(_ word: WordToken) -> Bool {
                let at = covered.partitionPoint { $0.upperBound > word.range.lowerBound }
                return at < covered.count && covered[at].overlaps(word.range)
            }

            var w = 0
            while w < words.count {
                let word = words[w]
                guard word.isCapitalised else { w += 1; continue }
                // Grow a run of capitalised words joined by single spaces or " & " ("Marks &
                // Spencer"), particles allowed inside.
                var run = [w]
                var next = w
                while words[next].joinsNext || words[next].ampersandNext, next + 1 < words.count {
                    let candidate = words[next + 1]
                    if candidate.isCapitalised {
                        run.append(next + 1); next += 1
                    } else if words[next].joinsNext, DiscoveryStopWords.nameParticles.contains(String(candidate.text)),
                              candidate.joinsNext, next + 2 < words.count, words[next + 2].isCapitalised {
                        run += [next + 1, next + 2]; next += 2
                    } else if words[next].joinsNext, candidate.text == "of", candidate.joinsNext, next + 3 < words.count,
                              words[next + 2].text == "the", words[next + 2].joinsNext, words[next + 3].isCapitalised,
                              joinsOfThe(run, words) {
                        // "Lord of the Rings", "Bank of the West", "Institute of the Blind".
                        run += [next + 1, next + 2, next + 3]; next += 3
                    } else {
                        break
                    }
                }
                w = next + 1
                // "THE LEGEND OF ZELDA", "HEAD TO HEAD": a title in capitals, not a name or acronyms.
                if run.contains(where: { words[$0].isAllCaps && DiscoveryStopWords.shoutedWords.contains(String(words[$0].text)) }) {
                    continue
                }
                // Known names are the catalog's; a run made only of them teaches nothing, but one
                // that goes on ("DeepSeek Coder") may be a product named after its maker.
                if run.allSatisfy({ isCovered(words[$0]) }) { continue }

                // Acronyms and model numbers count on their own, wherever they stand.
                for index in run {
                    let token = words[index]
                    if !isCovered(token), let kind = codeKind(token) { record(String(token.text), kind, initial: false, honorific: false) }
                }
                // Strip stop words at the edges; an honorific stripped in front marks a person.
                // A stop word that is also a given name, mid-sentence and before a surname, is
                // the name's ("singer Will Young"); so is one after a given name ("Theresa May").
                var first = 0, last = run.count - 1
                var honorific = false
                while first <= last, isEdgeWord(words[run[first]]), !isGivenName(run, at: first, before: last, words) {
                    let word = String(words[run[first]].text)
                    // "The Lord of the Rings": a title, kept whole.
                    if HonorificWords.all.contains(word), first + 2 <= last, words[run[first + 1]].text == "of",
                       words[run[first + 2]].text == "the" { break }
                    if HonorificWords.all.contains(word) { honorific = true }
                    first += 1
                }
                // "Day of Love" and "King of Morocco" lose the particle left in front, and with it
                // the honorific: the king is not called Morocco. What "of the" leaves is a common
                // noun more often than a name ("Minister of the Interior"): no single word is kept.
                var leftOfThe = false
                while first <= last, DiscoveryStopWords.nameParticles.contains(String(words[run[first]].text))
                    || words[run[first]].text == "the" {
                    leftOfThe = words[run[first]].text == "the"
                    first += 1
                    honorific = false
                }
                // "Labour MPs": the name, then a word said of organisations.
                var organisational = isOrganisationCue(after: run[last], in: words)
                if last > first, DiscoveryLexicon.organisationCues.contains(String(words[run[last]].text)) {
                    last -= 1
                    organisational = true
                }
                // An honorific ends a name of an office or a title ("Office of the Deputy Prime
                // Minister", "Return of the King", "Court of Justice"); otherwise it is a job
                // ("Defence Secretary") and goes.
                let namesAnOffice = first <= last && run[first...last].contains { words[$0].text == "of" }
                while last >= first, isEdgeWord(words[run[last]]) && !(namesAnOffice && HonorificWords.all.contains(String(words[run[last]].text)))
                    || DiscoveryStopWords.nameParticles.contains(String(words[run[last]].text)) || words[run[last]].text == "the",
                      !(last == first + 1 && DiscoveryLexicon.givenNames.contains(String(words[run[first]].text))) {
                    last -= 1
                }
                guard first <= last, !(leftOfThe && first == last) else { continue }
                let parts = run[first...last].map { words[$0] }
                if parts.count == 1 {
                    let token = parts[0]
                    // A given name alone ("William") is part of several people's names, not one.
                    guard codeKind(token) == nil, !DiscoveryStopWords.contains(token.text),
                          !DiscoveryLexicon.givenNames.contains(String(token.text)),
                          token.text.count > 1, !token.hasDigit, !token.isAllCaps else { continue }
                    record(String(token.text), .name, initial: token.sentenceInitial && first == 0, honorific: honorific,
                           organisational: organisational)
                } else {
                    if parts.allSatisfy({ DiscoveryStopWords.contains($0.text) || DiscoveryStopWords.nameParticles.contains(String($0.text)) }),
                       !DiscoveryStopWords.institutionWords.contains(String(parts[parts.count - 1].text)) { continue }
                    // "US President", "Foreign Secretary": a title, with no name after it.
                    if HonorificWords.all.contains(String(parts[parts.count - 1].text)),
                       parts.dropLast().allSatisfy({ DiscoveryStopWords.contains($0.text) || codeKind($0) == .acronym }) { continue }
                    // The text as written: words apart by a space or " & ".
                    let name = String(passage.text[parts[0].text.startIndex..<parts[parts.count - 1].text.endIndex])
                    record(name, .name, initial: false, honorific: honorific, organisational: organisational)
                }
            }
        }
        countLowercase(in: passageWords, into: &found)
        // "the European Union (EU)": an acronym after a name it is the initials of. Recorded as
        // a pair, so that only an acronym introduced by its expansion is merged into it ("AC
        // Milan's Alessandro Costacurta" does not make "AC" his).
        let acronyms = found.filter { $0.value.kind == .acronym }.map(\.key)
        if !acronyms.isEmpty {
            for (name, seen) in found where seen.kind == .name && name.contains(" ") {
                // "the Director General of the British Chambers of Commerce (BCC)": the name
                // after "of the" may be what the acronym stands for.
                var expansions = [name]
                let words = name.split(separator: " ")
                for index in words.indices.dropLast(2) where words[index] == "of" && words[index + 1] == "the" {
                    expansions.append(words[(index + 2)...].joined(separator: " "))
                }
                for expansion in expansions {
                    guard let initials = initials(of: expansion), acronyms.contains(initials),
                          firstSeen[name]! < firstSeen[initials]! else { continue }
                    found[pairKey(acronym: initials, expansion: expansion)] = Evidence(articles: 1, occurrences: 1, kind: .acronym)
                }
            }
        }
        // "Ms Vestager" in an article that names "Margrethe Vestager": evidence she is a person.
        for (name, seen) in found where seen.kind == .name {
            let words = name.split(separator: " ")
            guard (2...3).contains(words.count), let addressed = found[String(words[words.count - 1])],
                  addressed.afterHonorific > 0 else { continue }
            found[name]!.afterHonorific += addressed.afterHonorific
        }
        return found
    }

    /// Counts, for each single-word name found, the article's words that are the same word in
    /// lower case.
    private static func countLowercase(in passageWords: [[WordToken]], into found: inout [String: Evidence]) {
        var lowered: [Substring: String] = [:]
        // Which (first byte, length) pairs the lowered names have: most words are ruled out
        // by these two without hashing them (every lowercase word of the article is asked).
        var shapes = [UInt64](repeating: 0, count: 256)
        for (name, seen) in found where seen.kind == .name && !name.contains(" ") {
            let key = name.lowercased()
            lowered[Substring(key)] = name
            shapes[Int(key.utf8.first ?? 0)] |= 1 << UInt64(min(key.utf8.count, 63))
        }
        guard !lowered.isEmpty else { return }
        for words in passageWords {
            for word in words where !word.isCapitalised {
                let bytes = word.text.utf8
                guard shapes[Int(bytes.first ?? 0)] & (1 << UInt64(min(bytes.count, 63))) != 0 else { continue }
                if let name = lowered[word.text] { found[name]!.lowercase += 1 }
            }
        }
    }

    private static func isEdgeWord(_ word: WordToken) -> Bool {
        DiscoveryStopWords.edgeWords.contains(String(word.text))
    }

    /// Whether the word right after the name's last (`index`) is one said of organisations;
    /// after a possessive, only one never said of a person ("Sony's profits", not "Wenger's
    /// squad").
    private static func isOrganisationCue(after index: Int, in words: [WordToken]) -> Bool {
        var word = words[index], next = index + 1
        var cues = DiscoveryLexicon.organisationCues
        // The possessive's "s" sits an apostrophe (one to three bytes) away.
        if !word.joinsNext, next < words.count, words[next].text == "s",
           words[next].range.lowerBound - word.range.upperBound <= 3 {
            word = words[next]
            next += 1
            cues = DiscoveryLexicon.possessedByOrganisations
        }
        guard word.joinsNext, next < words.count else { return false }
        return cues.contains(String(words[next].text))
    }

    /// Whether a run may go on across "of the" ("The Lord of the Rings", "Bank of the West",
    /// "Director General of the BCC"): the word before it is generic or an institution's, or
    /// the run's one word that is no stop word, neither starting a sentence ("Opponents of the
    /// war") nor after an honorific ("Mr Hart of the Countryside Alliance" is a person and
    /// where they work); never a function word ("Many of the Tories").
    private static func joinsOfThe(_ run: [Int], _ words: [WordToken]) -> Bool {
        let before = words[run[run.count - 1]]
        let text = String(before.text)
        if DiscoveryStopWords.functionWords.contains(text) || DiscoveryStopWords.timeWords.contains(text) { return false }
        if DiscoveryStopWords.contains(before.text) || DiscoveryStopWords.institutionWords.contains(text) { return true }
        let content = run.filter { !isEdgeWord(words[$0]) }
        return content == [run[run.count - 1]] && !before.sentenceInitial
            && !run.contains { HonorificWords.all.contains(String(words[$0].text)) }
    }

    /// Whether the run's word at `index` is a given name that is also a stop word ("Will",
    /// "Mark"), used as one: mid-sentence, not after a pronoun ("We Will Rock You" is no name),
    /// followed by a capitalised word that is no stop word.
    private static func isGivenName(_ run: [Int], at index: Int, before last: Int, _ words: [WordToken]) -> Bool {
        let word = words[run[index]]
        guard index < last, !word.sentenceInitial, DiscoveryLexicon.givenNames.contains(String(word.text)),
              index == 0 || !DiscoveryStopWords.pronouns.contains(String(words[run[index - 1]].text)) else { return false }
        return !isEdgeWord(words[run[index + 1]])
    }

    /// Acronym (2–6 capitals) or model number (a capital, letters, then digits: "H800", "GPT-4").
    static func codeKind(_ word: WordToken) -> Kind? {
        let text = word.text
        let scalars = text.unicodeScalars
        guard let first = scalars.first, first.properties.isUppercase, first.isASCII else { return nil }
        if word.isAllCaps && !word.hasDigit && text.count <= 6 && !text.contains("-") && !text.contains("'") {
            let word = String(text)
            return DiscoveryStopWords.words.contains(word) || DiscoveryStopWords.shoutedWords.contains(word) ? nil : .acronym
        }
        if word.hasDigit {
            // Letters first, then digits, optionally a hyphen between and a letter suffix.
            let letters = scalars.prefix { $0.properties.isAlphabetic }
            let rest = scalars.dropFirst(letters.count).drop { $0 == "-" }
            guard !letters.isEmpty, letters.count <= 6, let digit = rest.first, digit.properties.numericType != nil,
                  rest.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }) else { return nil }
            return .model
        }
        return nil
    }

    // MARK: From evidence to entities

    /// "Prime Minister Tony Blair", "UK Prime Minister Tony Blair", "President of the European
    /// Commission": a name that another candidate ends with, preceded only by title words,
    /// acronyms and "of the", is that name with its title, not an entity of its own (a title
    /// with an institution's word is an institution: "Council of the European Union"); without it the shorter name is matched inside. A rest
    /// made only of generic words ("Central Bank" in "European Central Bank") is no such name.
    static func isTitledForm(_ name: String, of evidence: [String: Evidence]) -> Bool {
        let words = name.split(separator: " ")
        guard words.count >= 3 else { return false }
        for cut in 1...(words.count - 2) {
            let title = words[..<cut], rest = words[cut...].joined(separator: " ")
            guard evidence[rest] != nil, !words[cut...].allSatisfy(DiscoveryStopWords.contains),
                  !(title.contains("of") && title.contains(where: { DiscoveryStopWords.institutionWords.contains(String($0)) }))
            else { continue }
            if title.allSatisfy({ DiscoveryStopWords.contains($0) || $0.allSatisfy(\.isUppercase)
                || $0 == "the" || DiscoveryStopWords.nameParticles.contains(String($0)) }) { return true }
        }
        return false
    }

    /// Besides the names seen in `minimumArticles` articles or more (`recurring`), the only
    /// names `entities(from:)` looks up: the plural of a single word, and the names a title
    /// could precede (`isTitledForm`). Evidence limited to `recurring` and these gives the
    /// entities all the evidence gives, without holding every name seen once.
    public static func lookups<Names: Sequence>(for recurring: Names) -> Set<String> where Names.Element == String {
        var names = Set<String>()
        for name in recurring where !isPairKey(name) {
            let words = name.split(separator: " ")
            if !name.contains(" ") {
                names.insert(plural(of: name))
            } else if words.count >= 3 {
                for cut in 1...(words.count - 2) { names.insert(words[cut...].joined(separator: " ")) }
            }
        }
        return names
    }

    private static func plural(of name: String) -> String {
        name.hasSuffix("y") ? name.dropLast() + "ies" : name + "s"
    }

    /// The entities `evidence` (summed over the corpus) makes, ids numbered from `firstID`.
    public static func entities(from evidence: [String: Evidence], known: [Entity], knownMatcher: AliasMatcher,
                                firstID: Int) -> [Entity] {
        // "Tories" and "Tory", "Oscars" and "Oscar": the plural is an alias of the singular.
        var evidence = evidence
        var plurals: [String: String] = [:]
        for (name, seen) in evidence where seen.kind == .name && !name.contains(" ") {
            let plural = Self.plural(of: name)
            guard let other = evidence[plural], other.kind == .name, isPluralPair(singular: seen, plural: other) else { continue }
            plurals[name] = plural
            evidence[name]!.merge(other)
            evidence[name]!.articles = max(seen.articles, other.articles)
            evidence[name]!.kind = .name
        }
        for plural in plurals.values { evidence[plural] = nil }

        let kept = evidence.filter { name, seen in
            guard seen.articles >= minimumArticles, !isPairKey(name) else { return false }
            // Only ever capitalised because a sentence started there, or a common word the same
            // articles write in lower case as often as they capitalise it mid-sentence.
            if seen.kind == .name && !name.contains(" ") && (seen.midSentence == 0 || seen.lowercase >= seen.midSentence) {
                return false
            }
            // A name a catalog alias already matches in full.
            if knownMatcher.matches(in: name).contains(where: { $0.range == 0..<name.utf8.count }) { return false }
            if isTitledForm(name, of: evidence) { return false }
            return true
        }
        // Family names of catalog and discovered people are found by the short-name resolver.
        var familyNames = Set<String>()
        for entity in known where entity.type == .person {
            for part in entity.name.split(separator: " ") { familyNames.insert(String(part)) }
        }
        for (name, seen) in kept where name.contains(" ") && guessType(name, seen) == .person {
            for key in ShortNameResolver.shortNames(of: name) { familyNames.insert(String(key)) }
        }
        var ranked = kept.filter { name, seen in
            seen.kind != .name || name.contains(" ") || !familyNames.contains(name)
        }.map { (key: $0.key, value: $0.value) }.sorted(by: moreWidespread)

        var knownNames = Set(known.map { $0.name.lowercased() })
        let makers = Set(known.map(\.name)).union(ranked.map(\.key))
        let expansions = acronymExpansions(ranked, evidence: evidence)
        if !expansions.isEmpty {
            // An expansion ranks where the more widespread of it and its acronym would.
            var merged = Dictionary(uniqueKeysWithValues: ranked.map { ($0.key, $0.value) })
            for (acronym, expansion) in expansions {
                merged[expansion]!.articles = max(merged[expansion]!.articles, merged[acronym]!.articles)
                merged[expansion]!.occurrences += merged[acronym]!.occurrences
            }
            ranked = ranked.map { (key: $0.key, value: merged[$0.key]!) }.sorted(by: moreWidespread)
        }
        var result: [Entity] = []
        for (name, seen) in ranked where expansions[name] == nil && knownNames.insert(name.lowercased()).inserted {
            var type = guessType(name, seen)
            let parent = inferParent(name, among: makers)
            if parent != nil { type = .product }
            var aliases = ([name] + (plurals[name].map { [$0] } ?? [])).map {
                Alias($0, exactCase: seen.kind != .name || CaseRule.isExactByDefault($0))
            }
            for (acronym, expansion) in expansions where expansion == name { aliases.append(Alias(acronym, exactCase: true)) }
            result.append(Entity(id: firstID + result.count, name: name, type: type,
                                 aliases: aliases.sorted { ($0.text != name ? 1 : 0, $0.text) < ($1.text != name ? 1 : 0, $1.text) },
                                 parent: parent, origin: .discovered))
        }
        return result
    }

    /// Ranking: in more articles, then more often, then by name.
    private static func moreWidespread(_ a: (key: String, value: Evidence), _ b: (key: String, value: Evidence)) -> Bool {
        if a.value.articles != b.value.articles { return a.value.articles > b.value.articles }
        if a.value.occurrences != b.value.occurrences { return a.value.occurrences > b.value.occurrences }
        return a.key < b.key
    }

    /// Acronyms that stand for exactly one other discovered name ("EU" for "European Union",
    /// "UKIP" for "UK Independence Party"), which then name one entity: its initials, seen
    /// together in `minimumArticles` articles. People are left out ("GB" is not Gordon Brown),
    /// and so is an acronym seen with two such names ("EC": the European Commission or Court).
    static func acronymExpansions(_ ranked: [(key: String, value: Evidence)],
                                  evidence: [String: Evidence]) -> [String: String] {
        var byAcronym: [String: [String]] = [:]
        for (name, seen) in ranked where seen.kind == .name && name.contains(" ") && guessType(name, seen) != .person {
            guard let initials = initials(of: name),
                  (evidence[pairKey(acronym: initials, expansion: name)]?.articles ?? 0) >= minimumArticles else { continue }
            byAcronym[initials, default: []].append(name)
        }
        var expansions: [String: String] = [:]
        for (name, seen) in ranked where seen.kind == .acronym {
            if let names = byAcronym[name], names.count == 1 { expansions[name] = names[0] }
        }
        return expansions
    }

    /// "European Union" → "EU", "UK Independence Party" → "UKIP": the capitals of a name's
    /// words (particles and "and" skipped, "&" kept, an acronym word kept whole). Nil unless two words
    /// give one initial each: "Hartz IV" does not stand for "HIV".
    static func initials(of name: String) -> String? {
        var result = ""
        var initialled = 0
        for word in name.split(separator: " ") {
            if DiscoveryStopWords.nameParticles.contains(String(word)) || word == "and" { continue }
            // "Marks & Spencer" → "M&S".
            if word == "&" { result += "&"; continue }
            guard let first = word.first, first.isUppercase else { return nil }
            if word.allSatisfy(\.isUppercase) {
                result += word
            } else {
                result.append(first)
                initialled += 1
            }
        }
        return initialled >= 2 ? result : nil
    }

    /// The evidence key of an acronym seen beside a name it is the initials of.
    static func pairKey(acronym: String, expansion: String) -> String { acronym + "\u{1F}" + expansion }

    static func isPairKey(_ name: String) -> Bool { name.contains("\u{1F}") }

    /// How many times more often a plural may occur than its singular and still be its plural.
    static let pluralDominance = 3

    /// Whether a single word and the same word with a plural ending are one name ("Tory" and
    /// "Tories"), rather than a name that happens to end in "s" ("Windows", "Times") beside a
    /// rare capitalised common noun. A real pair has both forms in use: the singular on its own
    /// in at least `minimumArticles` articles, and the plural not much more frequent.
    static func isPluralPair(singular: Evidence, plural: Evidence) -> Bool {
        singular.articles >= minimumArticles && plural.occurrences <= pluralDominance * singular.occurrences
    }

    static func guessType(_ name: String, _ seen: Evidence) -> EntityType {
        switch seen.kind {
        case .model: return .product
        case .acronym: return DiscoveryLexicon.places.contains(name) ? .place : .organisation
        case .name: break
        }
        let parts = name.split(separator: " ").map(String.init)
        if DiscoveryLexicon.placeNames.contains(name) { return .place }
        if let last = parts.last, DiscoveryLexicon.organisationSuffixes.contains(last), parts.count > 1 { return .organisation }
        // "Marks & Spencer", "Ernst & Young": a firm or a partnership; "Serbia & Montenegro" a place.
        if parts.contains("&") {
            return parts.allSatisfy { $0 == "&" || DiscoveryLexicon.places.contains($0) } ? .place : .organisation
        }
        // "Bank of England", "Muslim Council of Britain".
        if let of = parts.firstIndex(of: "of"), parts[..<of].contains(where: DiscoveryLexicon.organisationSuffixes.contains) {
            return .organisation
        }
        if seen.afterHonorific * 4 >= seen.occurrences && seen.afterHonorific > 0 { return .person }
        // "Chelsea manager", "Yukos shares", "Labour MPs", often enough: a club, firm or party.
        let organisational = seen.organisationCues >= 3 && seen.organisationCues * 20 >= seen.occurrences
        if parts.count == 1 { return DiscoveryLexicon.places.contains(name) ? .place : organisational ? .organisation : .other }
        if parts.allSatisfy({ DiscoveryLexicon.places.contains($0) }) { return .place }
        // A given name we know, or an honorific before the name or its last word in one article
        // ("Ms Vestager" after "Margrethe Vestager"), whatever the given name.
        if (2...3).contains(parts.count), DiscoveryLexicon.givenNames.contains(parts[0]) || seen.afterHonorific > 0 {
            return .person
        }
        return organisational ? .organisation : .other
    }

    /// "DeepSeek Coder" → "DeepSeek": the name starts with another entity's full name and the
    /// rest looks like a model name (has a digit, or is a product word). Longest maker wins.
    static func inferParent(_ name: String, among names: Set<String>) -> String? {
        let words = name.split(separator: " ")
        guard words.count >= 2 else { return nil }
        for cut in stride(from: words.count - 1, through: 1, by: -1) {
            let maker = words[..<cut].joined(separator: " ")
            guard names.contains(maker) else { continue }
            let rest = words[cut...]
            if rest.contains(where: { $0.contains(where: \.isNumber) })
                || rest.allSatisfy({ DiscoveryLexicon.productWords.contains(String($0)) }) {
                return maker
            }
        }
        return nil
    }
}
