import Foundation

/// Finds passages by entities, words and phrases, in memory: an inverted index over the same
/// terms the linker uses, plus the tagged corpus's entity postings. Parsing is `SearchQuery`'s;
/// this type only looks terms and entities up, so a SQLite FTS5 index can replace it.
public struct SearchIndex: PassageSearch {
    public let tagged: TaggedCorpus
    public let terms: TermIndex
    public let entities: EntityLookup
    /// Term `t` occurs in slots `postingSlots[postingStart[t]..<postingStart[t + 1]]`, ascending,
    /// `postingCounts` times each.
    private let postingStart: [Int32]
    private let postingSlots: [Int32]
    private let postingCounts: [UInt16]
    private let averageLength: Double

    /// BM25's usual constants.
    static let k1 = 1.2
    static let b = 0.75

    /// - Parameters:
    ///   - terms: pass the linker's index to avoid tokenising twice.
    ///   - lookup: pass the corpus's entity lookup to avoid building it twice.
    public init(_ tagged: TaggedCorpus, terms: TermIndex? = nil, lookup: EntityLookup? = nil) {
        self.tagged = tagged
        let terms = terms ?? TermIndex(tagged)
        self.terms = terms
        entities = lookup ?? EntityLookup(tagged)

        // Invert the forward vectors with a counting sort: slots come out ascending per term.
        var start = [Int32](repeating: 0, count: terms.termCount + 1)
        for id in terms.termIDs { start[Int(id) + 1] += 1 }
        for index in 0..<terms.termCount { start[index + 1] += start[index] }
        var fill = start
        var slots = [Int32](repeating: 0, count: terms.termIDs.count)
        var counts = [UInt16](repeating: 0, count: terms.termIDs.count)
        var totalLength = 0
        for slot in 0..<terms.slotCount {
            totalLength += Int(terms.lengths[slot])
            for entry in terms.entries(ofSlot: slot) {
                let id = Int(terms.termIDs[entry])
                let position = Int(fill[id])
                slots[position] = Int32(slot)
                counts[position] = terms.counts[entry]
                fill[id] += 1
            }
        }
        postingStart = start
        postingSlots = slots
        postingCounts = counts
        averageLength = Double(totalLength) / Double(max(terms.contentPassageCount, 1))
    }

    /// Passages matching every part of `query`, grouped by article, at most `limit` articles.
    public func search(_ query: SearchQuery, limit: Int = 20) throws -> SearchResults {
        var entityIDs: [Int] = []
        for name in query.entities {
            guard let id = entities.best(name) else { throw SearchError.unknownEntity(name) }
            if !entityIDs.contains(id) { entityIDs.append(id) }
        }
        let phraseTokens = query.phrases.map { Tokenizer.tokens(in: $0, keepStopWords: true) }.filter { !$0.isEmpty }
        let phrases = phraseTokens.map { $0.map(\.term) }
        var required: [String] = query.words.flatMap(Tokenizer.terms(in:))
        required += phraseTokens.flatMap { $0.filter { !$0.isStopWord }.map(\.term) }
        required = Array(Set(required)).sorted()
        if entityIDs.isEmpty && required.isEmpty && phrases.isEmpty {
            throw SearchError.onlyCommonWords(query.words)
        }
        let empty = SearchResults(query: query, entities: entityIDs, articles: [], totalPassages: 0, totalArticles: 0)

        // Candidates: the intersection of every term's and entity's slots, shortest list first.
        var lists: [[Int32]] = []
        var termIDs: [Int32] = []
        for term in required {
            guard let id = terms.termID(term) else { return empty }
            termIDs.append(id)
            lists.append(Array(postingSlots[Int(postingStart[Int(id)])..<Int(postingStart[Int(id) + 1])]))
        }
        for entity in entityIDs {
            lists.append((tagged.postings[entity] ?? []).map { Int32(terms.slot(of: $0)) })
        }
        var candidates: [Int32]
        if lists.isEmpty {
            // Phrases of stop words only ("the who"): every content passage is a candidate.
            candidates = (0..<Int32(terms.slotCount)).map { $0 }
        } else {
            lists.sort { $0.count < $1.count }
            candidates = lists[0]
            for list in lists.dropFirst() where !candidates.isEmpty { candidates = Self.intersect(candidates, list) }
        }

        let requiredSet = Set(required)
        var hits: [PassageHit] = []
        for slot in candidates {
            let id = terms.passageID(ofSlot: Int(slot))
            let passage = tagged.corpus.passage(id)
            guard passage.kind.isContent else { continue }
            var highlights: [Range<Int>] = []
            if !phrases.isEmpty || !requiredSet.isEmpty {
                let tokens = Tokenizer.tokens(in: passage.text, keepStopWords: true)
                var phraseRanges: [Range<Int>] = []
                var allPhrasesFound = true
                for phrase in phrases {
                    let found = Self.occurrences(of: phrase, in: tokens)
                    if found.isEmpty { allPhrasesFound = false; break }
                    phraseRanges += found
                }
                guard allPhrasesFound else { continue }
                highlights += phraseRanges
                highlights += tokens.filter { !$0.isStopWord && requiredSet.contains($0.term) }.map(\.range)
            }
            var score = bm25(slot: Int(slot), termIDs: termIDs)
            for entity in entityIDs {
                let ranges = mentionRanges(of: entity, in: id)
                highlights += ranges
                score += 1 + log(Double(max(ranges.count, 1)))
            }
            hits.append(PassageHit(passage: id, score: score, highlights: Self.merged(highlights)))
        }
        return SearchResults(query: query, entities: entityIDs, articles: Self.grouped(hits, limit: limit),
                             totalPassages: hits.count, totalArticles: Set(hits.map(\.passage.article)).count)
    }

