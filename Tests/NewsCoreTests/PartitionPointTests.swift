import Testing
@testable import NewsCore

@Suite struct PartitionPointTests {
    @Test func findsTheFirstElementPastTheSplit() {
        let offsets = [2, 5, 5, 9, 14]
        #expect(offsets.partitionPoint { $0 >= 5 } == 1)
        #expect(offsets.partitionPoint { $0 > 5 } == 3)
        #expect(offsets.partitionPoint { $0 >= 0 } == 0)
        #expect(offsets.partitionPoint { $0 > 14 } == 5)
        #expect([Int]().partitionPoint { $0 > 0 } == 0)
        #expect(offsets[1...].partitionPoint { $0 > 5 } == 3)
    }

    /// From any hint, before the point, at it, past it or out of bounds, the galloping search
    /// finds what the binary search finds.
    @Test func aHintOnlySpeedsTheSearch() {
        let keys = (0..<300).map { $0 * 3 }
        for target in [-1, 0, 1, 299, 300, 450, 896, 897, 898, 2_000] {
            let expected = keys.partitionPoint { $0 >= target }
            for hint in [-5, 0, 1, 2, 50, 99, 100, 101, 150, 299, 300, 400] {
                #expect(keys.partitionPoint(from: hint) { $0 >= target } == expected, "\(target) from \(hint)")
            }
        }
        #expect([Int]().partitionPoint(from: 3) { $0 > 0 } == 0)
        #expect([2, 5, 5, 9, 14][1...].partitionPoint(from: 0) { $0 > 5 } == 3)
    }
}
