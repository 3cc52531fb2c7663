/// Turns a file's bytes into text: UTF-8 when valid, else Windows-1252 with a notice.
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
        let text = String(String.UnicodeScalarView(body.map { Unicode.Scalar($0) }))
        return Decoded(text: text, notice: "not valid UTF-8; decoded as Windows-1252")
    }
}
