import Testing
import NewsCore
@testable import NewsUI

/// The help, search, entity picker and results overlays.
@Suite struct OverlayTests {
    let start = Fixture.state(width: 140, height: 30)

    @Test func helpListsEveryActionFromTheTable() {
        let help = start.after("?")
        #expect(help.overlay == .help(top: 0))
        let lines = help.lines
        #expect(lines[1].contains("┌─ Keys — j/k scroll, Esc closes ─"))
        #expect(lines[2].contains("│ Move "))
        #expect(lines[3].contains("│   j Down             Down one line (article) or row (lists)"))
        // Every action's help text appears (the box scrolls; 28 actions + 4 groups + footer).
        let all = HelpOverlay.lines(.defaults).map(\.text)
        let joined = all.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for action in Action.allCases { #expect(joined.contains(action.help)) }
        #expect(help.after("j").overlay == .help(top: 1))
        #expect(help.after("<Esc>").overlay == nil && help.after("?").overlay == nil)
        #expect(lines.last!.hasSuffix("[help]"))
    }

    @Test func helpShowsReboundKeys() throws {
        let keymap = try Keymap.parse("bind x quit\nunbind q")
        let lines = HelpOverlay.lines(keymap).map(\.text)
        #expect(lines.contains("  x                  Quit"))
    }

    @Test func searchUpdatesAsYouType() {
        // Search matches whole (normalised) words: nothing for "robo", results once "robot" is typed.
        let typing = start.after("/robo")
        guard case .search(let prompt)? = typing.overlay else { Issue.record("no prompt"); return }
        #expect(prompt.text == "robo" && prompt.hits.isEmpty)
        let frame = typing.screen()
        let top = frame.row(containing: "/robo")!
        #expect(frame.lines[top].contains("│ /robo "))
        #expect(frame.lines[top + 1].contains("│ 0 passages match"))
        #expect(frame.cursor?.y == top)
        let more = typing.after("t")
        guard case .search(let longer)? = more.overlay else { Issue.record("no prompt"); return }
        #expect(longer.hits.count == 4 && longer.text == "robot")
        #expect(more.lines.contains { $0.contains("│ ¶0    Acme Robotics showed its first delivery robot") })
        #expect(more.lines.contains { $0.contains("passages match") })
        #expect(start.after("/the").lines.contains { $0.contains("only common words (the)") })
        #expect(start.after("/x<Backspace><Backspace>").overlay == nil)
    }

    @Test func searchEnterOpensAndNWalksMatches() {
        // "pavements" is in ¶0 and ¶1 of the Lisbon article only.
        let opened = start.after("/pavements<Enter>")
        #expect(opened.overlay == nil && opened.query?.text == "pavements")
        #expect(opened.currentPassage == PassageID(article: 2, passage: 0))
        #expect(opened.offset == 67)
        let next = opened.after("n")
        #expect(next.currentPassage == PassageID(article: 2, passage: 1) && next.offset == 20)
        #expect(next.after("N").location == opened.location)
        let frame = opened.screen()
        let row = frame.row(containing: "on pavements")!
        #expect(frame.style(of: "on pavements", row: row, offset: 3)!.background == .indexed(220))
        #expect(opened.lines.last!.hasSuffix("[clean /pavements]"))
        #expect(opened.after("<Esc>").query == nil)
    }

    @Test func pickerFiltersAsYouType() {
        let picker = start.after("@ma")
        guard case .picker(let state)? = picker.overlay else { Issue.record("no picker"); return }
        #expect(state.candidates.map(\.name) == ["Mara Quist"])
        let lines = picker.lines
        #expect(lines.contains { $0.contains("│ @ma ") })
        #expect(lines.contains { $0.contains("│ Mara Quist") && $0.contains("person · 3 articles · 3 mentions │") })
        #expect(picker.lines.last!.hasSuffix("[entity]"))
        // Aliases match too, and show which one did.
        #expect(start.after("@rover").lines.contains { $0.contains("Acme Rover") })
    }

    @Test func choosingAnEntityListsItsPassages() {
        let results = start.after("@mara<Enter>")
        guard case .results(let list)? = results.overlay else { Issue.record("no results"); return }
        #expect(list.entities == [Fixture.entity("Mara Quist")])
        #expect(list.passages == [PassageID(article: 0, passage: 2), PassageID(article: 1, passage: 3), PassageID(article: 2, passage: 0)])
        let lines = results.lines
        #expect(lines.contains { $0.contains("─ Passages mentioning Mara Quist ─") })
        #expect(lines.contains { $0.contains("3 passages in 3 articles") })
        #expect(lines.contains { $0.contains("│ Acme unveils the Rover in Lisbon · Harbour Post (1)") })
        #expect(lines.contains { $0.contains("│ ¶2    Mara Quist, who runs the project") })
        #expect(results.chosen == [Fixture.entity("Mara Quist")])
        #expect(lines[0].hasSuffix("@Mara Quist"))
        // Enter jumps to the selected passage, cursor on the mention.
        let jumped = results.after("jj<Enter>")
        #expect(jumped.overlay == nil && jumped.currentPassage == PassageID(article: 2, passage: 0))
        #expect(jumped.selectedMention?.entity == Fixture.entity("Mara Quist"))
    }

    @Test func plusNarrowsToPassagesWithEveryEntity() {
        let both = start.after("@mara<Enter>+lisb<Enter>")
        guard case .results(let list)? = both.overlay else { Issue.record("no results"); return }
        #expect(list.entities == [Fixture.entity("Mara Quist"), Fixture.entity("Lisbon")])
        #expect(list.passages == [PassageID(article: 2, passage: 0)])
        #expect(both.lines[0].hasSuffix("@Mara Quist @Lisbon"))
        // Each chosen entity keeps its own highlight: different backgrounds.
        let frame = both.after("<Enter>").screen()
        let row = frame.row(containing: "▌›City officials in Lisbon")!
        let lisbon = frame.style(of: "in Lisbon", row: row, offset: 3)!
        let mara = frame.style(of: "Mara", row: row + 1) ?? frame.style(of: "Mara", row: row)!
        #expect(lisbon.background != .default && mara.background != .default && lisbon.background != mara.background)
    }

    @Test func escClosesTheOverlayFirst() {
        let results = start.after("@mara<Enter>")
        let closed = results.after("<Esc>")
        #expect(closed.overlay == nil && closed.chosen == [Fixture.entity("Mara Quist")])
        #expect(closed.after("<Esc>").chosen.isEmpty)
        #expect(start.after("@ma<Esc>").overlay == nil)
    }
}

/// The help overlay when a description is longer than its column.
@Suite struct HelpWrapTests {
    @Test func longHelpWrapsUnderItsColumn() {
        let lines = Fixture.state(width: 140, height: 60).after("?").lines
        let row = lines.firstIndex { $0.contains("│   Enter              Open: ") }!
        #expect(lines[row].contains("│   Enter              Open: article, a mention's related passages, a related      │"))
        #expect(lines[row + 1].contains("│                      passage                                                     │"))
        // Nothing is cut: every action's help is there, joined across its lines.
        let text = HelpOverlay.lines(.defaults).map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        for action in Action.allCases { #expect(text.contains(action.help)) }
    }
}

/// Catalog entities the corpus never mentions, in the entity picker.
@Suite struct PickerOrderTests {
    /// "Lis", a catalog place no article names, matches "lis" better than "Lisbon" does.
    let state = Fixture.state(files: ["a.txt": "Robots in Lisbon\n\nMara Quist took the Rover to Lisbon.\n"],
                              catalog: Fixture.catalogText + "place: Lis\n")

    @Test func unmentionedEntitiesComeAfterMentionedOnes() {
        let picker = state.after("@lis")
        guard case .picker(let list)? = picker.overlay else { Issue.record("no picker"); return }
        #expect(list.candidates.map(\.name) == ["Lisbon", "Lis"])
        let lines = picker.lines
        let lisbon = lines.firstIndex { $0.contains("│ Lisbon ") }!
        #expect(lines[lisbon].contains("place · 1 article · 1 mention │"))
        #expect(lines[lisbon + 1].contains("│ Lis ") && lines[lisbon + 1].contains("place · 0 articles · 0 mentions │"))
    }
}
