import Foundation

/// The last few values made from a key, shared by every copy of whatever holds it and safe to
/// use from any thread. The store's library keeps what it read (articles, tags, list rows), and
/// the reader what it loads and lays out, which is pure in its key: a keystroke then reloads
/// nothing it just used, and `update`/`render` stay pure in effect. At most `capacity` values
/// are kept; the oldest goes first, so memory never grows with the corpus and what is on screen
/// (the newest) stays.
public final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let capacity: Int
    private var values: [Key: Value] = [:]
    /// Keys in the order they were stored, as a ring: `ring[next]` is the oldest once full.
    private var ring: [Key] = []
    private var next = 0

    public init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    /// The value for `key` when it is cached, without making it.
    public func peek(_ key: Key) -> Value? { lock.withLock { values[key] } }

    /// The cached value, or `make`'s, stored. `make` runs outside the lock: two threads asking
    /// for the same missing key may both make it, and either result is kept.
    public func value(_ key: Key, _ make: () throws -> Value) rethrows -> Value {
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
