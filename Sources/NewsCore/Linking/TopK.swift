/// Keeps the `limit` best-scored items seen so far in a min-heap, so ranking n candidates costs
/// O(n log k) and never sorts them all. Ties keep the smaller key, for stable output.
/// Inlinable, so that other modules (search ranks tens of thousands of articles) get it
/// specialised rather than through generic calls.
public struct TopK<Key: Comparable> {
    @usableFromInline private(set) var limit: Int
    /// Min-heap by (score, reversed key): the root is the worst item kept.
    @usableFromInline var heap: [(score: Double, key: Key)] = []

    @inlinable public init(limit: Int) {
        self.limit = max(limit, 0)
        heap.reserveCapacity(self.limit)
    }

    /// True when `a` ranks below `b`.
    @inlinable @inline(__always) static func worse(_ a: (score: Double, key: Key), _ b: (score: Double, key: Key)) -> Bool {
        a.score < b.score || (a.score == b.score && a.key > b.key)
    }

    @inlinable public mutating func insert(_ key: Key, score: Double) {
        guard limit > 0 else { return }
        let item = (score: score, key: key)
        if heap.count < limit {
            heap.append(item)
            siftUp(heap.count - 1)
        } else if Self.worse(heap[0], item) {
            heap[0] = item
            siftDown(0)
        }
    }

    /// The kept items, best first.
    @inlinable public func sorted() -> [(score: Double, key: Key)] {
        heap.sorted { Self.worse($1, $0) }
    }

    @inlinable mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.worse(heap[child], heap[parent]) else { return }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    @inlinable mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count && Self.worse(heap[left], heap[worst]) { worst = left }
            if right < heap.count && Self.worse(heap[right], heap[worst]) { worst = right }
            guard worst != parent else { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
