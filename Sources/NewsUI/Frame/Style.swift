/// A terminal colour as the frame asks for it; the terminal layer maps it to what the terminal
/// can show (256 colours, 8, or none).
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 256 xterm colours (0–15 are the basic and bright ones).
    case indexed(UInt8)
}

/// How a cell looks. Every distinction the reader makes must survive without colour, so themes
/// pair each colour with an attribute (bold, underline, reverse) where it matters.
public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var italic: Bool

    public init(foreground: Color = .default, background: Color = .default, bold: Bool = false,
                dim: Bool = false, underline: Bool = false, reverse: Bool = false, italic: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.italic = italic
    }

    public static let plain = Style()
}
