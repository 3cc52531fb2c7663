/// Turns a file's bytes into text: UTF-8 when valid, else Windows-1252 with a notice.
///
/// A UTF-8 byte-order mark is dropped. Line endings are left as they are (CRLF stays CRLF): the
/// caller normalises them, so offsets here match the file.
public enum TextDecoding {
    public struct Decoded: Sendable, Hashable {
        public var text: String
        /// Set when the bytes were not valid UTF-8 and another encoding was used.
        public var notice: String?
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, notice: nil)
        }
        var scalars = String.UnicodeScalarView()
        for byte in body {
            // Windows-1252 proper; its five undefined bytes keep their Latin-1 (C1) reading.
            let value = byte < 0x80 ? UInt32(byte) : CodePage.windows1252High[Int(byte - 0x80)]
            scalars.append(Unicode.Scalar(value == 0 ? UInt32(byte) : value)!)
        }
        return Decoded(text: String(scalars), notice: "not valid UTF-8; decoded as Windows-1252")
    }
}
