import Testing
@testable import NewsCore

/// The cache keeps the newest `capacity` values and makes a value only when it is missing.
@Suite struct BoundedCacheTests {
    @Test func theOldestValueGoesFirst() {
        let cache = BoundedCache<Int, String>(capacity: 3)
        var made: [Int] = []
        func value(_ key: Int) -> String { cache.value(key) { made.append(key); return "v\(key)" } }
        #expect([1, 2, 3, 1, 2].map(value) == ["v1", "v2", "v3", "v1", "v2"])
        #expect(made == [1, 2, 3])
        #expect(value(4) == "v4")
        #expect(cache.peek(1) == nil && cache.peek(2) == "v2" && cache.peek(3) == "v3" && cache.peek(4) == "v4")
        #expect(value(5) == "v5" && cache.peek(2) == nil && cache.peek(3) == "v3")
        #expect(made == [1, 2, 3, 4, 5])
    }

    @Test func aFailedMakeStoresNothing() {
        struct Failure: Error {}
        let cache = BoundedCache<Int, Int>(capacity: 2)
        #expect(throws: Failure.self) { try cache.value(1) { throw Failure() } }
        #expect(cache.peek(1) == nil)
        #expect(cache.value(1) { 7 } == 7)
    }
}
