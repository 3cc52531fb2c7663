/// A fixed set of byte strings, each at least four bytes, searched for together in one pass.
///
/// The chrome phrases were searched one after another, each by `memchr` for its first byte
/// and `memcmp` at every hit: twenty passes over every short line, and a call per common
/// letter. Here each position's next four bytes are hashed into a small filter; only a
/// position whose bytes may open a phrase is compared with the phrases that open so.
struct PhraseSet: Sendable {
    private let phrases: [[UInt8]]
    /// The first four bytes of each phrase, loaded as `head(at:)` loads them.
    private let heads: [UInt32]
    /// One bit per hashed head (`slot`).
    private let filter: [UInt64]

    private static let filterBits = 1024

    /// Nil when a phrase is shorter than four bytes.
    init?(_ phrases: [[UInt8]]) {
        guard phrases.allSatisfy({ $0.count >= 4 }) else { return nil }
        self.phrases = phrases
        heads = phrases.map { $0.withUnsafeBufferPointer { Self.head(in: $0, at: 0) } }
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for head in heads {
            let slot = Self.slot(head)
            filter[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        self.filter = filter
    }

    /// Whether any phrase occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.count >= 4 else { return false }
        return filter.withUnsafeBufferPointer { filter in
            for position in 0...(text.count - 4) {
                let head = Self.head(in: text, at: position)
                let slot = Self.slot(head)
                guard filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0 else { continue }
                for (index, phrase) in phrases.enumerated() where heads[index] == head && position + phrase.count <= text.count {
                    if phrase.indices.dropFirst(4).allSatisfy({ text[position + $0] == phrase[$0] }) { return true }
                }
            }
            return false
        }
    }

    @inline(__always)
    private static func head(in bytes: UnsafeBufferPointer<UInt8>, at position: Int) -> UInt32 {
        UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt32.self)
    }

    @inline(__always)
    private static func slot(_ head: UInt32) -> Int {
        Int(truncatingIfNeeded: (head &* 0x9E37_79B1) >> 22)
    }
}
