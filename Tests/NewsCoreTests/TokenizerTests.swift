import Testing
@testable import NewsCore

@Suite struct TokenizerTests {
    @Test func lowercasesSplitsPossessivesAndStripsPlurals() {
        let terms = Tokenizer.terms(in: "DeepSeek’s chips: the companies' H800s cost $5.6 million; 2,048 servers.")
        #expect(terms == ["deepseek", "chip", "company", "h800", "cost", "5.6", "million", "2048", "server"])
    }

    @Test func rangesAreUTF8ByteOffsetsOfTheWordAsWritten() {
        let text = "“Sputnik moment” — Nvidia’s"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map { TextOffsets.slice(text, $0.range) } == ["Sputnik", "moment", "Nvidia"])
    }

    @Test func keepsStopWordsWhenAskedAndFlagsThem() {
        let tokens = Tokenizer.tokens(in: "Bank of China", keepStopWords: true)
        #expect(tokens.map(\.term) == ["bank", "of", "china"])
        #expect(tokens.map(\.isStopWord) == [false, true, false])
    }

    @Test func keepsLettersOfOtherScriptsAndSkipsOverlongRuns() {
        #expect(Tokenizer.terms(in: "Zürich ÉTÉ 北京") == ["zürich", "été", "北京"])
        #expect(Tokenizer.terms(in: String(repeating: "x", count: 80) + " chip") == ["chip"])
    }

    @Test func stemmerFollowsTheSRules() {
        #expect(["companies", "series", "glasses", "status", "boxes", "chips", "toes", "1990s", "gpus"].map(Stemmer.stem)
            == ["company", "sery", "glasse", "status", "boxe", "chip", "toes", "1990s", "gpus"])
    }
}
