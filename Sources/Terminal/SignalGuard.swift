#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CNCursesw

/// Makes sure the terminal is given back whatever ends the reader.
///
/// Quit signals (SIGINT, which Ctrl-C raises under `cbreak`; SIGTERM; SIGHUP) only record the
/// signal number — the one async-signal-safe thing to do — and the input loop, which wakes at
/// least every `TerminalSession.pollMilliseconds`, sees it, leaves ncurses with `endwin` and
/// exits with 128 + the signal. Fatal signals (SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, and
/// SIGTRAP, which a Swift runtime trap raises on arm64 as SIGILL does on x86) cannot return to
/// the loop: their handler calls `endwin` at once (not async-signal-safe, but the process is
/// dying and a usable shell is worth the risk), puts back the handler that was there before —
/// the Swift runtime's backtracer, or the default action — and raises the signal again; should
/// that handler return, the default action is set and the signal raised once more.
///
/// Installed before `initscr`, so ncurses, which only catches signals still at their default,
/// leaves these to us; it keeps SIGWINCH (turned into KEY_RESIZE) and SIGTSTP (Ctrl-Z).
public enum SignalGuard {
    public static let quitSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    public static let fatalSignals: [Int32] = [SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE, SIGTRAP]

    /// The quit signal received, or 0. Written only by the handler.
    nonisolated(unsafe) public private(set) static var received: Int32 = 0
    /// Whether ncurses owns the terminal, so the fatal handler knows to call `endwin`.
    nonisolated(unsafe) static var screenActive: Int32 = 0
    /// The handlers that were installed before ours, by signal number, restored before re-raising.
    nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    nonisolated(unsafe) private static var installed = false

    /// Installs the handlers (once per process).
    public static func install() {
        guard !installed else { return }
        installed = true
        // Touch every static now, so the handlers never run a lazy initialiser.
        received = 0
        screenActive = 0
        previous.initialize(repeating: sigaction(), count: 65)
        installAlternateStack()

        for signal in quitSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { SignalGuard.received = $0 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: a blocking read returns so the loop looks sooner
            sigaction(signal, &action, previous + Int(signal))
        }
        for signal in fatalSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if SignalGuard.screenActive != 0 {
                    SignalGuard.screenActive = 0
                    endwin()
                }
                sigaction(signal, SignalGuard.previous + Int(signal), nil)
                raise(signal)
                // Still alive: the previous handler returned (the signal was sent, not a fault
                // that recurs on return). Die of it with the default action.
                var fallback = sigaction()
                fallback.__sigaction_handler.sa_handler = SIG_DFL
                sigaction(signal, &fallback, nil)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(SA_ONSTACK | SA_NODEFER)
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// A stack for the fatal handler, so a stack overflow can still restore the terminal.
    private static func installAlternateStack() {
        let size = 64 * 1024
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
    }
}
