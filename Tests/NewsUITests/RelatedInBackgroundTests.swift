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

    /// A passage of the fixture with at least two groups, the last such: far from where the
    /// reader starts, so that no test's reader asked for it.
    func sourceWithGroups() -> PassageID {
        let linker = Fixture.index.linker
        for article in (0..<Fixture.index.library.articleCount).reversed() {
            for passage in 0..<Fixture.index.library.summary(article).passageCount {
                let source = PassageID(article: article, passage: passage)
                if linker.groups(for: source, limit: RelatedSource.limit).count >= 2 { return source }
            }
        }
        Issue.record("no passage of the fixture has two groups")
        return PassageID(article: 0, passage: 0)
    }

    @Test func rankingOneEntityAtATimeShowsTheGroupsSoFar() {
        let source = sourceWithGroups()
        var shown: [[RelatedGroup]] = []
        let groups = Fixture.index.linker.groups(for: source, limit: RelatedSource.limit, shown: { shown.append($0) },
                                                 stop: { false })
        // The groups by definition: each entity of the passage with its related passages, when
        // it has any, in the passage's order.
        let linker = Fixture.index.linker
        let expected = linker.entities(of: source).compactMap { entity in
            let passages = linker.related(to: source, entity: entity, limit: RelatedSource.limit)
            return passages.isEmpty ? nil : RelatedGroup(entity: entity, passages: passages)
        }
        #expect(groups == expected)
        #expect(shown.count == expected.count)
        #expect(shown.enumerated().allSatisfy { Array(expected.prefix($0.offset + 1)) == $0.element })
    }

    @Test func aNewerRequestStopsRankingBetweenTwoGroups() {
        let source = sourceWithGroups()
        var shown = 0
        #expect(Fixture.index.linker.groups(for: source, limit: RelatedSource.limit, shown: { _ in shown += 1 },
                                            stop: { shown == 1 }) == nil)
        #expect(shown == 1)
    }

    /// While the rest are ranked, the groups so far are shown and the pane says it is finding
    /// more; a frame is only redrawn when there are more groups than it shows.
    @Test func theGroupsSoFarAreShownWhileTheRestAreRanked() {
        let source = sourceWithGroups()
        let all = Fixture.index.linker.groups(for: source, limit: RelatedSource.limit)
        // Pending for a passage never asked for, so nothing in the background touches it.
        var waiting = settled(reader(inBackground: true))
        waiting.related = RelatedState(source: source, groups: [], pending: true)
        #expect(waiting.withFinishedWork() == nil)
        waiting.context.related.publish(Array(all.prefix(1)), for: source)
        let partly = waiting.withFinishedWork()
        #expect(partly?.related.groups == Array(all.prefix(1)))
        #expect(partly?.related.pending == true)
        #expect(partly?.lines.contains { $0.contains("finding more…") } == true)
        #expect(partly?.withFinishedWork() == nil, "nothing more yet")
        waiting.context.related.publish(all, for: source)
        #expect(partly?.withFinishedWork()?.related.groups == all)
    }

    @Test func onlyTheLatestOfManyQuickMovesNeedsRanking() {
        let start = settled(reader(inBackground: true))
        let far = settled(start.after("]]]]"))
        let onTheSpot = reader(inBackground: false).after("]]]]")
        #expect(far.related == onTheSpot.related)
        #expect(!far.related.pending)
    }
}
