/// Picks the entity a figure is said of, so a reader can compare what each outlet claims for the
/// same company.
///
/// A money figure or a percentage is spent, earned, lost or valued by an organisation or a product,
/// almost never by a place ("spent just $5.6 million … US companies spend" is not about the US)
/// and rarely by a chip ("$6 million and 2,048 H800 chips" is what the lab spent). So:
///
/// 1. when the sentence opens with an anaphor ("The company said …", "It …") and names no
///    organisation or product before the figure, the article's dominant organisation, since
///    that is who "the company" is;
/// 2. the organisation or product in the figure's sentence nearest to it, either side (the one
///    before on a tie): "DeepSeek's arrival coincided with … a $500 billion deal with OpenAI"
///    is OpenAI's deal, not DeepSeek's; one in the figure's own clause first ("Nvidia fell 17%
///    and Broadcom lost 12%": the 17% is Nvidia's, see `ClauseBreaks`);
/// 3. the nearest organisation or product in earlier sentences of the passage;
/// 4. a named project or event (type `other`) in the sentence;
/// 5. the article's dominant organisation (see `dominant(in:type:parent:)`), unless the
///    sentence names a place or a person and no company — then the figure is theirs to claim
///    and no guess is better than a wrong one;
/// 6. a chip in the sentence, nearest first; else none. Never a place, never a person.
enum FigureSubject {
    /// Organisations and products spend, earn and are valued: the subjects figures prefer.
    static func isPreferred(_ type: EntityType) -> Bool { type == .organisation || type == .product }

    /// Words that open a sentence whose subject is the article's main company, lowercased.
    static let anaphors = ["the company", "the firm", "the startup", "the start-up", "the lab", "it"]

    /// The full rule above. `opensWithAnaphor`: the figure's sentence starts with one of
    /// `anaphors` (asked only when it decides: most figures have a company beside them);
    /// `dominant`: the article's main organisation, when known.
    ///
    /// `mentions` must be in text order. Only the `reach` mentions on either side of the figure
    /// are weighed: a passage is a paragraph, and one that runs to thousands of mentions (a
    /// pasted data dump) must not cost thousands of steps per figure.
    /// `text`: the passage's bytes, for its clause breaks (`ClauseBreaks`).
    static func subject(of figure: Range<Int>, mentions: [Mention], sentenceStarts: [Int], text: UnsafeBufferPointer<UInt8>,
                        opensWithAnaphor: @autoclosure () -> Bool, dominant: Int?, type: (Int) -> EntityType) -> Int? {
        let sentence = SentenceBounds.sentence(of: figure.lowerBound, in: sentenceStarts)
        func sentenceOf(_ mention: Mention) -> Int {
            SentenceBounds.sentence(of: mention.range.lowerBound, in: sentenceStarts)
        }
        let lower = mentions.partitionPoint { $0.range.lowerBound >= figure.lowerBound }
        let window = mentions[max(0, lower - reach)..<min(mentions.count, lower + reach)]
        let inSentence = window.filter { sentenceOf($0) == sentence }
        let same = inSentence.filter { isPreferred(type($0.entity)) }
        if let dominant, !same.contains(where: { $0.range.upperBound <= figure.lowerBound }), opensWithAnaphor() {
            return dominant
        }
        let sameClause = same.filter { !ClauseBreaks.separate($0.range, figure, in: text) }
        if let pick = nearest(sameClause.isEmpty ? same : sameClause, to: figure) { return pick.entity }
        if let pick = window.last(where: { isPreferred(type($0.entity)) && sentenceOf($0) < sentence }) { return pick.entity }
        // A named project or event in the sentence ("the Stargate project is a $500 billion…").
        if let pick = nearest(inSentence.filter { type($0.entity) == .other }, to: figure) { return pick.entity }
        // The article's main company, unless the sentence is about a place or a person it names
        // ("The US is spending $500bn" is not the company's money): then no guess at all.
        if let dominant, !inSentence.contains(where: { [.place, .person].contains(type($0.entity)) }) {
            return dominant
        }
        return nearest(inSentence.filter { type($0.entity) == .chip }, to: figure)?.entity
    }

    /// Mentions weighed on each side of a figure.
    static let reach = 64

    /// The mention closest to `figure`; on a tie the earlier one (mentions are in text order).
    static func nearest(_ mentions: [Mention], to figure: Range<Int>) -> Mention? {
        mentions.min { distance($0.range, figure) < distance($1.range, figure) }
    }

