import Foundation

/// Order-preserving parallel map over the available cores: output is the same as `map`,
/// whatever the scheduling, so tagging stays deterministic.
public enum Parallel {
    public static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > 1 else { return items.map(transform) }
        let slots = Slots<R>(count: count)
        let workers = min(ProcessInfo.processInfo.activeProcessorCount, count)
        let chunk = max(1, (count + workers * 8 - 1) / (workers * 8))
        let chunks = (count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for index in (c * chunk)..<min(count, (c + 1) * chunk) { slots.set(index, transform(items[index])) }
        }
        return slots.values()
    }

    /// Write-once result slots, one per index; each index is written by exactly one worker.
    private final class Slots<R>: @unchecked Sendable {
        private let buffer: UnsafeMutablePointer<R?>
        private let count: Int
        init(count: Int) {
            self.count = count
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: nil, count: count)
        }
        func set(_ index: Int, _ value: R) { buffer[index] = value }
        func values() -> [R] { (0..<count).map { buffer[$0]! } }
        deinit {
            buffer.deinitialize(count: count)
            buffer.deallocate()
        }
    }
}