    /// Σ idf · tf·(k1+1) / (tf + k1·(1 − b + b·len/avg)), idf = ln(1 + (N − df + 0.5)/(df + 0.5)).
    private func bm25(slot: Int, termIDs: [Int32]) -> Double {
        guard !termIDs.isEmpty else { return 0 }
        let entries = terms.entries(ofSlot: slot)
        let lengthRatio = Double(terms.lengths[slot]) / max(averageLength, 1)
        let total = Double(terms.contentPassageCount)
        var score = 0.0
        for id in termIDs {
            // The slot's term ids are sorted: binary search for this one.
            var lower = entries.lowerBound, upper = entries.upperBound
            while lower < upper {
                let middle = (lower + upper) / 2
                if terms.termIDs[middle] < id { lower = middle + 1 } else { upper = middle }
            }
            guard lower < entries.upperBound, terms.termIDs[lower] == id else { continue }
            let frequency = Double(terms.counts[lower])
            let documents = Double(terms.documentFrequency[Int(id)])
            let idf = log(1 + (total - documents + 0.5) / (documents + 0.5))
            score += idf * frequency * (Self.k1 + 1) / (frequency + Self.k1 * (1 - Self.b + Self.b * lengthRatio))
        }
        return score
    }

    /// Ranges of mentions of the entity or of a product whose maker it is.
    private func mentionRanges(of entity: Int, in id: PassageID) -> [Range<Int>] {
        guard id.article < tagged.mentions.count, id.passage < tagged.mentions[id.article].count else { return [] }
        return tagged.mentions[id.article][id.passage]
            .filter { $0.entity == entity || tagged.entities.parent(of: $0.entity) == entity }
            .map(\.range)
    }

    static func intersect(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var result: [Int32] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return result
    }

    /// Where the phrase's terms (stop words included) follow one another in the token stream.
    static func occurrences(of phrase: [String], in tokens: [Token]) -> [Range<Int>] {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(tokens.count - phrase.count)
        where (0..<phrase.count).allSatisfy({ tokens[start + $0].term == phrase[$0] }) {
            found.append(tokens[start].range.lowerBound..<tokens[start + phrase.count - 1].range.upperBound)
        }
        return found
    }

    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Articles by best passage score (then position), passages in reading order.
    static func grouped(_ hits: [PassageHit], limit: Int) -> [ArticleHits] {
        var byArticle: [Int: [PassageHit]] = [:]
        for hit in hits { byArticle[hit.passage.article, default: []].append(hit) }
        let articles = byArticle.map { article, hits in
            ArticleHits(article: article, score: hits.map(\.score).max() ?? 0,
                        passages: hits.sorted { $0.passage < $1.passage })
        }
        return Array(articles.sorted { ($0.score, -$0.article) > ($1.score, -$1.article) }.prefix(limit))
    }
}
