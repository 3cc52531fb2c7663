import Foundation

/// The last few values read, shared by every copy of a library and safe to use from any thread:
/// the reader asks for the same article, its tags and the rows around it many times a second,
/// and a query each time would be wasted. At most `capacity` values are kept; the oldest goes
/// first, so memory never grows with the corpus.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var values: [Key: Value] = [:]
    /// Keys in the order they were stored, as a ring: `ring[next]` is the oldest once full.
    private var ring: [Key] = []
    private var next = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// The cached value, or `make`'s, stored. `make` runs outside the lock: two threads asking
    /// for the same missing key may both make it, and either result is kept.
    func value(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
        if let hit = lock.withLock({ values[key] }) { return hit }
        let value = try make()
        lock.withLock {
            guard values[key] == nil else { return }
            if ring.count < capacity {
                ring.append(key)
            } else {
                values[ring[next]] = nil
                ring[next] = key
                next = (next + 1) % capacity
            }
            values[key] = value
        }
        return value
    }
}
