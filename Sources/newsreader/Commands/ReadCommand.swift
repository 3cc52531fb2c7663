import ArgumentParser
import Foundation
import NewsCore
import NewsStore
import NewsUI
import Terminal

/// `newsreader [PATH…]`: the reader itself, on a real terminal. The default command, so a bare
/// `newsreader` opens the project's corpus.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader on a terminal (the default command).",
        discussion: """
            Ctrl-C, SIGTERM and SIGHUP quit and restore the terminal (exit 128 + the signal); \
            q quits (exit 0). Scripts want the other commands: list, show, search, related.
            """)

    @Argument(help: ArgumentHelp("Folders or files of articles (default: the project's corpus).", valueName: "path"))
    var paths: [String] = []

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: ArgumentHelp("A key configuration file (default: the user's, when present).", valueName: "file"))
    var keys: String?

    @Option(name: .long, help: ArgumentHelp(
        "The reading state file (default: $XDG_STATE_HOME/newsreader/state.sqlite, else "
            + "~/.local/state/newsreader/state.sqlite).",
        valueName: "file"))
    var state: String?

    func run() throws {
        // Before anything else, and before ncurses: a pipe or a file gets one line and status 2.
        guard TerminalScreen.isInteractive else {
            Terminal.warn("not a terminal; use `newsreader list`, `show`, `search`, `related`… for scripts")
            throw ExitCode(2)
        }
        let environment = ProcessInfo.processInfo.environment
        let keymap = try loadKeymap(environment: environment)
        var corpus = options
        corpus.corpus += paths
        let (index, refresh) = try corpus.openForReading()
        let recorder = ReadingStateRecorder.open(
            path: state ?? ReadingStatePath.default(environment: environment),
            corpus: Self.corpusKey(corpus.corpusPaths))
        // Printed before the screen is taken (it is there again once the reader quits) and
        // pointed to from the first frame's status line.
        if let notice = recorder.notice { Terminal.warn(notice) }

        let outcome = try TerminalSession.run(
            environment: environment,
            initial: { depth, width, height in
                let state = ReaderState(index: index, options: ReaderOptions(
                    colorDepth: depth, keymap: keymap, saved: recorder.saved, notice: recorder.screenNotice,
                    width: width, height: height, relatedInBackground: true))
                recorder.record(state.readingChanges(since: recorder.saved))
                return state
            },
            update: { state, event in
                let next = NewsUI.update(state, event)
                recorder.record(next.readingChanges(since: state))
                return next
            },
            render: { state, width, height in NewsUI.render(state, width: width, height: height) },
            isFinished: { $0.isFinished },
            background: { state in
                // A refresh not under an open overlay: a prompt or a list would lose what it holds.
                if let refresh, state.overlay == nil, let outcome = refresh.take() {
                    switch outcome {
                    case .refreshed(let index, let notice): return state.reopened(with: index, notice: notice)
                    case .failed(let why): return state.noticed(why)
                    }
                }
                return state.withFinishedWork()
            })
        if let failure = recorder.failure { Terminal.warn(failure) }
        if outcome != .finished { throw ExitCode(outcome.exitStatus) }
    }

    /// The corpus's key in the state file: its paths with symbolic links resolved, so the same
    /// folder reached another way shares its reading state.
    static func corpusKey(_ paths: [String]) -> String {
        ReadingStateKey.corpus(paths: paths.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path },
                               currentDirectory: FileManager.default.currentDirectoryPath)
    }

    /// `--keys FILE`, else the user's configuration when it exists, else the defaults.
    func loadKeymap(environment: [String: String]) throws -> Keymap {
        let path = keys ?? Keymap.defaultConfigPath(environment: environment)
        guard let path, keys != nil || FileManager.default.fileExists(atPath: path) else { return .defaults }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw UserError("cannot read key configuration \(path)")
        }
        do { return try Keymap.parse(text) } catch { throw UserError("\(path): \(error)") }
    }
}
