import NewsCore
import Testing
@testable import NewsUI

/// The reader on a terminal ranks related passages off its thread: the frame after a keystroke
/// is drawn at once, the Related pane saying it is looking, and the groups are taken between
/// keystrokes. What it then shows is what ranking on the spot shows.
@Suite struct RelatedInBackgroundTests {
    func reader(inBackground: Bool) -> ReaderState {
        ReaderState(index: Fixture.index, options: ReaderOptions(width: 140, height: 40, relatedInBackground: inBackground))
    }

    /// The state once the background work is done and taken.
    func settled(_ state: ReaderState) -> ReaderState {
        state.waitForBackgroundWork()
        return state.withFinishedWork() ?? state
    }

    @Test func aNewPassageDrawsAtOnceWithThePaneLookingThenFillsAsOnTheSpot() {
        let start = settled(reader(inBackground: true))
        #expect(!start.related.pending)
        #expect(start.withFinishedWork() == nil, "nothing new once taken")
        let moved = start.after("]]")
        #expect(moved.related.pending && moved.related.groups.isEmpty)
        #expect(moved.lines.contains { $0.hasSuffix("│ Finding related passages…") })
        let filled = settled(moved)
        let onTheSpot = reader(inBackground: false).after("]]")
        #expect(filled.related == onTheSpot.related)
        #expect(filled.lines == onTheSpot.lines)
    }

    @Test func aPassageRankedBeforeIsShownWithoutWaiting() {
        let start = settled(reader(inBackground: true))
        let there = settled(start.after("]]"))
        let back = there.after("[[")
        #expect(!back.related.pending, "the first passage's groups are kept")
        #expect(back.related.groups == start.related.groups)
    }

    @Test func enterOnAMentionWhileLookingRanksAtOnce() {
        let start = settled(reader(inBackground: true))
        // Move to the third passage (the second is set aside) and press Enter on its first
        // mention before anything is taken.
        let state = start.after("]]n<Enter>")
        let onTheSpot = reader(inBackground: false).after("]]n<Enter>")
        #expect(!state.related.pending)
        #expect(state.focus == onTheSpot.focus && state.related == onTheSpot.related)
    }

    @Test func onlyTheLatestOfManyQuickMovesNeedsRanking() {
        let start = settled(reader(inBackground: true))
        let far = settled(start.after("]]]]"))
        let onTheSpot = reader(inBackground: false).after("]]]]")
        #expect(far.related == onTheSpot.related)
        #expect(!far.related.pending)
    }
}
