import Testing
@testable import NewsStore

@Suite struct MatchExpressionTests {
    @Test func wordsAreQuotedPartsAndPhrasesOneString() {
        #expect(MatchExpression.build(words: ["Nvidia's", "chips"], phrases: ["sputnik moment"])
            == #""Nvidia" AND "chips" AND "sputnik moment""#)
        #expect(MatchExpression.build(words: ["DeepSeek-R1", "5.6"], phrases: []) == #""DeepSeek" AND "R1" AND "5.6""#)
        #expect(MatchExpression.build(words: ["chips", "Chips", "chips"], phrases: []) == #""chips" AND "Chips""#)
        // Common words are left out of words, kept in phrases.
        #expect(MatchExpression.build(words: ["the", "of"], phrases: []) == nil)
        #expect(MatchExpression.build(words: ["the"], phrases: ["the who"]) == #""the who""#)
        #expect(MatchExpression.build(words: ["---", "!!"], phrases: ["…"]) == nil)
    }

    @Test func aTrailingStarMakesTheLastPartAPrefix() {
        #expect(MatchExpression.build(words: ["robo*"], phrases: []) == #""robo"*"#)
        #expect(MatchExpression.build(words: ["robo**"], phrases: []) == #""robo"*"#)
        #expect(MatchExpression.build(words: ["the*"], phrases: []) == #""the"*"#)
        #expect(MatchExpression.build(words: ["deep-lea*"], phrases: []) == #""deep" AND "lea"*"#)
        // A star not right after a word is punctuation.
        #expect(MatchExpression.build(words: ["robo-*"], phrases: []) == #""robo""#)
        #expect(MatchExpression.build(words: ["*"], phrases: []) == nil)
    }

    @Test func operatorsTypedAsTextStayText() {
        #expect(MatchExpression.build(words: ["NEAR(chips,", "nvidia)", "-export", "^col:umn", "{a", "b}+c"], phrases: [])
            == #""NEAR" AND "chips" AND "nvidia" AND "export" AND "col" AND "umn""#)
        #expect(MatchExpression.build(words: ["AND", "OR", "NOT", "chips"], phrases: []) == #""chips""#)
        #expect(MatchExpression.build(words: [], phrases: ["a \" OR b"]) == #""a "" OR b""#)
    }

    @Test func quotingDoublesQuotesAndBlanksControlCharacters() {
        #expect(MatchExpression.quoted(#"say "hi""#) == #""say ""hi""""#)
        #expect(MatchExpression.quoted("a\u{0}b\nc\td") == #""a b c d""#)
        #expect(MatchExpression.quoted("Liang Wenfeng’s 🐋") == "\"Liang Wenfeng’s 🐋\"")
    }
}
