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
}
