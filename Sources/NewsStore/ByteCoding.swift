/// A minimal little-endian encoding for the per-article tag blobs: a mentions table of millions
/// of rows loads far slower than one blob per article, and nothing queries single mentions.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int32(_ value: Int) {
        let bits = UInt32(bitPattern: Int32(truncatingIfNeeded: value))
        bytes.append(UInt8(truncatingIfNeeded: bits))
        bytes.append(UInt8(truncatingIfNeeded: bits >> 8))
        bytes.append(UInt8(truncatingIfNeeded: bits >> 16))
        bytes.append(UInt8(truncatingIfNeeded: bits >> 24))
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func double(_ value: Double) {
        let bits = value.bitPattern
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func string(_ value: String) {
        int32(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    /// Seven bits a byte, low first, the high bit set on all but the last: small counts and
    /// gaps take one byte.
    mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}

/// Reads what `ByteWriter` wrote; any overrun throws, so a damaged blob is an error, not a crash.
struct ByteReader {
    struct Overrun: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { position == bytes.count }

    mutating func int32() throws -> Int {
        guard position + 4 <= bytes.count else { throw Overrun() }
        var bits: UInt32 = 0
        for k in 0..<4 { bits |= UInt32(bytes[position + k]) << UInt32(8 * k) }
        position += 4
        return Int(Int32(bitPattern: bits))
    }

    mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw Overrun() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func double() throws -> Double {
        guard position + 8 <= bytes.count else { throw Overrun() }
        var bits: UInt64 = 0
        for k in 0..<8 { bits |= UInt64(bytes[position + k]) << UInt64(8 * k) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func string() throws -> String {
        let count = try int32()
        guard count >= 0, position + count <= bytes.count else { throw Overrun() }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    mutating func varint() throws -> UInt64 {
        let start = position
        let (value, end) = try bytes.withUnsafeBytes { raw in
            var cursor = VarintCursor(raw, at: start)
            return (try cursor.next(), cursor.position)
        }
        position = end
        return value
    }
}

/// Varints read straight from a blob's bytes, without a copy or a bounds check per byte beyond
/// the one at the end: the postings lists a search walks hold hundreds of thousands.
struct VarintCursor {
    private let bytes: UnsafeRawBufferPointer
    private(set) var position: Int

    init(_ bytes: UnsafeRawBufferPointer, at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position >= bytes.count }

    @inline(__always)
    mutating func next() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count && shift < 64 {
            let byte = bytes[position]
            position &+= 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift &+= 7
        }
        throw ByteReader.Overrun()
    }
}
