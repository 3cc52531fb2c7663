import Testing
@testable import NewsStore

/// Keys in path order: kept where they are, new ones between their neighbours, all renumbered
/// only when there is no room.
@Suite struct PathOrderTests {
    let stride = PathOrder.stride

    @Test func aFreshCorpusIsNumberedByStride() {
        #expect(PathOrder.plan([nil, nil, nil]) == [stride, 2 * stride, 3 * stride])
        #expect(PathOrder.plan([]) == [])
    }

    @Test func newArticlesFitBetweenTheirNeighboursAndOthersKeepTheirKeys() {
        #expect(PathOrder.plan([10, nil, 40]) == [10, 25, 40])
        #expect(PathOrder.plan([10, nil, nil, 40]) == [10, 20, 30, 40])
        #expect(PathOrder.plan([nil, 30]) == [15, 30])
        #expect(PathOrder.plan([10, nil]) == [10, 10 + stride])
    }

    @Test func noRoomOrKeysOutOfOrderRenumberEverything() {
        let fresh = [stride, 2 * stride, 3 * stride]
        #expect(PathOrder.plan([10, nil, 11]) == fresh)
        #expect(PathOrder.plan([20, 10, nil]) == fresh)
        #expect(PathOrder.plan([nil, 1, 2]) == fresh)
        #expect(PathOrder.plan([0, nil, 5]) == fresh)
    }

    @Test func theSameSpotTakesThirtyTwoInsertionsBeforeARenumbering() {
        // Each new article sorts just after the first: it halves the same gap every time.
        var keys: [Int64?] = [stride, 2 * stride]
        var insertions = 0
        while true {
            keys.insert(nil, at: 1)
            let planned = PathOrder.plan(keys)
            let kept = zip(keys, planned).allSatisfy { $0.0 == nil || $0.0 == $0.1 }
            if !kept { break }
            keys = planned.map { $0 }
            insertions += 1
        }
        #expect(insertions == 32)
    }

    @Test func keysNearTheEndOfTheRangeStillFit() {
        let high = Int64.max - 10
        #expect(PathOrder.plan([high, nil]) == [high, high + 5])
    }
}
