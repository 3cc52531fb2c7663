#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw
import NewsUI

/// Takes the terminal over through ncurses and gives it back: the only place that calls
/// `initscr`/`newterm` and `endwin`.
public final class TerminalScreen {
    /// Why the reader cannot start.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The escape delay: how long a lone ESC waits for the rest of a key sequence.
    public static let escapeDelayMilliseconds: Int32 = 25

    let window: UnsafeMutablePointer<WINDOW>
    public let colorDepth: ColorDepth
    let defaultColors: Bool
    private var screen: OpaquePointer?

    /// Both ends of the session are terminals (checked before ncurses is touched).
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Starts curses on stdin/stdout: a UTF-8 locale first, so wide characters are wide.
    public init(environment: [String: String]) throws {
        Self.chooseUTF8Locale()
        guard let screen = nr_newterm_stdio() else {
            throw Failure(description: "cannot drive terminal type '\(environment["TERM"] ?? "")'")
        }
        self.screen = screen
        window = nr_stdscr()
        SignalGuard.screenActive = 1

        cbreak()         // keys arrive at once; Ctrl-C still raises SIGINT (see SignalGuard)
        noecho()
        nonl()           // Enter reads as CR, and no CR/LF translation on output
        keypad(window, true)
        intrflush(window, false)
        _ = nr_set_escdelay(Self.escapeDelayMilliseconds)
        Self.teachModifiedKeys()

        // ncurses sets COLORS only inside start_color(), so colour is started before the count
        // is read; with NO_COLOR (as ColorDepth.detect reads it) it is never started at all.
        let colorWanted = (environment["NO_COLOR"] ?? "").isEmpty
        var colors = 0
        if colorWanted && has_colors() && start_color() == OK {
            colors = Int(nr_colors())
        }
        colorDepth = ColorDepth.detect(environment: environment, colors: colors)
        defaultColors = colorDepth == .monochrome || use_default_colors() == OK

        let masks = MouseMasks.curses
        _ = mousemask(mmask_t(masks.button1Pressed | masks.button1Released | masks.button3Pressed
                              | masks.wheelUp | masks.wheelDown), nil)
        mouseinterval(0)  // report press and release as they come, without waiting for a click
    }

    /// Columns and rows of the screen now.
    public var size: (width: Int, height: Int) { (Int(nr_columns(window)), Int(nr_lines(window))) }

    /// Gives the terminal back (cooked mode, echo, the main screen). Safe to call twice.
    public func restore() {
        guard screen != nil else { return }
        SignalGuard.screenActive = 0
        endwin()
        delscreen(screen)
        screen = nil
    }

    deinit { restore() }

    /// `setlocale(LC_ALL, "")`; when that is not UTF-8 (a bare C or POSIX environment), the
    /// character type falls back to C.UTF-8 so ncurses reads and writes UTF-8.
    static func chooseUTF8Locale() {
        setlocale(LC_ALL, "")
        if nr_locale_is_utf8() != 0 { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil {
            if nr_locale_is_utf8() != 0 { return }
        }
    }

    /// The xterm sequences for Alt- and Ctrl-modified arrows, Home/End, PgUp/PgDn and Delete,
    /// taught to ncurses under their terminfo names when the terminal description lacks them,
    /// so they arrive as one key code instead of ESC and a string of bytes.
    static func teachModifiedKeys() {
        let finals: [(name: String, sequence: (Int) -> String)] = [
            ("kUP", { "\u{1B}[1;\($0)A" }), ("kDN", { "\u{1B}[1;\($0)B" }),
            ("kRIT", { "\u{1B}[1;\($0)C" }), ("kLFT", { "\u{1B}[1;\($0)D" }),
            ("kHOM", { "\u{1B}[1;\($0)H" }), ("kEND", { "\u{1B}[1;\($0)F" }),
            ("kPRV", { "\u{1B}[5;\($0)~" }), ("kNXT", { "\u{1B}[6;\($0)~" }), ("kDC", { "\u{1B}[3;\($0)~" }),
        ]
        var code = Int32(learnedKeyBase)
        learnedKeys = [:]
        for (name, sequence) in finals {
            for modifier in [3, 5] {
                let text = sequence(modifier)
                guard key_defined(text) == 0 else { continue }
                if define_key(text, code) == OK { learnedKeys[code] = name + String(modifier) }
                code += 1
            }
        }
    }

    /// Codes given to the sequences `teachModifiedKeys` defines, far above ncurses' own.
    static let learnedKeyBase = 0x3000
    nonisolated(unsafe) static var learnedKeys: [Int32: String] = [:]

    /// The terminfo name of an extended key code (past KEY_MAX), for the decoder.
    static func name(ofKey code: Int32) -> String? {
        if let learned = learnedKeys[code] { return learned }
        guard code > KEY_MAX, let name = keyname(code) else { return nil }
        return String(cString: name)
    }
}
