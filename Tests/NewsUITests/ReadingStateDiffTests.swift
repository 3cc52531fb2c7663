import NewsCore
import Testing
@testable import NewsUI

/// The reading changes an event makes, by article path: what the state store is asked to write.
@Suite struct ReadingStateDiffTests {
    let start = Fixture.state()
    let a = "a-rover-launch.txt", b = "b-bank-backs-acme.md"

    func changes(_ script: String, from state: ReaderState? = nil) -> [ReadingChange] {
        let before = state ?? start
        return before.after(script).readingChanges(since: before)
    }

    @Test func eventsThatChangeNothingKeptReportNothing() {
        #expect(start.readingChanges(since: start) == [])
        #expect(update(start, .resize(width: 100, height: 30)).readingChanges(since: start) == [])
        #expect(changes("<Tab>") == [], "focus is not kept")
        #expect(changes("?") == [], "an overlay is not kept")
        #expect(changes("[") == [], "\"First passage\": the cursor stays")
    }

    @Test func aNewPassageIsVisitedAndItsPositionWritten() {
        #expect(start.passage == 0)
        #expect(changes("]") == [.visited(path: a, passage: 1), .position(path: a, ReadingPosition(passage: 1, offset: 0))])
    }

    @Test func movingWithinAPassageWritesOnlyThePosition() {
        let moved = start.after("j")
        #expect(moved.passage == 0 && moved.offset > 0, "the first passage wraps over two lines at 140 columns")
        #expect(changes("j") == [.position(path: a, ReadingPosition(passage: 0, offset: moved.offset))])
    }

    @Test func openingTheNextArticleMarksItReadAndOpensIt() {
        #expect(changes("J") == [
            .read(path: b, true), .opened(path: b), .visited(path: b, passage: 0),
            .position(path: b, ReadingPosition(passage: 0, offset: 0)),
        ])
        // Back to one already read: opened again, not read again.
        let onB = start.after("J")
        #expect(changes("K", from: onB) == [
            .opened(path: a), .visited(path: a, passage: 0), .position(path: a, ReadingPosition(passage: 0, offset: 0)),
        ])
    }

    @Test func bookmarkingTheOpenArticleAndTheListSelection() {
        #expect(changes("m") == [.bookmark(path: a, true)])
        #expect(changes("m", from: start.after("m")) == [.bookmark(path: a, false)])
        // In the list, `m` is for the selected row, which need not be the open article.
        #expect(changes("<S-Tab>jm") == [.bookmark(path: b, true)])
    }

    @Test func changesNameArticlesByPathWhateverTheirIndexNow() {
        // A file sorting first shifts every index by one; the paths stay.
        let files = ["0-new.txt": "New arrival\n\nLisbon opened a depot.\n",
                     "a.txt": "Robots reach Lisbon\n\nMara Quist said the Rover is safe.\n",
                     "b.txt": "Bank news\n\nBorealis Bank lent money.\n"]
        let state = Fixture.state(files: files)
        let seeded = ReaderState(index: state.index, options: ReaderOptions(
            saved: SavedReading(bookmarks: ["b.txt"], lastOpened: "b.txt"), width: 140, height: 30))
        #expect(seeded.article == 2 && seeded.bookmarks == [2])
        #expect(seeded.after("m").readingChanges(since: seeded) == [.bookmark(path: "b.txt", false)])
    }
}
