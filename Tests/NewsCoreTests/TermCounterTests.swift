import Testing
@testable import NewsCore

/// Words → linking terms, shared by the in-memory term statistics and the on-demand vectors.
@Suite struct TermCounterTests {
    @Test func countsWhatTheTokenizerFindsOutsideMentionsAndFigures() {
        let text = "DeepSeek’s chips cost $5.6 million; chips, CHIPS and a chip. DeepSeek said the cost was low."
        let excluded = TermCounter.excludedRanges(
            mentions: [Mention(entity: 0, passage: PassageID(article: 0, passage: 0), range: 0..<8)],
            figures: [Figure(kind: .money, text: "$5.6 million", value: 5.6e6, currency: "USD",
                             passage: PassageID(article: 0, passage: 0), range: 24..<36)])
        #expect(excluded == [0..<8, 24..<36])
        var expected: [String: Int] = [:]
        for token in Tokenizer.tokens(in: text) {
            expected[token.term, default: 0] += excluded.contains { $0.overlaps(token.range) } ? 0 : 1
        }
        var counter = TermCounter()
        var counts: [TermCounter.Count] = []
        counter.count(text, excluding: excluded, into: &counts)
        #expect(counts.map(\.term) == counts.map(\.term).sorted())
        let found = Dictionary(uniqueKeysWithValues: counts.map { (counter.vocabulary.term($0.term), Int($0.linkCount)) })
        #expect(found == expected)
        #expect(found["chip"] == 4 && found["deepseek"] == 1 && found["million"] == 0)
        // A second passage reuses ids and starts its counts afresh.
        counter.count("Chips.", excluding: [], into: &counts)
        #expect(counts == [TermCounter.Count(term: counter.vocabulary.find("chip")!, linkCount: 1)])
    }

    @Test func termIndexCountsContentPassagesHoldingEachTerm() {
        let index = TermIndex(LinkRankingTests.tagged)
        // Six content passages; the chrome one is left out.
        #expect(index.contentPassageCount == 6)
        // "DeepSeek" counts inside mentions too; "trained" is in the chrome passage as well.
        #expect(index.documentFrequencies(["deepseek", "trained", "chip", "nowhere"]) == [5, 4, 3, 0])
    }
}
