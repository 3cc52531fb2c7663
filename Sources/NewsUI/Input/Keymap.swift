/// Which key runs which action: default bindings as data, merged with the user's `keys.conf`.
///
/// `keys.conf` (in `$XDG_CONFIG_HOME/newsreader/`, else `~/.config/newsreader/`) holds one
/// directive a line; `#` starts a comment:
///
///     bind KEY ACTION     # KEY runs ACTION (replacing what KEY did)
///     unbind KEY          # KEY does nothing
///
/// KEY is a name from `KeyName` (`j`, `Space`, `C-d`, `M-Left`, `PgDn`, `S-Tab`…); ACTION a name
/// from `Action` (`move-down`, `next-mention`, `pick-entity`…, listed in the `?` help). A
/// mistake stops the load with an error naming the line.
public struct Keymap: Sendable, Hashable {
    public private(set) var bindings: [Key: Action]

    public init(bindings: [Key: Action]) { self.bindings = bindings }

    public func action(for key: Key) -> Action? { bindings[key] }

    /// The keys bound to an action, in a stable order (single characters first).
    public func keys(for action: Action) -> [Key] {
        bindings.filter { $0.value == action }.map(\.key)
            .sorted { (Self.rank($0), KeyName.name($0)) < (Self.rank($1), KeyName.name($1)) }
    }

    private static func rank(_ key: Key) -> Int {
        switch key {
        case .character: 0
        case .control: 2
        case .alt: 3
        default: 1
        }
    }

    public mutating func bind(_ key: Key, to action: Action) { bindings[key] = action }
    public mutating func unbind(_ key: Key) { bindings[key] = nil }

    public static let defaults: Keymap = {
        let table: [(String, Action)] = [
            ("j", .moveDown), ("Down", .moveDown), ("k", .moveUp), ("Up", .moveUp),
            ("Space", .pageDown), ("PgDn", .pageDown), ("C-f", .pageDown),
            ("b", .pageUp), ("PgUp", .pageUp), ("C-b", .pageUp),
            ("g", .moveFirst), ("Home", .moveFirst), ("G", .moveLast), ("End", .moveLast),
            ("]", .nextPassage), ("[", .previousPassage),
            ("J", .nextArticle), ("K", .previousArticle),
            ("Tab", .focusNext), ("S-Tab", .focusPrevious),
            ("n", .nextMention), ("N", .previousMention), ("Enter", .open),
            ("Backspace", .back), ("h", .back), ("M-Left", .back),
            ("l", .forward), ("M-Right", .forward),
            (".", .nextEntityMention), (",", .previousEntityMention),
            ("/", .search), ("@", .pickEntity), ("+", .addEntity), ("f", .filterArticles),
            ("Esc", .clear), ("r", .toggleRaw), ("m", .bookmark), ("?", .help), ("q", .quit),
        ]
        var bindings: [Key: Action] = [:]
        for (name, action) in table { bindings[KeyName.parse(name)!] = action }
        return Keymap(bindings: bindings)
    }()

    /// The defaults with `config`'s directives applied in order.
    public static func parse(_ config: String) throws -> Keymap {
        var keymap = defaults
        for (number, rawLine) in config.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            guard let directive = words.first else { continue }
            func fail(_ message: String) -> KeymapError { KeymapError(line: number + 1, message: message) }
            func key(_ name: String) throws -> Key {
                guard let key = KeyName.parse(name) else { throw fail("unknown key '\(name)'") }
                return key
            }
            switch directive {
            case "bind":
                guard words.count == 3 else { throw fail("expected 'bind KEY ACTION'") }
                guard let action = Action(rawValue: words[2]) else { throw fail("unknown action '\(words[2])'") }
                keymap.bind(try key(words[1]), to: action)
            case "unbind":
                guard words.count == 2 else { throw fail("expected 'unbind KEY'") }
                keymap.unbind(try key(words[1]))
            default:
                throw fail("unknown directive '\(directive)' (use bind or unbind)")
            }
        }
        return keymap
    }

    /// `$XDG_CONFIG_HOME/newsreader/keys.conf`, else `$HOME/.config/newsreader/keys.conf`.
    public static func defaultConfigPath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/newsreader/keys.conf" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/newsreader/keys.conf" }
        return nil
    }
}

/// A `keys.conf` mistake, with its line number.
public struct KeymapError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}