    /// Bytes between two ranges that do not overlap.
    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : max(0, a.lowerBound - b.upperBound)
    }

    /// True when the sentence starting at `start` (a UTF-8 offset) opens with an anaphor,
    /// ignoring an opening quote.
    static func opensWithAnaphor(_ text: String, sentenceStart start: Int) -> Bool {
        var bytes = text
        if let answer = bytes.withUTF8({ opensWithAnaphor(ascii: $0, sentenceStart: start) }) { return answer }
        let utf8 = text.utf8
        guard start < utf8.count else { return false }
        let opening = Substring(text.utf8.dropFirst(start))
            .drop { $0 == "\"" || $0 == "“" || $0 == "'" || $0 == "‘" }
            .prefix(20).lowercased()
        return anaphors.contains { word in
            guard opening.hasPrefix(word) else { return false }
            let next = opening.dropFirst(word.count).first
            return next.map { !$0.isLetter } ?? true
        }
    }

    /// `opensWithAnaphor` on the bytes, when every byte it reads is ASCII; nil as soon as one
    /// is not (a curly quote, an accent), for the rule on characters to decide.
    private static func opensWithAnaphor(ascii bytes: UnsafeBufferPointer<UInt8>, sentenceStart start: Int) -> Bool? {
        guard start < bytes.count else { return false }
        var at = start
        while at < bytes.count, bytes[at] == UInt8(ascii: "\"") || bytes[at] == UInt8(ascii: "'") { at += 1 }
        for word in anaphorBytes {
            var matched = 0
            while matched < word.count, at + matched < bytes.count {
                let byte = bytes[at + matched]
                if byte >= 0x80 { return nil }
                guard TextBytes.lower(byte) == word[matched] else { break }
                matched += 1
            }
            guard matched == word.count else { continue }
            guard at + matched < bytes.count else { return true }
            let next = bytes[at + matched]
            if next >= 0x80 { return nil }
            if !(TextBytes.isUpper(next) || TextBytes.isLower(next)) { return true }
        }
        return false
    }

    private static let anaphorBytes = anaphors.map { Array($0.utf8) }

    /// The organisation an article is mostly about: the most mentioned one, a product counting
    /// for its maker; ties go to the one mentioned first. Nil when the article names none.
    static func dominant(in mentions: [Mention], type: (Int) -> EntityType, parent: (Int) -> Int?) -> Int? {
        var counts: [Int: Int] = [:]
        var order: [Int] = []
        for mention in mentions {
            var entity = mention.entity
            if type(entity) == .product, let maker = parent(entity) { entity = maker }
            guard type(entity) == .organisation else { continue }
            if counts[entity] == nil { order.append(entity) }
            counts[entity, default: 0] += 1
        }
        return order.enumerated().max { a, b in
            let (ca, cb) = (counts[a.element]!, counts[b.element]!)
            return ca != cb ? ca < cb : a.offset > b.offset
        }?.element
    }

    /// Drops a maker's mention that only names its product or chip right after it ("NVIDIA H800
    /// chips", "DeepSeek R1"): it is part of that name, not a separate subject.
    static func withoutMakersNamingTheirProducts(_ mentions: [Mention], parent: (Int) -> Int?) -> [Mention] {
        mentions.indices.filter { i in
            guard i + 1 < mentions.count else { return true }
            let (maker, next) = (mentions[i], mentions[i + 1])
            return !(next.range.lowerBound - maker.range.upperBound <= 1 && parent(next.entity) == maker.entity)
        }.map { mentions[$0] }
    }

    /// `tagged` with every figure's subject chosen with its article's context (anaphors and the
    /// dominant organisation), which the per-passage tagging cannot see.
    static func assign(_ tagged: TaggedCorpus) -> TaggedCorpus {
        var result = tagged
        for a in tagged.figures.indices {
            result.figures[a] = assign(tagged.figures[a], mentions: tagged.mentions[a], article: tagged.corpus.articles[a],
                                       entities: tagged.entities)
        }
        return result
    }

    /// One article's figures with their subjects chosen as `assign(_:)` chooses them: nothing
    /// outside the article counts but the entity table.
    static func assign(_ figures: [[Figure]], mentions: [[Mention]], article: Article, entities: EntityTable) -> [[Figure]] {
        guard figures.contains(where: { !$0.isEmpty }) else { return figures }
        var result = figures
        let type = { (id: Int) in entities[id].type }
        let parent = { (id: Int) in entities.parent(of: id) }
        let dominant = dominant(in: Array(mentions.joined()), type: type, parent: parent)
        for (p, passageFigures) in figures.enumerated() where !passageFigures.isEmpty {
            let text = article.passages[p].text
            var bytes = text
            bytes.withUTF8 { bytes in
                let starts = SentenceBounds.starts(bytes)
                let named = withoutMakersNamingTheirProducts(
                    mentions[p].filter { $0.via != .figure }.sorted { $0.range.lowerBound < $1.range.lowerBound }, parent: parent)
                for (f, figure) in passageFigures.enumerated() {
                    let sentence = SentenceBounds.sentence(of: figure.range.lowerBound, in: starts)
                    result[p][f].subject = subject(
                        of: figure.range, mentions: named, sentenceStarts: starts, text: bytes,
                        opensWithAnaphor: opensWithAnaphor(text, sentenceStart: starts[sentence]),
                        dominant: dominant, type: type)
                }
            }
        }
        return result
    }
}
