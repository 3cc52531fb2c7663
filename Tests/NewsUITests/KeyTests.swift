import Testing
import NewsCore
@testable import NewsUI

/// One test per default key: the state it leaves and, where it shows, the screen.
@Suite struct KeyTests {
    let start = Fixture.state(width: 140, height: 30)

    @Test func jAndKMoveTheArticleCursorByLine() {
        let down = start.after("j")
        #expect(down.passage == 0 && down.offset > 0)
        #expect(down.lines.contains { $0.contains("│▌›Rover, at a packed hall") })
        // Down past the passage's last line skips the blank and the chrome line is next.
        let chrome = start.after("jjj")
        #expect(chrome.passage == 1 && chrome.offset == 0)
        #expect(start.after("jjjk").passage == 0)
        #expect(start.after("<Down><Down><Down><Up>").location == start.after("jjjk").location)
    }

    @Test func jAndKMoveTheListSelection() {
        let list = start.after("<S-Tab>jj")
        #expect(list.focus == .articles && list.listSelection == 2)
        let frame = list.screen()
        let row = frame.row(containing: "Lisbon weighs robot rules")!
        #expect(frame[4, row].style.reverse && frame[4, row + 1].style.reverse)
        #expect(list.article == 0)  // moving the list cursor does not open
        #expect(list.after("k").listSelection == 1)
    }

    @Test func jMovesTheRelatedSelection() {
        let related = start.after("<Tab>j")
        #expect(related.focus == .related && related.related.selection == 1)
        let frame = related.screen()
        let row = frame.row(containing: "0.15 Lisbon weighs robot rules")!
        #expect(frame.style(of: "0.15", row: row)!.reverse)
    }

    @Test func spaceAndBPage() {
        let small = Fixture.state(width: 60, height: 10)
        let paged = small.after(" ")
        #expect(paged.passage == 2)
        #expect(paged.lines[2].hasPrefix("▌") || paged.lines.contains { $0.hasPrefix("▌›") })
        #expect(paged.after("b").location == small.location)
        #expect(small.after("<PgDn>").location == paged.location)
    }

    @Test func gAndGGoToTheEnds() {
        let end = start.after("G")
        #expect(end.passage == 4)  // "Source: Harbour Post", set-aside
        #expect(end.after("g").passage == 0 && end.after("g").offset == 0)
        #expect(start.after("<End>").passage == 4 && start.after("<End><Home>").passage == 0)
    }

    @Test func bracketsStepPassages() {
        #expect(start.after("]").passage == 1)
        #expect(start.after("]]]").passage == 3)
        #expect(start.after("]]][").passage == 2)
        #expect(start.after("[").message == "First passage")
        // [ inside a passage first returns to its start.
        let inside = start.after("j[")
        #expect(inside.passage == 0 && inside.offset == 0)
    }

    @Test func capitalJAndKOpenArticlesAndMarkThemRead() {
        let next = start.after("J")
        #expect(next.article == 1 && next.read == [0, 1])
        #expect(next.lines[2].hasPrefix("    Acme unveils"))
        #expect(next.lines[4].hasPrefix("▶   Borealis Bank"))
        #expect(next.after("K").article == 0)
        #expect(start.after("K").message == "First article")
        #expect(start.after("JJJJ").message == "Last article")
    }

    @Test func tabCyclesFocus() {
        #expect(start.focus == .article)
        #expect(start.after("<Tab>").focus == .related)
        #expect(start.after("<Tab><Tab>").focus == .articles)
        #expect(start.after("<S-Tab>").focus == .articles)
        let frame = start.after("<Tab>").screen()
        #expect(frame.style(of: "Related", row: 1)!.reverse || frame.style(of: "Related", row: 1)!.background != .default)
    }

    @Test func nAndNWalkMentions() {
        let names = ["n", "nn", "nnn", "nnnn", "nnnnn"].map { script -> String in
            let state = start.after(script)
            return Fixture.index.entities[state.selectedMention!.entity].name
        }
        #expect(names == ["Acme Robotics", "Acme Rover", "Lisbon", "$12 million", "Mara Quist"])
        #expect(start.after("nnnnn").currentEntity == Fixture.entity("Mara Quist"))
        #expect(start.after("nnN").selectedMention?.entity == Fixture.entity("Acme Robotics"))
        // Wraps at the end.
        let wrapped = start.after("nnnnnnn")
        #expect(wrapped.message == "Wrapped to the first")
        #expect(wrapped.selectedMention?.entity == Fixture.entity("Acme Robotics"))
        #expect(start.after("nnnnn").lines.contains { $0.contains("◆ Mara Quist (person)") })
    }

