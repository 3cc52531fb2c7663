/// One cell of the screen: a grapheme with its style. A wide grapheme fills its cell and the one
/// to its right, which is kept as a continuation (empty text, width 0).
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: Int
    public var style: Style

    public init(_ text: String = " ", width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}

/// The whole screen as styled cells: what `render` produces and the terminal layer draws. The one
/// interface between the reader and the terminal, so every screen can be checked in a test.
public struct Frame: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should rest (an input prompt), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, x < width, y >= 0, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Writes text from (x, y) clipped to `clip` (default: the row up to the frame's edge) and
    /// returns the number of cells used. Controls are shown visibly; a wide grapheme that would
    /// straddle the clip edge is replaced by a space rather than split.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain,
                             clip: Rect? = nil) -> Int {
        let area = clip ?? Rect(x: 0, y: y, width: width, height: 1)
        guard y >= area.y, y < area.maxY, y >= 0, y < height else { return 0 }
        let limit = min(area.maxX, width)
        var column = max(x, area.x)
        let start = column
        for character in ControlPictures.sanitize(String(text)) {
            let cellWidth = TextWidth.of(character)
            if cellWidth == 0 {
                // A lone combining mark attaches to the previous cell.
                if column > start, column - 1 < width { self[column - 1, y].text.append(character) }
                continue
            }
            if column + cellWidth > limit {
                if column < limit { self[column, y] = Cell(" ", style: style) ; column += 1 }
                break
            }
            clearWide(at: column, y)
            self[column, y] = Cell(String(character), width: cellWidth, style: style)
            if cellWidth == 2 { self[column + 1, y] = Cell("", width: 0, style: style) }
            column += cellWidth
        }
        return column - start
    }

    /// Fills a rectangle with blanks of one style.
    public mutating func fill(_ rect: Rect, style: Style = .plain) {
        for y in max(rect.y, 0)..<min(rect.maxY, height) {
            for x in max(rect.x, 0)..<min(rect.maxX, width) { self[x, y] = Cell(" ", style: style) }
        }
    }

    /// Restyles the cells of a rectangle, keeping their text (a selection bar, a highlight).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        for y in max(rect.y, 0)..<min(rect.maxY, height) {
            for x in max(rect.x, 0)..<min(rect.maxX, width) { change(&cells[y * width + x].style) }
        }
    }

    /// The text of one row, continuation cells skipped, trailing spaces trimmed.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width where !self[x, y].isContinuation { text += self[x, y].text }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// Every row's text: what a screen test compares with the lines it expects.
    public var lines: [String] { (0..<height).map(line) }

    /// Overwriting half of a wide grapheme blanks its other half, so none is left split.
    private mutating func clearWide(at x: Int, _ y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
        if cell.width == 2, x + 1 < width { self[x + 1, y] = Cell(" ", style: cell.style) }
    }

    public static func == (lhs: Frame, rhs: Frame) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
            && lhs.cursorX == rhs.cursorX && lhs.cursorY == rhs.cursorY
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(cells)
    }
}
