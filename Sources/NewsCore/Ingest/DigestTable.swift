/// Kept comparable forms by digest, for `RepeatMarking`: an open-addressed table sized once
/// per article. The digests are already well spread, so their low bits pick the slot; a
/// `Dictionary` hashed each digest again with SipHash and grew an array per entry (5% of the
/// repeat step, besides resizing as the article went on).
struct DigestTable {
    private var slots: [(digest: UInt64, index: Int)]
    private let mask: Int

    /// Room for `capacity` entries, the table at most half full.
    init(capacity: Int) {
        var size = 8
        while size < 2 * capacity { size *= 2 }
        slots = Array(repeating: (0, -1), count: size)
        mask = size - 1
    }

    /// The first index stored under `digest`, in insertion order, that `match` accepts.
    func first(_ digest: UInt64, where match: (Int) -> Bool) -> Int? {
        var slot = Int(truncatingIfNeeded: digest) & mask
        while slots[slot].index >= 0 {
            if slots[slot].digest == digest && match(slots[slot].index) { return slots[slot].index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `index` under `digest`; at most `capacity` entries are inserted.
    mutating func insert(_ digest: UInt64, _ index: Int) {
        var slot = Int(truncatingIfNeeded: digest) & mask
        while slots[slot].index >= 0 { slot = (slot + 1) & mask }
        slots[slot] = (digest, index)
    }
}
