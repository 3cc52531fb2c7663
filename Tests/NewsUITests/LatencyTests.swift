import Foundation
import Testing
@testable import NewsUI
import NewsCore
import NewsStore

/// The benchmark's scripts run on the fixture (and on the BBC corpus when `NEWSREADER_BBC` names it).
@Suite struct LatencyTests {
    @Test func measureReportsEveryScenario() {
        let results = ReaderLatency.measure(index: Fixture.index)
        #expect(results.map(\.scenario) == ["scroll", "related jump", "entity picker typing", "next entity mention"])
        #expect(results.allSatisfy { $0.events > 20 && $0.p50 <= $0.p99 && $0.p99 <= $0.max })
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["NEWSREADER_BBC"] != nil))
    func bbc() throws {
        let path = ProcessInfo.processInfo.environment["NEWSREADER_BBC"]!
        let index = try MemoryIndex.open(paths: [path], catalogFiles: [], discover: true).index
        for result in ReaderLatency.measure(index: index) { print(result) }
        // The picker's share: the entity lookup alone, per prefix typed.
        let clock = ContinuousClock()
        var lookups: [Duration] = []
        for name in ["gordon brown", "blair", "microsoft", "chelsea", "london"] {
            for end in 1...name.count {
                let query = String(name.prefix(end))
                lookups.append(clock.measure { _ = index.lookup.candidates(for: query, limit: 20) })
            }
        }
        lookups.sort()
        print("entity lookup alone: p50 \(lookups[lookups.count / 2]), max \(lookups.last!)")
    }
}
