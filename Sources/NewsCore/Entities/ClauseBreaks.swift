/// Where one clause of a sentence hands over to the next: " and ", " but ", " while ",
/// " whereas ", " as " after a comma, and semicolons. "Nvidia fell 17% and Broadcom lost 17%"
/// says the first 17% of Nvidia, though Broadcom stands nearer to it; the break between them
/// tells. Byte offsets, ascending.
enum ClauseBreaks {
    static let words: [[UInt8]] = [" and ", " but ", " while ", " whereas ", ", as "].map { Array($0.utf8) }

    static func offsets(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var found: [Int] = []
        for i in 0..<bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: ";") { found.append(i); continue }
            guard byte == 0x20 || byte == UInt8(ascii: ","), i + 5 <= bytes.count else { continue }
            // Every word starts " a", " b", " w" or ", ": most spaces are rejected here.
            let next = bytes[i + 1]
            guard next == UInt8(ascii: "a") || next == UInt8(ascii: "b") || next == UInt8(ascii: "w") || next == 0x20 else { continue }
            for word in words where word[0] == byte && i + word.count <= bytes.count {
                if (0..<word.count).allSatisfy({ bytes[i + $0] == word[$0] }) { found.append(i); break }
            }
        }
        return found
    }

    /// Whether a break (of `breaks`, ascending) lies between two ranges that do not overlap.
    static func separate(_ a: Range<Int>, _ b: Range<Int>, breaks: [Int]) -> Bool {
        let gap = a.upperBound <= b.lowerBound ? a.upperBound..<b.lowerBound : b.upperBound..<a.lowerBound
        let at = breaks.partitionPoint { $0 >= gap.lowerBound }
        return at < breaks.count && breaks[at] < gap.upperBound
    }
}
