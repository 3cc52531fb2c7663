import Foundation

/// Interns terms given as UTF-8 bytes into dense ids without making a `String` per token: the
/// index build tokenises the whole corpus, and hashing raw bytes keeps that pass cheap.
struct Vocabulary: Sendable {
    /// Every term's bytes, one after another; term `i` is `arena[starts[i]..<starts[i + 1]]`.
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing, kept at most half full. A slot holds a term's first eight bytes and a
    /// check (hash bits and length) beside its id, so a lookup of a term of eight bytes or
    /// fewer (most words) reads one slot and nothing else: the arena and the hashes are
    /// touched only for longer terms.
    private var slots: [Slot] = Array(repeating: Slot(), count: 1024)

    struct Slot {
        /// The term's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64 = 0
        /// `Vocabulary.check(hash:length:)`.
        var check: UInt32 = 0
        /// Term id + 1, or 0 for an empty slot.
        var id: Int32 = 0
    }

    var count: Int { hashes.count }

    /// What a lookup needs of a term's bytes besides the bytes: worked out once per word.
    struct Key {
        var hash: UInt64
        /// The first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
    }

    /// The id of `bytes`, added when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(bytes, key: Self.key(bytes))
    }

    /// As `intern(_:)`, with the key already worked out by the caller's scan.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, key: Key) -> Int32 {
        if let id = find(bytes, key: key) { return id }
        let id = Int32(hashes.count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        hashes.append(key.hash)
        Self.place(Slot(prefix: key.prefix, check: Self.check(hash: key.hash, length: bytes.count), id: id + 1),
                   hash: key.hash, in: &slots)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `bytes`, or nil when the term was never interned.
    func find(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        find(bytes, key: Self.key(bytes))
    }

    /// As `find(_:)`, with the key already worked out. The table is read through a raw
    /// pointer: this runs once per word of the corpus.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, key: Key) -> Int32? {
        let check = Self.check(hash: key.hash, length: bytes.count)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count &- 1
            var index = Int(truncatingIfNeeded: key.hash) & mask
            while true {
                let slot = slots[index]
                if slot.id == 0 { return nil }
                if slot.check == check && slot.prefix == key.prefix && (bytes.count <= 8 || equals(Int(slot.id &- 1), bytes)) {
                    return slot.id &- 1
                }
                index = (index &+ 1) & mask
            }
        }
    }

    /// The hash bits a slot keeps, with the length in the low byte: with the prefix, an exact
    /// test for terms of up to eight bytes.
    @inline(__always)
    private static func check(hash: UInt64, length: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 32) & 0xFFFF_FF00 | UInt32(truncatingIfNeeded: min(length, 255))
    }

    /// The key of any bytes.
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> Key {
        guard let base = bytes.baseAddress else { return Key(hash: finish(seed), prefix: 0) }
        return key(base, count: bytes.count) { at, count in
            count >= 8 ? UInt64(littleEndian: UnsafeRawPointer(at).loadUnaligned(as: UInt64.self)) : tail(at, count: count)
        }
    }

    /// The key of `count` bytes at `base` that may be read up to the next multiple of eight
    /// bytes past `count` (a scanner's scratch buffer with slack): each chunk is one load and a
    /// mask, where `key(_:)` assembles a short tail byte by byte.
    @inline(__always)
    static func key(padded base: UnsafePointer<UInt8>, count: Int) -> Key {
        key(base, count: count) { at, count in
            let chunk = UInt64(littleEndian: UnsafeRawPointer(at).loadUnaligned(as: UInt64.self))
            return count >= 8 ? chunk : chunk & ((1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1)
        }
    }

    /// Eight bytes at a time, each chunk mixed in with one multiply, then a final mix so that
    /// the low bits used for the slot are well spread: not a multiply per byte, a chain that was
    /// a fifth of tokenising. `chunk(at, n)`: the bytes at `at` (`n` of them when under eight),
    /// little-endian.
    @inline(__always)
    private static func key(_ base: UnsafePointer<UInt8>, count: Int, _ chunk: (UnsafePointer<UInt8>, Int) -> UInt64) -> Key {
        var hash = seed ^ UInt64(truncatingIfNeeded: count)
        let first = count > 0 ? chunk(base, min(count, 8)) : 0
        hash = step(hash, first)
        var index = 8
        while index < count {
            hash = step(hash, chunk(base + index, min(count &- index, 8)))
            index &+= 8
        }
        return Key(hash: finish(hash), prefix: first)
    }

    /// Up to seven bytes as a little-endian number.
    @inline(__always)
    private static func tail(_ base: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var value: UInt64 = 0
        var index = count
        while index > 0 {
            index &-= 1
            value = value &<< 8 | UInt64(base[index])
        }
        return value
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
            let bytes = UnsafeBufferPointer(rebasing: arena[lower..<upper])
            return intern(bytes, key: Key(hash: other.hashes[Int(id)], prefix: Self.key(bytes).prefix))
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

    private static func place(_ slot: Slot, hash: UInt64, in slots: inout [Slot]) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        while slots[index].id != 0 { index = (index + 1) & mask }
        slots[index] = slot
    }

    private mutating func grow() {
        var bigger = [Slot](repeating: Slot(), count: slots.count * 2)
        for slot in slots where slot.id != 0 { Self.place(slot, hash: hashes[Int(slot.id - 1)], in: &bigger) }
        slots = bigger
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func step(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let mixed = (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 31)
    }

    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 {
        var hash = hash ^ (hash >> 29)
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
