import CNCursesw
import NewsUI

/// Writes a Frame into the ncurses screen. It only writes the virtual screen; `wnoutrefresh` and
/// `doupdate` then send what changed, so ncurses does the diffing, not us.
struct FrameDrawer {
    let support: ColorDepth
    /// Whether the terminal accepted `use_default_colors` (else -1 becomes white on black).
    let defaultColors: Bool
    private var pairs: ColorPairs
    private var cursorVisible: Int32 = -1
    /// Control scalars found in cell text and dropped; Frame.put never lets one through, so any
    /// count here is a bug in whoever built the cell by hand.
    private(set) var droppedControls = 0

    init(support: ColorDepth, defaultColors: Bool, pairCapacity: Int) {
        self.support = support
        self.defaultColors = defaultColors
        pairs = ColorPairs(capacity: support == .monochrome ? 0 : min(pairCapacity - 1, 32_766))
    }

    mutating func draw(_ frame: Frame, into window: UnsafeMutablePointer<WINDOW>) {
        let rows = Int(nr_lines(window)), columns = Int(nr_columns(window))
        if frame.width < columns || frame.height < rows { werase(window) }
        if !drawCells(frame, window, rows: rows, columns: columns) {
            // The pairs ran out part-way: start the table over and paint every cell again.
            pairs.reset()
            _ = drawCells(frame, window, rows: rows, columns: columns)
        }
        placeCursor(frame, window, rows: rows, columns: columns)
    }

    /// False when a colour pair could not be had.
    private mutating func drawCells(_ frame: Frame, _ window: UnsafeMutablePointer<WINDOW>,
                                    rows: Int, columns: Int) -> Bool {
        var text = [wchar_t](repeating: 0, count: Int(nr_cchar_capacity()) + 1)
        var lastStyle: Style?
        var attributes: attr_t = 0
        var pair: Int32 = 0
        for y in 0..<min(rows, frame.height) {
            for x in 0..<min(columns, frame.width) {
                let cell = frame[x, y]
                if cell.isContinuation { continue }
                if cell.style != lastStyle {
                    guard let chosen = look(cell.style) else { return false }
                    (attributes, pair) = chosen
                    lastStyle = cell.style
                }
                // A wide grapheme needs both cells; at the screen's edge it becomes a space.
                let fits = cell.width < 2 || x + 1 < columns
                let (glyphs, dropped) = Self.cellGlyphs(fits ? cell.text : " ", capacity: text.count - 1)
                droppedControls += dropped
                for (offset, glyph) in glyphs.enumerated() {
                    fill(&text, with: glyph)
                    _ = text.withUnsafeBufferPointer {
                        nr_put_cell(window, Int32(y), Int32(x + offset), $0.baseAddress, attributes, pair)
                    }
                }
            }
        }
        return true
    }

    /// Copies one glyph's characters into the zero-terminated buffer `setcchar` reads.
    private func fill(_ buffer: inout [wchar_t], with glyph: [UInt32]) {
        for (i, scalar) in glyph.enumerated() { buffer[i] = wchar_t(bitPattern: scalar) }
        buffer[glyph.count] = 0
    }

    /// What a cell's grapheme is drawn as: one glyph (a `cchar_t`: a spacing character and its
    /// combining marks) per screen cell it fills, usually just one.
    ///
    /// `setcchar` takes the first character as the spacing one and every other as combining, so a
    /// grapheme with more than one spacing character cannot go into one cell as it is: a flag
    /// (two regional indicators) becomes its two letters, 🇺🇸 → `U` `S`, which fill its two
    /// cells; any other sequence (a ZWJ family, a skin tone, a tag flag) keeps its first
    /// character and a variation selector right after it. Control scalars are dropped and
    /// counted; a glyph longer than `capacity` keeps its first character; nothing becomes a space.
    static func cellGlyphs(_ text: String, capacity: Int) -> (glyphs: [[UInt32]], dropped: Int) {
        var scalars: [Unicode.Scalar] = []
        var dropped = 0
        for scalar in text.unicodeScalars {
            if isControl(scalar) { dropped += 1; continue }
            scalars.append(scalar)
        }
        guard let first = scalars.first else { return ([[0x20]], dropped) }
        if scalars.dropFirst().contains(where: isSpacing) {
            if scalars.count == 2, scalars.allSatisfy(isRegionalIndicator) {
                return (scalars.map { [$0.value - 0x1F1E6 + 0x41] }, dropped)
            }
            let selector = scalars.dropFirst().prefix(1).filter(isVariationSelector)
            return ([([first] + selector).map(\.value)], dropped)
        }
        let glyph = scalars.count > capacity ? [first.value] : scalars.map(\.value)
        return ([glyph], dropped)
    }

    /// Whether a scalar after a grapheme's first takes a cell of its own, rather than joining
    /// the first as a combining mark, variation selector or zero-width joiner.
    static func isSpacing(_ scalar: Unicode.Scalar) -> Bool {
        if isVariationSelector(scalar) || scalar.value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return false
        default: return true
        }
    }

    static func isVariationSelector(_ scalar: Unicode.Scalar) -> Bool {
        (0xFE00...0xFE0F).contains(scalar.value) || (0xE0100...0xE01EF).contains(scalar.value)
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }

    /// Attributes and colour pair for a style, allocating the pair on first use.
    private mutating func look(_ style: Style) -> (attr_t, Int32)? {
        var attributes: attr_t = 0
        if style.bold { attributes |= nr_a_bold() }
        if style.dim { attributes |= nr_a_dim() }
        if style.underline { attributes |= nr_a_underline() }
        if style.reverse { attributes |= nr_a_reverse() }
        if style.italic { attributes |= nr_a_italic() }
        guard support != .monochrome else { return (attributes, 0) }
        var colors = ColorPairs.Colors(foreground: support.number(style.foreground),
                                       background: support.number(style.background))
        if !defaultColors {
            if colors.foreground == -1 { colors.foreground = 7 }
            if colors.background == -1 { colors.background = 0 }
        }
        guard let (number, isNew) = pairs.pair(colors) else { return nil }
        if isNew { _ = nr_init_pair(number, colors.foreground, colors.background) }
        return (attributes, number)
    }

    /// Shows the cursor where the frame asks (an input prompt), hides it otherwise.
    private mutating func placeCursor(_ frame: Frame, _ window: UnsafeMutablePointer<WINDOW>, rows: Int, columns: Int) {
        var wanted: Int32 = 0
        if let cursor = frame.cursor, cursor.x >= 0, cursor.x < columns, cursor.y >= 0, cursor.y < rows {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            wanted = 1
        }
        if wanted != cursorVisible {
            _ = curs_set(wanted)
            cursorVisible = wanted
        }
        // With the cursor hidden, leave it where ncurses last drew so no extra moves are sent.
        leaveok(window, wanted == 0)
    }
}
