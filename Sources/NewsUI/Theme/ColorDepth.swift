/// How many colours the terminal can show; the theme picks styles to match.
public enum ColorDepth: Sendable, Hashable {
    /// No colour at all (NO_COLOR, or a terminal without colours): attributes carry every distinction.
    case monochrome
    /// The eight basic colours.
    case eight
    /// The xterm 256-colour palette.
    case full256

    /// The depth for an environment and a terminal's colour count: a non-empty `NO_COLOR` wins
    /// (https://no-color.org), then the count decides.
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if let value = environment["NO_COLOR"], !value.isEmpty { return .monochrome }
        if colors >= 256 { return .full256 }
        if colors >= 8 { return .eight }
        return .monochrome
    }
}
