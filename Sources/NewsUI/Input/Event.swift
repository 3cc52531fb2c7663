/// A key as the reader understands it, decoded from the terminal's input by the terminal layer.
public enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Control plus a letter (`ctrl("l")` for Ctrl-L).
    case control(Character)
    /// Alt (Meta) plus another key, as terminals send it: ESC then the key.
    indirect case alt(Key)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case function(Int)
}

/// A mouse report.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case press(button: Int)
        case release
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything that can change the reader's state from outside.
public enum Event: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
}
