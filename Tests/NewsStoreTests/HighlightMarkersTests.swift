import Testing
@testable import NewsStore

@Suite struct HighlightMarkersTests {
    let open = HighlightMarkers.open, close = HighlightMarkers.close

    @Test func markedWordsBecomeByteRangesOfTheText() {
        let text = "Liang Wenfeng’s 🐋 café"
        let marked = "Liang \(open)Wenfeng\(close)’s 🐋 \(open)café\(close)"
        // "Liang " is 6 bytes, "Wenfeng" 7, "’s 🐋 " 3 + 1 + 1 + 4 + 1, "café" 5.
        #expect(HighlightMarkers.ranges(marked: marked, text: text) == [6..<13, 23..<28])
        #expect(HighlightMarkers.ranges(marked: text, text: text) == [])
    }

    @Test func aCopyThatIsNotTheTextGivesNothing() {
        #expect(HighlightMarkers.ranges(marked: "\(open)a\(close)b", text: "ab c") == nil)
        #expect(HighlightMarkers.ranges(marked: "\(open)a\(close)x", text: "ab") == nil)
        #expect(HighlightMarkers.ranges(marked: "\(open)a", text: "a") == nil)
        // A text that holds a marker itself cannot be told apart: no ranges rather than wrong ones.
        #expect(HighlightMarkers.ranges(marked: "\(open)a\(close)\(open)", text: "a\(open)") == nil)
    }
}
