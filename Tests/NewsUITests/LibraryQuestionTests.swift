import NewsCore
import Testing
@testable import NewsUI

/// What the reader asks of its library: for the rows, articles and counts it shows, never for
/// the whole corpus, so a store of 200,000 articles opens as fast as a store of sixty.
@Suite struct LibraryQuestionTests {
    /// Sixty articles: the first two name Acme Robotics and Lisbon, the rest name nothing.
    static let index: NewsIndex = {
        var files = [
            "a00.txt": "Acme opens in Lisbon\n\nAcme Robotics showed its new arm in Lisbon on Monday.\n",
            "a01.txt": "Lisbon welcomes Acme\n\nCity officials in Lisbon met Acme Robotics about the arm.\n",
        ]
        for number in 2..<60 {
            let name = number < 10 ? "a0\(number)" : "a\(number)"
            files[name + ".txt"] = "Quiet day \(number)\n\nNothing of note happened on day \(number) at the harbour.\n"
        }
        return Fixture.index(files: files)
    }()

    func reader(_ library: CountingLibrary, saved: SavedReading = .empty) -> ReaderState {
        ReaderState(index: Self.index, library: library, options: ReaderOptions(saved: saved, width: 140, height: 40))
    }

    @Test func theFirstFrameReadsTheOpenArticleTheRelatedOneAndTheRowsInView() {
        let library = CountingLibrary(Self.index.library)
        let state = reader(library)
        let lines = state.lines
        // Acme Robotics and Lisbon: the catalog's other entries are named by no article.
        #expect(lines[0].hasPrefix(" newsreader · corpus · 60 articles · 2 entities · 1 read"))
        #expect(lines[2].hasPrefix("▶   Acme opens in Lisbon") && lines[3].hasSuffix("│▌ 0.30 Lisbon welcomes Acme"))
        #expect(lines[36].hasPrefix(" •  Quiet day 17 ") && lines[37].hasPrefix("    0 entities "))
        // Each once, thanks to the caches; article 1 for the Related pane's snippets.
        #expect(library.asked(.article) == [0, 1])
        #expect(library.asked(.tags) == [0, 1])
        // Eighteen rows of two lines fit at 140×40; the open and related articles are among them.
        #expect(library.asked(.summary) == Array(0..<18))
        #expect(library.asked(.stats).isEmpty)
        #expect(library.asked(.postings).isEmpty)
        #expect(library.asked(.articlesMentioningAll).isEmpty)
        #expect(library.asked(.nextMention).isEmpty)
    }

    @Test func scrollingTheListAsksForTheRowsComingIntoView() {
        let library = CountingLibrary(Self.index.library)
        let state = reader(library)
        _ = state.screen()
        library.forget()
        let moved = state.after("<S-Tab>" + String(repeating: "j", count: 18))
        _ = moved.screen()
        #expect(moved.listSelection == 18)
        #expect(library.asked(.summary) == [18])
        #expect(library.asked(.article).isEmpty)
    }

    @Test func nextEntityMentionAsksNextMentionNotPostings() {
        let library = CountingLibrary(Self.index.library)
        let acme = Self.index.entities.id(named: "Acme Robotics")!
        let onAcme = reader(library).after("n")
        #expect(onAcme.currentEntity == acme)
        let next = onAcme.after(".")
        #expect(next.currentPassage == PassageID(article: 1, passage: 0) && next.message == nil)
        let wrapped = next.after(".")
        #expect(wrapped.currentPassage == PassageID(article: 0, passage: 0))
        #expect(wrapped.message == "Wrapped around the corpus")
        // One question for the next passage, then two for the wrap: none after, then the first.
        #expect(library.asked(.nextMention) == [acme, acme, acme])
        #expect(library.asked(.postings).isEmpty)
    }

    @Test func theFilterAsksForArticlesMentioningAllNotPostings() {
        let library = CountingLibrary(Self.index.library)
        let acme = Self.index.entities.id(named: "Acme Robotics")!
        let filtered = reader(library).after("@acme robotics<Enter>f")
        #expect(filtered.filtering && filtered.listRows == [0, 1])
        #expect(filtered.message == "2 articles mention Acme Robotics")
        // Once for the passages listed on Enter, once for the filter.
        #expect(library.asked(.articlesMentioningAll) == [acme, acme])
        #expect(library.asked(.postings).isEmpty)
    }

    @Test func savedStateLoadsOnlyTheArticleThatOpens() {
        let library = CountingLibrary(Self.index.library)
        let paths = (10..<40).map { "a\($0).txt" }
        var positions: [String: ReadingPosition] = [:]
        for path in paths { positions[path] = ReadingPosition(passage: 40, offset: 900) }
        let saved = SavedReading(read: Set(paths), positions: positions, lastOpened: "a12.txt")
        let state = reader(library, saved: saved)
        // Its saved position is past its only passage: fitted onto it, at its start.
        #expect(state.currentPassage == PassageID(article: 12, passage: 0) && state.offset == 0)
        #expect(library.asked(.article) == [12])
        // The first write maps back to a path only what this session changed: the open article.
        library.forget()
        #expect(state.readingChanges(since: saved) == [
            .opened(path: "a12.txt"), .visited(path: "a12.txt", passage: 0),
            .position(path: "a12.txt", ReadingPosition(passage: 0, offset: 0)),
        ])
        #expect(library.asked(.summary) == [12])
    }
}

/// The entity picker's counts are the library's `stats`.
@Suite struct PickerStatsTests {
    @Test func countsAndOrderComeFromStats() {
        let mara = Fixture.entity("Mara Quist"), robotics = Fixture.entity("Acme Robotics")
        let library = CountingLibrary(Fixture.index.library, stats: [
            mara: EntityStats(mentions: 11, articles: 7, passages: 9),
            robotics: .none,
        ])
        let state = ReaderState(index: Fixture.index, library: library, options: ReaderOptions(width: 140, height: 30))
        #expect(state.after("@ma").lines.contains { $0.contains("│ Mara Quist") && $0.contains("person · 7 articles · 11 mentions │") })
        #expect(library.asked(.stats).contains(mara))
        // An entity the library says is never mentioned is listed after those that are.
        let acme = state.after("@acme")
        guard case .picker(let picker)? = acme.overlay else { Issue.record("no picker"); return }
        #expect(picker.candidates.map(\.name) == ["Acme Rover", "Acme Robotics"])
        #expect(acme.lines.contains { $0.contains("│ Acme Robotics") && $0.contains("organisation · 0 articles · 0 mentions │") })
    }
}
