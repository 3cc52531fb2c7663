import Foundation

/// Interns terms given as UTF-8 bytes into dense ids without making a `String` per token: the
/// index build tokenises the whole corpus, and hashing raw bytes keeps that pass cheap.
struct Vocabulary: Sendable {
    /// Every term's bytes, one after another; term `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: term id + 1, or 0 for an empty slot. Kept at most half full.
    private var slots: [Int32] = Array(repeating: 0, count: 1024)

    var count: Int { hashes.count }

    /// The id of `bytes`, added when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(bytes, hash: Self.hash(bytes))
    }

    /// As `intern(_:)`, with `hash` already computed (`Vocabulary.hash`) by the caller's scan.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, bytes) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bytes`, or nil when the term was never interned.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(bytes, hash: Self.hash(bytes))
    }

    /// As `find(_:)`, with `hash` already computed. The tables are read through raw pointers:
    /// this runs once per word of the corpus.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                let mask = slots.count &- 1
                var slot = Int(truncatingIfNeeded: hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { return nil }
                    let id = Int(entry &- 1)
                    if hashes[id] == hash && equals(id, bytes) { return Int32(id) }
                    slot = (slot &+ 1) & mask
                }
            }
        }
    }

    func find(_ term: String) -> Int32? {
        var term = term
        // Native strings are UTF-8 already: no copy.
        return term.withUTF8 { find($0) }
    }

    /// The id `other`'s term `id` has here, added when new: merges a table built elsewhere.
    mutating func intern(_ id: Int32, of other: Vocabulary) -> Int32 {
        let lower = Int(other.starts[Int(id)]), upper = Int(other.starts[Int(id) + 1])
        return other.arena.withUnsafeBufferPointer { arena in
            intern(UnsafeBufferPointer(rebasing: arena[lower..<upper]), hash: other.hashes[Int(id)])
        }
    }

    func term(_ id: Int32) -> String {
        let lower = Int(starts[Int(id)]), upper = Int(starts[Int(id) + 1])
        return String(decoding: arena[lower..<upper], as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = Int(starts[id]), upper = Int(starts[id + 1])
        guard upper - lower == bytes.count else { return false }
        guard let base = bytes.baseAddress else { return true }
        return arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + lower, base, bytes.count) == 0 }
    }

    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[id]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id + 1)
        }
        slots = bigger
    }

    /// FNV-1a, then a final mix so that the low bits used for the slot are well spread. In
    /// three parts so a scanner can hash bytes as it produces them (`hashStart`, `hashStep`
    /// per byte, `hashFinish`).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = hashStart
        for byte in bytes { hash = hashStep(hash, byte) }
        return hashFinish(hash)
    }

    static let hashStart: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func hashStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    @inline(__always)
    static func hashFinish(_ hash: UInt64) -> UInt64 {
        var hash = hash ^ (hash >> 29)
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