    @Test func enterOnAMentionShowsItsRelatedPassages() {
        let state = start.after("nnn<Enter>")  // Lisbon
        #expect(state.focus == .related)
        #expect(state.related.only == Fixture.entity("Lisbon"))
        let frame = state.screen()
        #expect(frame.lines[1].hasSuffix("Lisbon · ¶0"))
        #expect(frame.lines[2].hasSuffix("│ Lisbon · place · 3"))
        #expect(!frame.lines.contains { $0.contains("Acme Robotics · organisation") })
    }

    @Test func enterOnARelatedPassageJumpsAndMarksTheMention() {
        // The second Lisbon link (the first names Lisbon only elsewhere in its article).
        let jumped = start.after("nnn<Enter>j<Enter>")
        #expect(jumped.focus == .article)
        let target = jumped.currentPassage
        #expect(target.article != 0)
        #expect(jumped.selectedMention?.entity == Fixture.entity("Lisbon"))
        #expect(jumped.currentEntity == Fixture.entity("Lisbon"))
        let frame = jumped.screen()
        let row = frame.row(containing: "▌›City officials in Lisbon")!
        let x = frame.column(of: "officials in Lisbon", row: row)! + 13
        #expect(frame[x, row].text == "L" && frame[x, row].style.reverse)
        #expect(target == PassageID(article: 2, passage: 0))
        #expect(jumped.history.back.last == start.after("nnn").location)
    }

    @Test func enterOnTheListOpensTheArticle() {
        let opened = start.after("<S-Tab>jj<Enter>")
        #expect(opened.article == 2 && opened.focus == .article && opened.read.contains(2))
        #expect(opened.lines[2].hasPrefix("    Acme unveils"))
        #expect(opened.lines[6].hasPrefix("▶   Lisbon weighs"))
    }

    @Test func backAndForwardWalkHistory() {
        let jumped = start.after("nnn<Enter><Enter>")
        for back in ["<Backspace>", "h", "<M-Left>"] {
            let returned = jumped.after(back)
            #expect(returned.location == start.after("nnn").location)
            #expect(returned.history.forward.count == 1)
            for forward in ["l", "<M-Right>"] {
                #expect(returned.after(forward).location == jumped.location)
            }
        }
        #expect(start.after("h").message == "No earlier place")
        #expect(start.after("l").message == "No later place")
    }

    @Test func dotAndCommaFollowTheEntityAcrossTheCorpus() {
        let mara = start.after("nnnnn")  // Mara Quist in ¶2 of article 0
        let next = mara.after(".")
        #expect(next.currentPassage == PassageID(article: 1, passage: 3))
        #expect(next.selectedMention?.entity == Fixture.entity("Mara Quist"))
        #expect(next.after(".").currentPassage == PassageID(article: 2, passage: 0))
        let wrapped = next.after("..")
        #expect(wrapped.currentPassage == PassageID(article: 0, passage: 2))
        #expect(wrapped.message == "Wrapped around the corpus")
        #expect(next.after(",").currentPassage == PassageID(article: 0, passage: 2))
        #expect(start.after(".").message == "No current entity: put the cursor on a mention (n)")
    }

    @Test func rTogglesRaw() {
        #expect(start.after("r").showRaw && !start.after("rr").showRaw)
        #expect(start.after("r").lines.last!.hasSuffix("[raw]"))
    }

    @Test func mBookmarks() {
        let marked = start.after("m")
        #expect(marked.bookmarks == [0])
        #expect(marked.lines[2].hasPrefix("▶ * Acme unveils"))
        #expect(marked.after("m").bookmarks.isEmpty)
        #expect(start.after("<S-Tab>jm").bookmarks == [1])
    }

    @Test func qQuits() {
        #expect(!start.isFinished)
        #expect(start.after("q").isFinished)
        #expect(!start.after("?q").isFinished)  // q closes the help first
        #expect(!start.after("/q").isFinished)  // and is text in a prompt
    }

