/// Where one clause of a sentence hands over to the next: " and ", " but ", " while ",
/// " whereas ", " as " after a comma, and semicolons. "Nvidia fell 17% and Broadcom lost 17%"
/// says the first 17% of Nvidia, though Broadcom stands nearer to it; the break between them
/// tells.
enum ClauseBreaks {
    static let words: [[UInt8]] = [" and ", " but ", " while ", " whereas ", ", as "].map { Array($0.utf8) }

    /// Whether a break starts at `i`.
    @inline(__always)
    static func isBreak(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        if byte == UInt8(ascii: ";") { return true }
        guard byte == 0x20 || byte == UInt8(ascii: ","), i + 5 <= bytes.count else { return false }
        // Every word starts " a", " b", " w" or ", ": most spaces are rejected here.
        let next = bytes[i + 1]
        guard next == UInt8(ascii: "a") || next == UInt8(ascii: "b") || next == UInt8(ascii: "w") || next == 0x20 else { return false }
        for word in words where word[0] == byte && i + word.count <= bytes.count {
            if (0..<word.count).allSatisfy({ bytes[i + $0] == word[$0] }) { return true }
        }
        return false
    }

    /// Whether a break starts between two ranges of `bytes` that do not overlap. Only the gap
    /// is read: most passages have no figure near a second company, and scanning a whole
    /// passage for its breaks cost more than every gap asked about.
    static func separate(_ a: Range<Int>, _ b: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let gap = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<a.lowerBound
        return gap.contains { isBreak(bytes, at: $0) }
    }
}
