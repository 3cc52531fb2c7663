import Testing
@testable import Terminal

@Suite struct PrintedTextTests {
    static let hostile = "Title \u{1B}]0;pwned\u{07}\tcolumn\r\nnext \u{1B}[2J line\u{9B}1;1H\rover\n"

    @Test func pipedTextIsExact() {
        #expect(PrintedText.forStdout(Self.hostile, isTerminal: false) == Self.hostile)
    }

    @Test func onATerminalControlsAreShownButTheLayoutStays() {
        #expect(PrintedText.forStdout(Self.hostile, isTerminal: true)
                == "Title ^[]0;pwned^G\tcolumn\r\nnext ^[[2J line<9b>1;1H^Mover\n")
        #expect(PrintedText.forStdout("plain text\n", isTerminal: true) == "plain text\n")
    }
}
