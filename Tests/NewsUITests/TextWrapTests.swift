import Testing
@testable import NewsUI

@Suite struct TextWrapTests {
    func wrapped(_ text: String, _ width: Int) -> [String] {
        TextWrap.wrap(text, width: width).map { String(TextWrap.slice(text, $0)) }
    }

    @Test func breaksAtSpaces() {
        #expect(wrapped("the quick brown fox jumps", 10) == ["the quick", "brown fox", "jumps"])
        #expect(wrapped("", 10) == [""])
    }

    @Test func splitsOnlyWordsWiderThanTheLine() {
        #expect(wrapped("a supercalifragilistic word", 8) == ["a", "supercal", "ifragili", "stic", "word"])
    }

    @Test func countsWideCharactersAsTwo() {
        #expect(wrapped("東京 東京都 abc", 6) == ["東京", "東京都", "abc"])
        #expect(wrapped("東京都庁", 3) == ["東", "京", "都", "庁"])
    }

    @Test func controlsCountAsTheirVisibleForm() {
        #expect(TextWrap.cells("\u{1B}") == 2)
        #expect(wrapped("ab\u{1B}[1m cd", 5) == ["ab\u{1B}[", "1m cd"])
    }

    @Test func rangesAreUTF8Bytes() {
        let ranges = TextWrap.wrap("café au lait", width: 7)
        #expect(ranges == [0..<8, 9..<13])
    }
}