    @Test func escClearsChoices() {
        let chosen = start.after("@borealis<Enter><Esc>f")
        #expect(chosen.filtering && chosen.chosen == [Fixture.entity("Borealis Bank")])
        let cleared = chosen.after("<Esc>")
        #expect(cleared.chosen.isEmpty && !cleared.filtering && cleared.listRows.count == 4)
        #expect(start.after("<Esc>").message == "Nothing to clear")
    }

    @Test func fFiltersTheArticleList() {
        let filtered = start.after("@mara<Enter><Esc>f")
        #expect(filtered.listRows == [0, 1, 2])
        #expect(filtered.lines[1].hasPrefix(" Articles                   3 of 4"))
        #expect(!filtered.lines.contains { $0.contains("A quiet week") })
        #expect(start.after("f").message == "Choose an entity first (@)")
        #expect(filtered.after("f").listRows.count == 4)
    }

    @Test func wheelAndClickUseThePaneUnderThePointer() {
        // Click the third article in the list: selects, opens, focuses the list.
        let clicked = update(start, .mouse(MouseEvent(kind: .press(button: 1), x: 5, y: 6)))
        #expect(clicked.article == 2 && clicked.focus == .articles)
        // Click on "Lisbon" in the article text selects that mention.
        let frame = start.screen()
        let row = frame.row(containing: "hall in Lisbon")!
        let x = frame.column(of: "in Lisbon", row: row)! + 4
        let onMention = update(start, .mouse(MouseEvent(kind: .press(button: 1), x: x, y: row)))
        #expect(onMention.selectedMention?.entity == Fixture.entity("Lisbon"))
        // Click a related passage row.
        let relatedRow = frame.row(containing: "0.15 Lisbon weighs")!
        let onRelated = update(start, .mouse(MouseEvent(kind: .press(button: 1), x: 110, y: relatedRow + 1)))
        #expect(onRelated.focus == .related && onRelated.related.selection == 1)
        // The wheel over the related pane scrolls it without moving the selection.
        let scrolled = update(start, .mouse(MouseEvent(kind: .wheelDown, x: 110, y: 10)))
        #expect(scrolled.related.top == 3 && scrolled.related.selection == 0)
        #expect(scrolled.lines[2] != start.lines[2])
    }
}

/// Where the cursor lands when an article opens.
@Suite struct OpeningTests {
    /// A banner before the story, then an article that is nothing but furniture.
    let state = Fixture.state(files: [
        "a-banner.txt": "Robots reach Lisbon\n\nAdvertisement\n\nMara Quist said the Rover is safe in Lisbon.\n",
        "b-furniture.txt": "Nothing but furniture\n\nAdvertisement\n",
    ])

    @Test func articlesOpenOnTheirFirstContentPassage() {
        #expect(state.context.article(0).passages[0].kind == .chrome)
        #expect(state.currentPassage == PassageID(article: 0, passage: 1))
        #expect(state.lines.contains { $0.contains("│▌›Mara Quist said the Rover is safe in Lisbon.") })
        // From the next article back (K), and from the list (Enter): the same place.
        #expect(state.after("JK").currentPassage == PassageID(article: 0, passage: 1))
        #expect(state.after("J<S-Tab>k<Enter>").currentPassage == PassageID(article: 0, passage: 1))
    }

    @Test func anArticleWithNoContentOpensOnItsFirstPassage() {
        let furniture = state.after("J")
        #expect(furniture.article == 1 && furniture.passage == 0)
        #expect(!furniture.context.article(1).passages.contains { $0.kind.isContent })
    }
}

/// What the Related pane says when it has nothing to list.
@Suite struct EmptyRelatedTests {
    @Test func aPassageWithoutEntitiesSaysSo() {
        // The quiet-week article names no entity at all.
        let state = Fixture.state(width: 140, height: 12).after("JJJ")
        #expect(state.context.mentions(3, 0).isEmpty)
        #expect(state.lines[2].hasSuffix("│ This passage names no entities"))
        #expect(state.after("<Enter>").message == "This passage names no entities")
        // Set-aside text keeps its own reason.
        let chrome = Fixture.state(width: 140, height: 12).after("]")
        #expect(chrome.lines[2].hasSuffix("│ Set-aside text is not linked"))
    }
}
