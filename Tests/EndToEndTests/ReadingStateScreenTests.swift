import Foundation
import Testing

/// The reading state on a real terminal: quit, start again, and the reader is where it was with
/// its marks; two readers on one state file at once both work and both are remembered.
@Suite(.serialized) struct ReadingStateScreenTests {
    /// The project's own corpus (twelve articles, always there, long enough to move around in).
    static let corpus = TmuxPane.repositoryRoot.appendingPathComponent("corpus").path

    func startReader(_ pane: TmuxPane, state: String) throws {
        try pane.startReader(["--state", state, Self.corpus])
        try pane.waitFor(text: "12 articles")
    }

    /// The status line's position: "3/12  ¶4 of 13".
    static func position(_ screen: [String]) -> String? {
        guard let line = screen.last(where: { $0.contains("/12  ¶") }),
              let range = line.range(of: #"\d+/12  ¶\d+ of \d+"#, options: .regularExpression) else { return nil }
        return String(line[range])
    }

    /// Rows of the article list whose marks column shows a bookmark.
    static func bookmarkedRows(_ screen: [String]) -> [String] {
        screen.filter { $0.count > 4 && $0.prefix(4).contains("*") }
    }

    @Test func reopensOnTheSameArticleAndPassageWithTheBookmarkShown() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let pane = try TmuxPane()
        let state = pane.scratch.appendingPathComponent("reading.sqlite").path
        try startReader(pane, state: state)
        try pane.press("J", "J", "]", "]", "m")
        try pane.waitFor(text: "Bookmarked")
        let before = try pane.settle()
        let place = try #require(Self.position(before))
        #expect(place.hasPrefix("3/12  ¶"))
        let openRow = try #require(before.first { $0.hasPrefix("▶ * ") }, "the open article is read and bookmarked")
        try pane.press("q")
        #expect(try pane.exitStatusAndTTYRestored().status == 0)

        try startReader(pane, state: state)
        let after = try pane.settle()
        #expect(Self.position(after) == place, "the same article and passage")
        #expect(after.contains(openRow), "open, read and bookmarked as before: \(openRow)")
        #expect(Self.bookmarkedRows(after) == [openRow])
        #expect(after[0].contains(" · 3 read"))
        try pane.press("q")
        #expect(try pane.exitStatusAndTTYRestored().status == 0)
    }

    @Test func twoReadersOnOneStateFileBothWorkAndBothAreRemembered() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let first = try TmuxPane(), second = try TmuxPane()
        let state = first.scratch.appendingPathComponent("reading.sqlite").path
        try startReader(first, state: state)
        try startReader(second, state: state)
        // Turn about, each waiting for its own answer: both write to the file while both are open.
        try first.press("J", "m")
        try first.waitFor(text: "Bookmarked")
        try second.press("J", "J", "J", "m")
        try second.waitFor(text: "Bookmarked")
        try first.press("]")
        try first.settle()
        #expect(Self.position(try first.screen())?.hasPrefix("2/12") == true)
        #expect(Self.position(try second.screen())?.hasPrefix("4/12") == true)
        try first.press("q")
        try second.press("q")
        #expect(try first.exitStatusAndTTYRestored().status == 0)
        #expect(try second.exitStatusAndTTYRestored().status == 0)

        // A third reader sees both bookmarks and every article either one read.
        let third = try TmuxPane()
        try startReader(third, state: state)
        let screen = try third.settle()
        #expect(Self.bookmarkedRows(screen).count == 2, "articles 2 and 4 bookmarked:\n\(screen.joined(separator: "\n"))")
        #expect(screen[0].contains(" · 4 read"))
        #expect(!screen.joined().contains("moved aside"))
        try third.press("q")
        #expect(try third.exitStatusAndTTYRestored().status == 0)
    }
}
