/// FNV-1a over 64 bits: tells a file whose bytes changed from one that was only touched, and
/// pairs a removed file with an added one of the same content (a rename). Not cryptographic;
/// an accidental collision would take billions of files.
enum ContentHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    static func fnv1a<Bytes: Sequence>(_ bytes: Bytes, seed: UInt64 = offsetBasis) -> UInt64 where Bytes.Element == UInt8 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= prime
        }
        return hash
    }

    /// A byte array's hash as 16 hex digits, the form `files.hash` stores.
    static func hex(_ bytes: [UInt8]) -> String {
        let hash = bytes.withUnsafeBufferPointer { fnv1a($0) }
        return hex(hash)
    }

    static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
