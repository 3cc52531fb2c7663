import CNCursesw
import NewsUI

/// One report from `wget_wch`, as plain values so decoding can be tested without a terminal.
public enum RawInput: Hashable, Sendable {
    /// A character (`wget_wch` returned OK): printable, a control byte, or ESC.
    case character(UInt32)
    /// A key code (`KEY_CODE_YES`); `name` is the terminfo capability for codes past `KEY_MAX`
    /// (`kLFT3` for Alt-Left), which is how ncurses reports keys it learned from the terminfo.
    case keyCode(Int32, name: String?)
    /// `KEY_MOUSE` after `getmouse`: the button state bits and the cell.
    case mouse(state: UInt, x: Int, y: Int)
    /// `KEY_RESIZE`, with the new size from `getmaxyx`.
    case resize(width: Int, height: Int)
}

/// The mouse bits ncurses reports, passed in so the decoder stays pure.
public struct MouseMasks: Sendable {
    public var button1Pressed: UInt, button1Released: UInt, button1Clicked: UInt
    public var button3Pressed: UInt, wheelUp: UInt, wheelDown: UInt

    public init(button1Pressed: UInt, button1Released: UInt, button1Clicked: UInt,
                button3Pressed: UInt, wheelUp: UInt, wheelDown: UInt) {
        self.button1Pressed = button1Pressed
        self.button1Released = button1Released
        self.button1Clicked = button1Clicked
        self.button3Pressed = button3Pressed
        self.wheelUp = wheelUp
        self.wheelDown = wheelDown
    }

    /// The masks of the linked ncurses.
    public static var curses: MouseMasks {
        MouseMasks(button1Pressed: UInt(nr_button1_pressed()), button1Released: UInt(nr_button1_released()),
                   button1Clicked: UInt(nr_button1_clicked()), button3Pressed: UInt(nr_button3_pressed()),
                   wheelUp: UInt(nr_button4_pressed()), wheelDown: UInt(nr_button5_pressed()))
    }
}

/// Turns raw terminal input into reader events. The one piece of state is a pending ESC: a
/// terminal sends Alt+key as ESC then the key, so an ESC is held until the next input (which
/// makes it Alt) or until `flush` says nothing followed within the escape delay (plain Esc).
public struct KeyDecoder: Sendable {
    public private(set) var pendingEscape = false
    public var mouseMasks: MouseMasks

    public init(mouseMasks: MouseMasks = .curses) {
        self.mouseMasks = mouseMasks
    }

    /// The events one raw input completes (none while an ESC waits for what follows).
    public mutating func feed(_ input: RawInput) -> [Event] {
        switch input {
        case .character(27):
            if pendingEscape { return [.key(.escape)] }  // the first ESC stood alone; hold the second
            pendingEscape = true
            return []
        case .character(let value):
            return withEscape(Self.key(character: value).map(Event.key))
        case .keyCode(let code, let name):
            return withEscape(Self.key(code: code, name: name).map(Event.key))
        case .mouse(let state, let x, let y):
            return flushed() + (mouse(state: state, x: x, y: y).map { [.mouse($0)] } ?? [])
        case .resize(let width, let height):
            return flushed() + [.resize(width: width, height: height)]
        }
    }

    /// Nothing followed a pending ESC in time: it was the Esc key.
    public mutating func flush() -> [Event] { flushed() }

    private mutating func flushed() -> [Event] {
        guard pendingEscape else { return [] }
        pendingEscape = false
        return [.key(.escape)]
    }

    /// A key after a pending ESC is that key with Alt; an undecodable input drops the ESC too.
    private mutating func withEscape(_ event: Event?) -> [Event] {
        defer { pendingEscape = false }
        guard let event else { return [] }
        guard pendingEscape, case .key(let key) = event else { return [event] }
        return [.key(.alt(key))]
    }

    /// Characters: Enter is CR or LF (with `nonl` the terminal sends CR), Backspace is DEL or
    /// BS, other control bytes are Ctrl plus a letter; C1 controls and NUL are dropped.
    static func key(character value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 127, 8: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(value + 0x60)!))
        case 0, 28...31, 0x80..<0xA0: return nil
        default:
            guard let scalar = Unicode.Scalar(value) else { return nil }
            return .character(Character(scalar))
        }
    }

    /// ncurses key codes, and the terminfo names of extended keys with xterm modifiers:
    /// suffix 3 (Alt), 4 (Shift-Alt), 7 (Ctrl-Alt), 8 give Alt+key; 2 (Shift), 5 (Ctrl), 6 the key.
    static func key(code: Int32, name: String?) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1, KEY_LL: return .end
        case KEY_DC: return .delete
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: break
        }
        guard let name, let modifier = name.last?.wholeNumberValue else { return nil }
        let base: Key
        switch name.dropLast() {
        case "kUP": base = .up
        case "kDN": base = .down
        case "kLFT": base = .left
        case "kRIT": base = .right
        case "kHOM": base = .home
        case "kEND": base = .end
        case "kPRV": base = .pageUp
        case "kNXT": base = .pageDown
        case "kDC": base = .delete
        default: return nil
        }
        switch modifier {
        case 3, 4, 7, 8: return .alt(base)
        case 2, 5, 6: return base
        default: return nil
        }
    }

    /// Left button press and release, right press, and the wheel (buttons 4 and 5).
    func mouse(state: UInt, x: Int, y: Int) -> MouseEvent? {
        let kind: MouseEvent.Kind
        if state & mouseMasks.wheelUp != 0 { kind = .wheelUp }
        else if mouseMasks.wheelDown != 0, state & mouseMasks.wheelDown != 0 { kind = .wheelDown }
        else if state & (mouseMasks.button1Pressed | mouseMasks.button1Clicked) != 0 { kind = .press(button: 1) }
        else if state & mouseMasks.button3Pressed != 0 { kind = .press(button: 3) }
        else if state & mouseMasks.button1Released != 0 { kind = .release }
        else { return nil }
        return MouseEvent(kind: kind, x: x, y: y)
    }
}
