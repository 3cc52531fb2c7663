import NewsCore
import Testing
@testable import NewsStore

/// Row ids and path-order keys back to positions, by arithmetic and binary search.
@Suite struct ArticleRowsTests {
    /// Article 1 was re-read: its passages moved to the end, leaving rows 4…5 to no article.
    let rows = ArticleRows(ids: [10, 30, 20], orders: [100, 200, 300], firstPassages: [1, 6, 4],
                           passageCounts: [3, 2, 0])

    @Test func passageRowsMapToPositionsAndGapsToNothing() {
        #expect(rows.passage(ofRow: 1) == PassageID(article: 0, passage: 0))
        #expect(rows.passage(ofRow: 3) == PassageID(article: 0, passage: 2))
        #expect(rows.passage(ofRow: 7) == PassageID(article: 1, passage: 1))
        for missing: Int64 in [0, 4, 5, 8, -3] { #expect(rows.passage(ofRow: missing) == nil, "\(missing)") }
        #expect(rows.row(of: PassageID(article: 1, passage: 1)) == 7)
        #expect(ArticleRows(ids: [], orders: [], firstPassages: [], passageCounts: []).passage(ofRow: 1) == nil)
    }

    @Test func keysMapToPositionsInEitherOrder() {
        #expect(rows.position(ofOrder: 200) == 1)
        for missing: Int64 in [0, 150, 301] { #expect(rows.position(ofOrder: missing) == nil) }
        let shuffled = ArticleRows(ids: [1, 2, 3], orders: [300, 100, 200], firstPassages: [1, 2, 3], passageCounts: [1, 1, 1])
        #expect([100, 200, 300, 250].map(shuffled.position(ofOrder:)) == [1, 2, 0, nil])
    }

    /// Keys looked up in ascending order from a cursor find what a binary search over all finds,
    /// however far apart they are, and a missing key leaves the cursor usable.
    @Test func ascendingLookupsFromACursorFindTheSamePositions() {
        let orders = (0..<1_000).map { Int64($0) * 10 + 10 }
        let many = ArticleRows(ids: orders, orders: orders, firstPassages: orders, passageCounts: orders.map { _ in 1 })
        let wanted: [Int64] = [5, 10, 20, 25, 4_010, 9_990, 10_000, 10_001, 20_000]
        var cursor = 0
        #expect(wanted.map { many.position(ofOrder: $0, from: &cursor) } == [nil, 0, 1, nil, 400, 998, 999, nil, nil])
        #expect(wanted.map { many.position(ofOrder: $0) } == [nil, 0, 1, nil, 400, 998, 999, nil, nil])
        let shuffled = ArticleRows(ids: [1, 2, 3], orders: [300, 100, 200], firstPassages: [1, 2, 3], passageCounts: [1, 1, 1])
        cursor = 0
        #expect([100, 150, 200, 300].map { shuffled.position(ofOrder: $0, from: &cursor) } == [1, nil, 2, 0])
    }

    @Test func mergedJoinsOverlappingAndTouchingRanges() {
        #expect(FullTextSearch.merged([8..<10, 0..<3, 2..<5, 5..<6, 12..<13]) == [0..<6, 8..<10, 12..<13])
    }
}
