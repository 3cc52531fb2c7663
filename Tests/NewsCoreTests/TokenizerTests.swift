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

    /// Words are read eight bytes at a time where they are short and ASCII: every byte value
    /// must end a word exactly where the byte-by-byte rule ends it.
    @Test func eightBytesAtOnceEndAWordWhereOneByteAtATimeDoes() {
        for byte in 0...255 {
            for position in 1..<8 {
                var chunk = [UInt8]("AbCdEfGh".utf8)
                chunk[position] = UInt8(byte)
                let (lowered, length) = chunk.withUnsafeBufferPointer { Tokenizer.asciiWord($0.baseAddress!) }
                let expected = chunk.firstIndex { !TextBytes.isASCIIWord($0) } ?? 8
                #expect(length == expected, "byte \(byte) at \(position)")
                let bytes = withUnsafeBytes(of: lowered) { Array($0) }
                #expect(bytes[0..<length] == chunk[0..<length].map(TextBytes.lower)[...])
            }
        }
    }

    @Test func shortWordsReadWholeKeepTheByteRules() {
        let text = "Model V3 costs 5.6 million, or 2,048 chips; DeepSeek’s café Zürich12 abcdefgh abcdefghij x9 end"
        #expect(Tokenizer.terms(in: text) == ["model", "v3", "cost", "5.6", "million", "2048", "chip", "deepseek", "café",
                                             "zürich12", "abcdefgh", "abcdefghij", "x9", "end"])
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map { TextOffsets.slice(text, $0.range) }.last == "end")
        #expect(tokens.map { TextOffsets.slice(text, $0.range) }[9] == "Zürich12")
    }

    @Test func stemmerFollowsTheSRules() {
        #expect(["companies", "series", "glasses", "status", "boxes", "chips", "toes", "1990s", "gpus"].map(Stemmer.stem)
            == ["company", "sery", "glasse", "status", "boxe", "chip", "toes", "1990s", "gpus"])
    }
}
