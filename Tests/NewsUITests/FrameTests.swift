import Testing
@testable import NewsUI

@Suite struct FrameTests {
    @Test func controlSequencesAreShownNotSent() {
        var frame = Frame(width: 20, height: 1)
        frame.put("a\u{1B}[31mb\u{07}", x: 0, y: 0)
        #expect(frame.line(0) == "a^[[31mb^G")
        #expect(!frame.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func wideGraphemesAreNeverSplitAtTheEdge() {
        var frame = Frame(width: 5, height: 1)
        let used = frame.put("ab🐋🐋", x: 0, y: 0)
        #expect(used == 5)
        #expect(frame.line(0) == "ab🐋")
        #expect(frame[2, 0].width == 2 && frame[3, 0].isContinuation)
        #expect(frame[4, 0].text == " ")
    }

    @Test func combiningMarksJoinTheirBase() {
        var frame = Frame(width: 4, height: 1)
        frame.put("e\u{301}x", x: 0, y: 0)
        #expect(frame.line(0) == "éx")
        #expect(frame[1, 0].text == "x")
    }
}
