import Testing
@testable import NewsUI

/// The article pane: mention styles, kinds of passage, the density strip, the raw view.
@Suite struct ArticleViewTests {
    @Test func mentionsAreColouredByEntityAndUnderlined() {
        let frame = Fixture.state(width: 140, height: 20).screen()
        let row = frame.row(containing: "▌›Acme Robotics showed")!
        let acme = frame.style(of: "Acme Robotics", row: row)!
        #expect(acme.underline)
        #expect(acme.foreground == EntityPalette.color(for: Fixture.index.entities[Fixture.entity("Acme Robotics")], depth: .full256))
        let plain = frame.style(of: "showed", row: row)!
        #expect(plain == .plain)
        let lisbon = frame.style(of: "in Lisbon", row: row + 1, offset: 3)!
        #expect(lisbon.underline && lisbon.foreground != acme.foreground)
    }

    @Test func chromeAndRepeatsAreDimmed() {
        let frame = Fixture.state(width: 140, height: 24).screen()
        let ad = frame.row(containing: "Advertisement")!
        #expect(frame.style(of: "Advertisement", row: ad)!.dim)
        let firstQuote = frame.row(containing: "Mara Quist, who runs")!
        #expect(!frame.style(of: "who runs", row: firstQuote)!.dim)
        let repeatRow = frame.lines[(firstQuote + 1)...].firstIndex { $0.contains("Mara Quist, who runs") }!
        #expect(frame.style(of: "who runs", row: repeatRow)!.dim)
    }

    @Test func headingsBoldListItemsBulleted() {
        let frame = Fixture.state(width: 140, height: 24).after("J").screen()
        let heading = frame.row(containing: "What the loan pays for")!
        #expect(frame.style(of: "What the loan", row: heading)!.bold)
        #expect(frame.lines.contains { $0.contains("│  • Factories near Lisbon for the Rover") })
        #expect(frame.lines.contains { $0.contains("│  • Hiring by Mara Quist's team") })
    }

    @Test func wideCharactersWrapWithoutSplitting() {
        let frame = Fixture.state(width: 60, height: 10).after("JJJ").screen()
        #expect(frame.lines[5] == "▌›Shares moved little this week as traders waited for      ┃")
        #expect(frame.lines[6] == "▌ news. 東京 markets were closed for a holiday.^[[31m      ┃")
        let x = frame.column(of: "東京", row: 6)!
        #expect(frame[x, 6].width == 2 && frame[x + 1, 6].isContinuation)
    }

    @Test func densityStripMarksTheCurrentEntity() {
        // nnn selects Lisbon, named once: one mark at the right edge, in Lisbon's style.
        let frame = Fixture.state(width: 60, height: 20).after("nnn").screen()
        let strip = (2..<19).map { frame[59, $0].text }
        #expect(strip.filter { $0 == "■" }.count == 1)
        let row = strip.firstIndex(of: "■")! + 2
        #expect(frame[59, row].style.bold)
        #expect(frame.lines[row].contains("hall in Lisbon"))  // a short article maps line for row
        #expect(frame[59, row].style.foreground == EntityPalette.color(for: Fixture.index.entities[Fixture.entity("Lisbon")], depth: .full256))
        // Acme Robotics counts its product's mentions too: ¶0 (Acme Robotics, Acme Rover) and ¶2 (Rover).
        let acme = Fixture.state(width: 60, height: 20).after("n").screen()
        #expect((2..<19).filter { acme[59, $0].text == "■" }.count == 2)
        // Nothing selected: only the view thumb.
        let none = Fixture.state(width: 60, height: 20).screen()
        #expect(!(2..<19).contains { none[59, $0].text == "■" })
        #expect(none[59, 2].text == "┃")
    }

    @Test func rawShowsTheFileWithControlsVisible() {
        let state = Fixture.state(width: 60, height: 12).after("JJJr")
        #expect(state.showRaw)
        #expect(state.lines[1] == " Article                                     raw · 17 words")
        #expect(state.lines[2] == "  A quiet week for markets")
        #expect(state.lines[5] == "  news. 東京 markets were closed for a holiday.^[[31m")
        #expect(!state.after("r").showRaw)
    }

    @Test func cursorMentionIsReversed() {
        // The second mention, "Acme Rover", wraps over two lines: both halves are reversed.
        let frame = Fixture.state(width: 140, height: 20).after("nn").screen()
        let row = frame.row(containing: "robot, the Acme")!
        #expect(frame.style(of: "the Acme", row: row, offset: 4)!.reverse)
        #expect(frame.style(of: "Rover, at", row: row + 1)!.reverse)
        #expect(!frame.style(of: "in Lisbon", row: row + 1, offset: 3)!.reverse)
    }
}

/// The raw view shows the file as read: no tagging, so no density strip either.
@Suite struct RawViewTests {
    @Test func rawViewHasNoDensityStrip() {
        // Lisbon is the current entity (nnn): the clean view marks it, the raw view draws nothing.
        let clean = Fixture.state(width: 60, height: 20).after("nnn").screen()
        #expect((2..<19).contains { clean[59, $0].text == "■" })
        let raw = Fixture.state(width: 60, height: 20).after("nnnr").screen()
        #expect((2..<19).allSatisfy { raw[59, $0].text == " " })
        #expect(raw.lines[2] == "  Acme unveils the Rover in Lisbon")
    }
}
