import Testing
@testable import NewsUI

/// The screen at each width class: three panes, two, one, and too small.
@Suite struct LayoutTests {
    @Test func threePanesAt140Columns() {
        let lines = Fixture.state(width: 140, height: 12).lines
        #expect(lines == [
            " newsreader · corpus · 4 articles · 7 entities · 1 read",
            " Articles                        4 │ Article                                            45 words │ Related                               ¶0",
            "▶   Acme unveils the Rover in Lisb…│  Acme unveils the Rover in Lisbon                          ┃│ Acme Robotics · organisation · 4",
            "    Harbour Post · 5 entities      │  Harbour Post                                              ┃│▌ 0.64 Borealis Bank backs Acme with new l",
            " •  Borealis Bank backs Acme with …│                                                            ┃│▌  …to lend Acme Robotics $12 million to…",
            "    Ledger Wire · 6 entities       │▌›Acme Robotics showed its first delivery robot, the Acme   ┃│▌  why: words: build, robot · also: $12 mi",
            " •  Lisbon weighs robot rules      │▌ Rover, at a packed hall in Lisbon on Monday. The company  ┃│  0.15 Lisbon weighs robot rules",
            "    Tagus Daily · 4 entities       │▌ said the machine costs $12 million to build at scale.     ┃│   …the Rover is safe.",
            " •  A quiet week for markets       │                                                             │   why: words: delivery, robot · also: Lis",
            "    Ledger Wire · 0 entities       │  Advertisement                                              │  0.08 Borealis Bank backs Acme with new l",
            "                                   │                                                             │   …for the Rover",
            " 1/4  ¶0 of 5  56%                                                ?:help Tab:pane n:mention Enter:related /:search @:entity q:quit  [clean]",
        ])
    }

    @Test func twoPanesAt100ColumnsFollowTheFocus() {
        let start = Fixture.state(width: 100, height: 10)
        #expect(start.lines[1] == " Article                                          45 words │ Related                             ¶0")
        let onList = start.after("<S-Tab>")
        #expect(onList.focus == .articles)
        #expect(onList.lines[1] == " Articles                   4 │ Article                                                    45 words")
        // Back on the article the pair stays; on to Related it flips.
        #expect(onList.after("<Tab>").lines[1] == onList.lines[1])
        #expect(onList.after("<Tab><Tab>").lines[1] == start.lines[1])
    }

    @Test func onePaneAt60Columns() {
        let start = Fixture.state(width: 60, height: 8)
        #expect(start.lines == [
            " newsreader · corpus · 4 articles · 7 entities · 1 read",
            " Article                                           45 words",
            "  Acme unveils the Rover in Lisbon                         ┃",
            "  Harbour Post                                             ┃",
            "",
            "▌›Acme Robotics showed its first delivery robot, the Acme",
            "▌ Rover, at a packed hall in Lisbon on Monday. The company",
            " 1/4  ¶0 of 5  31%       ?:help Tab:pane n:mention  [clean]",
        ])
        #expect(start.after("<Tab>").lines[1].hasPrefix(" Related"))
        #expect(start.after("<S-Tab>").lines[2] == "▶   Acme unveils the Rover in Lisbon")
    }

    @Test func tooSmallShowsACentredMessage() {
        let lines = Fixture.state(width: 29, height: 8).lines
        #expect(lines == ["", "", "", "     Terminal too small", "       29×8: need 30×8", "", "", ""])
        #expect(Fixture.state(width: 80, height: 7).lines[2] == "                               Terminal too small")
    }

    @Test func resizeReflowsTheArticle() {
        let wide = Fixture.state(width: 140, height: 12)
        let narrow = update(wide, .resize(width: 60, height: 8))
        #expect(narrow.width == 60 && narrow.height == 8)
        #expect(narrow.lines[5] == "▌›Acme Robotics showed its first delivery robot, the Acme")
    }
}

/// Passage numbers on screen are the ones the commands use.
@Suite struct PassageNumberTests {
    @Test func passagesAreNumberedFromZeroLikeShow() {
        // Passage 2 of article 0 is `show 001`'s "[2]" and `related a-rover-launch:2`.
        let state = Fixture.state(width: 140, height: 30).after("]]")
        #expect(state.passage == 2)
        let lines = state.lines
        #expect(lines.last!.hasPrefix(" 1/4  ¶2 of 5  "))
        #expect(lines[1].hasSuffix("Related                               ¶2"))
        #expect(Fixture.state(width: 140, height: 30).after("@mara<Enter>").lines
            .contains { $0.contains("│ ¶2    Mara Quist, who runs the project") })
    }
}

/// The article view after the terminal changes size.
@Suite struct ResizeTests {
    @Test func resizeShowsTheStartOfTheCursorPassage() {
        // At 100×10 the cursor is on the second line of "Mara Quist, who runs…", its first line
        // in view; at 60×8 the old scroll would start the view on the cursor line.
        let before = Fixture.state(width: 100, height: 10).after("Gkkk")
        #expect(before.lines.contains { $0.hasPrefix("▌ Mara Quist, who runs the project") })
        let after = update(before, .resize(width: 60, height: 8))
        #expect(after.currentPassage == before.currentPassage)
        #expect(Array(after.lines[2...3]) == [
            "▌ Mara Quist, who runs the project, said the Rover would",
            "▌›reach ten cities next year.",
        ])
    }
}

/// The status line when it runs out of room.
@Suite struct StatusLineTests {
    @Test func keyHintsGiveWayBeforeTheEntityName() {
        let line = Fixture.state(width: 100, height: 30).after("n").lines.last!
        let left = " 1/4  ¶0 of 5  100%  ◆ Acme Robotics (organisation)"
        let right = "?:help Tab:pane n:mention  [clean]"
        #expect(line == left + String(repeating: " ", count: 100 - 1 - left.count - right.count) + right)
    }

    @Test func theEntityIsCutOnlyWhenNoHintIsLeft() {
        let line = Fixture.state(width: 50, height: 30).after("n").lines.last!
        #expect(line == " 1/4  ¶0 of 5  100%  ◆ Acme Robotics (or… [clean]")
    }
}
