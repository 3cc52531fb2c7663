import NewsCore
import Testing
@testable import NewsUI

/// The reader built from an earlier session's state: it reopens where the reader stopped, with
/// the read marks and bookmarks of before.
@Suite struct ReadingStateSeedTests {
    let a = "a-rover-launch.txt", b = "b-bank-backs-acme.md", c = "c-lisbon-traffic.txt"

    func state(_ saved: SavedReading, initialArticle: Int? = nil, notice: String? = nil) -> ReaderState {
        ReaderState(index: Fixture.index, options: ReaderOptions(
            initialArticle: initialArticle, saved: saved, notice: notice, width: 140, height: 40))
    }

    @Test func reopensOnTheLastArticleAtItsPassageAndOffset() {
        let saved = SavedReading(read: [a, "gone.txt"], bookmarks: [c],
                                 positions: [c: ReadingPosition(passage: 1, offset: 12)], lastOpened: c)
        let reopened = state(saved)
        #expect(reopened.article == 2 && reopened.passage == 1 && reopened.offset == 12)
        #expect(reopened.read == [0, 2], "the saved read article and the one open now")
        #expect(reopened.bookmarks == [2])
        let lines = reopened.lines
        #expect(lines[0].contains(" · 2 read"))
        #expect(lines.contains { $0.hasPrefix("▶ * Lisbon weighs robot rules") }, "open, read and bookmarked")
        #expect(lines.contains { $0.hasPrefix(" •  Borealis Bank backs Acme") }, "never read")
        #expect(lines.contains { $0.contains("│▌›Critics said 40% of pavements") }, "the cursor on the saved passage")
    }

    @Test func whatTheOpeningAddsToTheSavedState() {
        let fresh = state(.empty)
        #expect(fresh.readingChanges(since: SavedReading.empty) == [
            .read(path: a, true), .opened(path: a), .visited(path: a, passage: 0),
            .position(path: a, ReadingPosition(passage: 0, offset: 0)),
        ])
        // Reopened where it stopped: only the opening itself is new.
        let saved = SavedReading(read: [c], positions: [c: ReadingPosition(passage: 1, offset: 12)], lastOpened: c)
        #expect(state(saved).readingChanges(since: saved) == [.opened(path: c), .visited(path: c, passage: 1)])
    }

    @Test func aPositionPastTheEndOfAShortenedArticleComesBackOntoItsLastPassage() {
        let reopened = state(SavedReading(positions: [c: ReadingPosition(passage: 40, offset: 900)], lastOpened: c))
        #expect(reopened.article == 2 && reopened.passage == 2 && reopened.offset == 0)
        let offsetPastText = state(SavedReading(positions: [c: ReadingPosition(passage: 1, offset: 10_000)], lastOpened: c))
        #expect(offsetPastText.passage == 1 && offsetPastText.offset == Fixture.index.library.article(2).passages[1].text.utf8.count)
    }

    @Test func aLastArticleNoLongerInTheCorpusOpensTheFirstOne() {
        let reopened = state(SavedReading(read: ["gone.txt"], lastOpened: "gone.txt"))
        #expect(reopened.article == 0 && reopened.passage == 0 && reopened.read == [0])
    }

    @Test func anArticleGivenOnTheCommandLineWinsOverTheSavedOne() {
        let reopened = state(SavedReading(positions: [b: ReadingPosition(passage: 4, offset: 0)], lastOpened: c), initialArticle: 1)
        #expect(reopened.article == 1 && reopened.passage == 4, "still at its own saved position")
    }

    @Test func anArticleOpenedAgainResumesWhereItWasLeft() {
        let start = state(.empty)
        #expect(start.after("]]JK").currentPassage == PassageID(article: 0, passage: 2))
        #expect(start.after("]]J<S-Tab>k<Enter>").currentPassage == PassageID(article: 0, passage: 2))
        // And from an earlier session's position, not only this session's.
        let saved = state(SavedReading(positions: [b: ReadingPosition(passage: 3, offset: 0)], lastOpened: a))
        #expect(saved.after("J").currentPassage == PassageID(article: 1, passage: 3))
    }

    @Test func theNoticeIsOnTheFirstFrameOnly() {
        let noticed = state(.empty, notice: "reading state moved aside")
        #expect(noticed.message == "reading state moved aside")
        #expect(noticed.lines.last?.contains("reading state moved aside") == true)
        #expect(noticed.after("j").message == nil)
    }
}
