/// Where the reading state lives by default: `$XDG_STATE_HOME/newsreader/state.sqlite`, else
/// `~/.local/state/newsreader/state.sqlite` (the XDG base directory rules: a relative or empty
/// `XDG_STATE_HOME` is ignored). Nil when neither that nor `HOME` is set.
public enum ReadingStatePath {
    public static func `default`(environment: [String: String]) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return String(state.reversed().drop { $0 == "/" }.reversed()) + "/newsreader/state.sqlite"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/newsreader/state.sqlite"
    }
}
