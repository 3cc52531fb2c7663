import NewsUI

/// Maps frame colours to what the terminal can show. The depth itself is decided once, by
/// `ColorDepth.detect` (NO_COLOR, then the terminal's colour count), and told to the reader too.
extension ColorDepth {
    /// The terminal colour number for a frame colour: -1 is the terminal's default.
    public func number(_ color: Color) -> Int32 {
        guard case .indexed(let index) = color else { return -1 }
        switch self {
        case .full256: return Int32(index)
        case .eight: return Int32(Self.nearestBasic(index))
        case .monochrome: return -1
        }
    }

    /// The nearest of the 8 basic colours: bright ones (8–15) to their plain twin, the 6×6×6
    /// cube and the grey ramp by distance to xterm's basic palette.
    public static func nearestBasic(_ index: UInt8) -> UInt8 {
        if index < 8 { return index }
        if index < 16 { return index - 8 }
        let rgb: (Int, Int, Int)
        if index >= 232 {
            let grey = 8 + 10 * Int(index - 232)
            rgb = (grey, grey, grey)
        } else {
            let levels = [0, 95, 135, 175, 215, 255]
            let cube = Int(index) - 16
            rgb = (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
        }
        var best: UInt8 = 0
        var bestDistance = Int.max
        for (number, basic) in basicPalette.enumerated() {
            let dr = rgb.0 - basic.0, dg = rgb.1 - basic.1, db = rgb.2 - basic.2
            let distance = dr * dr + dg * dg + db * db
            if distance < bestDistance { bestDistance = distance; best = UInt8(number) }
        }
        return best
    }

    /// xterm's colours 0–7.
    static let basicPalette = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
                               (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229)]
}

/// Colour pairs handed out on demand: each new foreground/background gets the next number, and
/// when the terminal's pairs run out the table starts over (the caller then redraws everything,
/// since cells already on screen may point at a reused number).
struct ColorPairs {
    struct Colors: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Pairs 1…capacity are ours; 0 is the terminal's default pair and never changes.
    let capacity: Int
    private var numbers: [Colors: Int32] = [:]
    private(set) var generation = 0

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The pair for two colours, and whether it is new (and so must be initialised). Nil when
    /// every pair is taken: call `reset` and draw again.
    mutating func pair(_ colors: Colors) -> (number: Int32, isNew: Bool)? {
        if colors.foreground == -1 && colors.background == -1 { return (0, false) }
        if let number = numbers[colors] { return (number, false) }
        guard numbers.count < capacity else { return nil }
        let number = Int32(numbers.count + 1)
        numbers[colors] = number
        return (number, true)
    }

    mutating func reset() {
        numbers.removeAll(keepingCapacity: true)
        generation += 1
    }
}
