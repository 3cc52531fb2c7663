import Testing
@testable import NewsCore

@Suite struct TextOffsetsTests {
    @Test func scalarOffsetCountsCodePointsNotBytes() {
        let text = "’s $5.6 million"
        #expect(TextOffsets.scalarOffset(ofUTF8: 5, in: text) == 3)
        #expect(TextOffsets.slice(text, 5..<17) == "$5.6 million")
    }
}
