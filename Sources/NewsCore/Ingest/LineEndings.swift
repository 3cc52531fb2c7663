/// CRLF and lone CR become LF, so every later step sees one kind of line break and line
/// numbers mean the same thing whatever system saved the file.
public enum LineEndings {
    public static func normalise(_ text: String) -> String {
        guard TextShape.containsByte(text, 13) else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCR { afterCR = false; continue }
            afterCR = scalar == "\r"
            out.append(afterCR ? "\n" : scalar)
        }
        return String(out)
    }
}
