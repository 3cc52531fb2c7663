/// Keys by the names `keys.conf` and the help overlay use: a printable character as itself
/// (`j`, `?`, `]`), `Space`, `Enter`, `Tab`, `S-Tab`, `Esc`, `Backspace`, `Delete`, `Up`,
/// `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`, `F1`…`F12`, `C-x` for Control-x and
/// `M-x` / `M-Left` for Alt. Names are case-sensitive only for single characters.
public enum KeyName {
    static let named: [(String, Key)] = [
        ("Space", .character(" ")), ("Enter", .enter), ("Tab", .tab), ("S-Tab", .backTab),
        ("Esc", .escape), ("Backspace", .backspace), ("Delete", .delete), ("Up", .up),
        ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp),
        ("PgDn", .pageDown), ("Home", .home), ("End", .end),
    ]

    /// The key a name stands for, or nil when it names none.
    public static func parse(_ name: String) -> Key? {
        if name.count == 1, let character = name.first, character != " " { return .character(character) }
        if let hit = named.first(where: { $0.0.lowercased() == name.lowercased() }) { return hit.1 }
        let lower = name.lowercased()
        if lower == "backtab" { return .backTab }
        if lower == "escape" { return .escape }
        if lower == "return" { return .enter }
        if lower == "pagedown" { return .pageDown }
        if lower == "pageup" { return .pageUp }
        if lower.hasPrefix("m-") || lower.hasPrefix("a-") {
            return parse(String(name.dropFirst(2))).map { .alt($0) }
        }
        if lower.hasPrefix("c-"), name.count == 3, let letter = name.last {
            return .control(Character(letter.lowercased()))
        }
        if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...24).contains(number) {
            return .function(number)
        }
        return nil
    }

    /// The name a key is written as: what `parse` reads back.
    public static func name(_ key: Key) -> String {
        if let hit = named.first(where: { $0.1 == key }) { return hit.0 }
        switch key {
        case .character(let character): return String(character)
        case .control(let letter): return "C-" + String(letter)
        case .alt(let inner): return "M-" + name(inner)
        case .function(let number): return "F\(number)"
        default: return "?"
        }
    }
}
