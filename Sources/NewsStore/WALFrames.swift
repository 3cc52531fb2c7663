/// The pages an SQLite write-ahead log can give back: those of its frames up to its last valid
/// commit, found as SQLite's own recovery finds them (wal.c: the header's checksum, then each
/// frame's salts and running checksum; the first frame that fails ends the log).
enum WALFrames {
    static let headerSize = 32
    static let frameHeaderSize = 24

    /// The page numbers committed in `wal` (a `-wal` file's bytes), for pages of `pageSize`;
    /// empty when it is not a valid log of such pages.
    static func committedPages(_ wal: [UInt8], pageSize: Int) -> Set<Int> {
        guard wal.count >= headerSize else { return [] }
        let magic = word(wal, 0)
        guard magic & 0xFFFF_FFFE == 0x377F_0682, word(wal, 8) == pageSize else { return [] }
        let bigEndian = magic & 1 == 1
        var sums = (UInt32(0), UInt32(0))
        checksum(wal, 0..<24, bigEndian: bigEndian, &sums)
        guard sums == (word(wal, 24), word(wal, 28)) else { return [] }
        let salts = (word(wal, 16), word(wal, 20))

        var committed: Set<Int> = [], pending: [Int] = []
        var offset = headerSize
        while offset + frameHeaderSize + pageSize <= wal.count {
            let page = Int(word(wal, offset)), commitSize = word(wal, offset + 4)
            guard page > 0, (word(wal, offset + 8), word(wal, offset + 12)) == salts else { break }
            checksum(wal, offset..<offset + 8, bigEndian: bigEndian, &sums)
            checksum(wal, offset + frameHeaderSize..<offset + frameHeaderSize + pageSize, bigEndian: bigEndian, &sums)
            guard sums == (word(wal, offset + 16), word(wal, offset + 20)) else { break }
            pending.append(page)
            if commitSize > 0 {
                committed.formUnion(pending)
                pending.removeAll()
            }
            offset += frameHeaderSize + pageSize
        }
        return committed
    }

    /// SQLite's WAL checksum over `range` (a whole number of 8-byte pairs), continuing `sums`.
    private static func checksum(_ bytes: [UInt8], _ range: Range<Int>, bigEndian: Bool, _ sums: inout (UInt32, UInt32)) {
        var position = range.lowerBound
        while position + 8 <= range.upperBound {
            let first = bigEndian ? word(bytes, position) : littleWord(bytes, position)
            let second = bigEndian ? word(bytes, position + 4) : littleWord(bytes, position + 4)
            sums.0 = sums.0 &+ first &+ sums.1
            sums.1 = sums.1 &+ second &+ sums.0
            position += 8
        }
    }

    private static func word(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        bytes[at..<at + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func littleWord(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        bytes[at..<at + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }
}
