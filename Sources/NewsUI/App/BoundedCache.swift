import Foundation

/// Values made from a key, kept behind a reference shared by every copy of a `ReaderState`: what
/// the reader loads from the library (articles, tags, list rows) and lays out (wrapped lines) is
/// pure in its key, so caching it keeps `update`/`render` pure in effect while a keystroke
/// reloads nothing it just used. Bounded: emptied when it grows past `capacity` entries, which
/// costs one reload of what is on screen.
final class BoundedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var entries: [Key: Value] = [:]
    private let lock = NSLock()
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// The value for `key` when it is cached, without making it.
    func peek(_ key: Key) -> Value? { lock.withLock { entries[key] } }

    /// The value for `key`, made (outside the lock) when it is not cached.
    func value(_ key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let hit = entries[key] { lock.unlock(); return hit }
        lock.unlock()
        let made = make()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = made
        lock.unlock()
        return made
    }
}
