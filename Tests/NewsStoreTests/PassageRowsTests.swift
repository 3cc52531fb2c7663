import NewsCore
import Testing
@testable import NewsStore

@Suite struct PassageRowsTests {
    @Test func denseIdsAreIndexedAndGapsAreNoPassage() {
        // Article 1 was re-read: its passages moved to the end, leaving 4…5 empty.
        let rows = PassageRows([[1, 2, 3], [6, 7], []])
        #expect(rows.passage(ofRow: 1) == PassageID(article: 0, passage: 0))
        #expect(rows.passage(ofRow: 7) == PassageID(article: 1, passage: 1))
        for missing: Int64 in [0, 4, 5, 8, -3] { #expect(rows.passage(ofRow: missing) == nil) }
    }

    @Test func sparseIdsAreSearched() {
        let rows = PassageRows([[5_000_000, 10], [7]])
        #expect(rows.passage(ofRow: 5_000_000) == PassageID(article: 0, passage: 0))
        #expect(rows.passage(ofRow: 10) == PassageID(article: 0, passage: 1))
        #expect(rows.passage(ofRow: 7) == PassageID(article: 1, passage: 0))
        for missing: Int64 in [0, 8, 4_999_999, 5_000_001] { #expect(rows.passage(ofRow: missing) == nil) }
        #expect(PassageRows([]).passage(ofRow: 1) == nil)
    }
}

@Suite struct SortedRowIDsTests {
    @Test func intersectsAndFinds() {
        #expect(SortedRowIDs.intersect([1, 3, 5, 7, 9], [2, 3, 4, 9, 10]) == [3, 9])
        #expect(SortedRowIDs.intersect([], [1]) == [])
        #expect(SortedRowIDs.contains([2, 4, 8], 4) && !SortedRowIDs.contains([2, 4, 8], 5) && !SortedRowIDs.contains([], 1))
    }

    @Test func mergedJoinsOverlappingAndTouchingRanges() {
        #expect(FullTextSearch.merged([8..<10, 0..<3, 2..<5, 5..<6, 12..<13]) == [0..<6, 8..<10, 12..<13])
    }
}
