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
                fill(&text, with: fits ? cell.text : " ")
                _ = text.withUnsafeBufferPointer { nr_put_cell(window, Int32(y), Int32(x), $0.baseAddress, attributes, pair) }
            }
        }
        return true
    }

    /// Copies a cell's characters into the zero-terminated buffer `setcchar` reads.
    private mutating func fill(_ buffer: inout [wchar_t], with text: String) {
        let (scalars, dropped) = Self.cellScalars(text, capacity: buffer.count - 1)
        droppedControls += dropped
        for (i, scalar) in scalars.enumerated() { buffer[i] = wchar_t(bitPattern: scalar) }
        buffer[scalars.count] = 0
    }

    /// The scalars a cell is drawn with: a base and its combining marks, as many as a cchar_t
    /// holds (a longer cluster, such as a joined emoji, keeps its first scalar); control scalars
    /// dropped and counted; an empty result becomes a space.
    static func cellScalars(_ text: String, capacity: Int) -> (scalars: [UInt32], dropped: Int) {
        var scalars: [UInt32] = []
        var dropped = 0
        for scalar in text.unicodeScalars {
            if isControl(scalar) { dropped += 1; continue }
            scalars.append(scalar.value)
        }
        if scalars.count > capacity { scalars.removeSubrange(1...) }
        return (scalars.isEmpty ? [0x20] : scalars, dropped)
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
