/// Article text can hold anything — ESC, CSI and OSC sequences, C0 and C1 controls, BEL, NUL.
/// None of it may reach the terminal raw: each control becomes visible caret notation (`^[`,
/// `^G`, `^@`; C1 as `<9b>`), so a hostile file can neither move the cursor nor retitle the
/// window, and a reader still sees that something was there.
public enum ControlPictures {
    /// The visible form of a control scalar, or nil when the scalar is printable.
    public static func visible(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00..<0x20:
            return "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F:
            return "^?"
        case 0x80..<0xA0:
            let hex = String(scalar.value, radix: 16)
            return "<" + hex + ">"
        case 0x2028, 0x2029:
            return " "
        default:
            return nil
        }
    }

    /// The text with every control shown visibly (tabs become a space).
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { visible($0) != nil }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" { out.append(" "); continue }
            if let shown = visible(scalar) { out.append(contentsOf: shown.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}
