import NewsUI

/// Article text as the line-oriented commands (`show`) print it.
public enum PrintedText {
    /// The text for stdout. Piped, it is exact: a script gets what the article holds. On a
    /// terminal every control is made visible (`ESC` as `^[`), so an article cannot retitle the
    /// window, clear the screen or move the cursor; only what lays the text out is kept: line
    /// feeds, tabs, and a carriage return that ends a line.
    public static func forStdout(_ text: String, isTerminal: Bool) -> String {
        guard isTerminal else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let endsLine = scalar == "\r" && i + 1 < scalars.count && scalars[i + 1] == "\n"
            if scalar == "\n" || scalar == "\t" || endsLine {
                out.append(scalar)
            } else if let shown = ControlPictures.visible(scalar) {
                out.append(contentsOf: shown.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}
