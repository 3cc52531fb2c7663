#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw
import NewsUI

/// The reader's loop on a real terminal: read an input, decode it, update the state, render a
/// Frame and draw it. Generic over the state so the terminal layer knows nothing of the reader.
public enum TerminalSession {
    /// How the session ended.
    public enum Outcome: Equatable, Sendable {
        /// The state said it was finished (the user quit).
        case finished
        /// A quit signal (SIGINT from Ctrl-C, SIGTERM, SIGHUP) ended it; exit with 128 + it.
        case signalled(Int32)

        /// The conventional exit status: 0, or 128 + the signal number.
        public var exitStatus: Int32 {
            switch self {
            case .finished: return 0
            case .signalled(let signal): return 128 + signal
            }
        }
    }

    /// How often a blocked read wakes to look for a quit signal and for work done off the
    /// reader's thread (related passages, a refresh): the longest such work waits to be shown.
    public static let pollMilliseconds: Int32 = 25
    /// How long to wait after an ESC for the key it may modify; ncurses has already waited its
    /// escape delay for a key sequence, so what follows an Alt press is in its buffer by now.
    static let escapeFollowUpMilliseconds: Int32 = 5

    /// Runs until `isFinished` or a quit signal; the terminal is restored before returning.
    /// `initial` is called once ncurses knows the terminal's colours and size; later sizes
    /// arrive as `.resize` events.
    ///
    /// - Parameter background: asked at least every `pollMilliseconds` whether work done off
    ///   this thread (an index refresh) has a new state to show; nil when nothing changed. So
    ///   the first frame need not wait for that work, and input is never blocked by it.
    public static func run<State>(
        environment: [String: String],
        initial: (_ colors: ColorDepth, _ width: Int, _ height: Int) -> State,
        update: (State, Event) -> State,
        render: (State, Int, Int) -> Frame,
        isFinished: (State) -> Bool,
        background: (State) -> State? = { _ in nil }
    ) throws -> Outcome {
        SignalGuard.install()
        let screen = try TerminalScreen(environment: environment)
        defer { screen.restore() }
        let window = screen.window
        var drawer = FrameDrawer(support: screen.colorDepth, defaultColors: screen.defaultColors,
                                 pairCapacity: Int(nr_color_pairs()))
        var decoder = KeyDecoder()
        var size = screen.size
        var state = initial(screen.colorDepth, size.width, size.height)
        var dirty = true
        var clearFirst = false
        wtimeout(window, pollMilliseconds)

        while true {
            if SignalGuard.received != 0 { return .signalled(SignalGuard.received) }
            if isFinished(state) { return .finished }
            if let changed = background(state) {
                state = changed
                dirty = true
            }
            if dirty {
                if clearFirst { wclear(window); clearFirst = false }  // after a resize only
                drawer.draw(render(state, size.width, size.height), into: window)
                wnoutrefresh(window)
                doupdate()
                dirty = false
            }

            var value: UInt32 = 0
            let status = nr_get_wch(window, &value)
            let events: [Event]
            if status == ERR {
                // A timeout, or a read cut short by a signal.
                guard decoder.pendingEscape else { continue }
                events = decoder.flush()
            } else if status == KEY_CODE_YES {
                let code = Int32(bitPattern: value)
                if code == KEY_RESIZE {
                    size = screen.size
                    clearFirst = true
                    events = decoder.feed(.resize(width: size.width, height: size.height))
                } else if code == KEY_MOUSE {
                    var x: Int32 = 0, y: Int32 = 0
                    var state: mmask_t = 0
                    guard nr_get_mouse(&x, &y, &state) == OK else { continue }
                    events = decoder.feed(.mouse(state: UInt(state), x: Int(x), y: Int(y)))
                } else {
                    events = decoder.feed(.keyCode(code, name: TerminalScreen.name(ofKey: code)))
                }
            } else {
                events = decoder.feed(.character(value))
            }
            wtimeout(window, decoder.pendingEscape ? escapeFollowUpMilliseconds : pollMilliseconds)

            for event in events where !isFinished(state) {
                state = update(state, event)
                dirty = true
            }
        }
    }
}
