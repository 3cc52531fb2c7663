/// A single-byte code page seen from the mojibake side: which bytes a character could have been
/// before it was mis-decoded. A page may merge several tables because real-world decoders mix
/// them (e.g. Baltic text decoded with ISO-8859-13 above 0xA0 and Windows-1252 below).
struct CodePage: Sendable {
    let name: String
    /// Candidate bytes (0x80...0xFF) per character, most likely first.
    let bytesByScalar: [UInt32: [UInt8]]

    init(name: String, tables: [[UInt32]], sloppyC1: Bool = true) {
        var map: [UInt32: [UInt8]] = [:]
        for table in tables {
            for (offset, value) in table.enumerated() where value != 0 {
                let byte = UInt8(0x80 + offset)
                if !map[value, default: []].contains(byte) { map[value, default: []].append(byte) }
            }
        }
        // Text read as Latin-1 keeps 0x80...0x9F as C1 controls; they stand for themselves.
        if sloppyC1 {
            for byte in UInt8(0x80)...0x9F where !map[UInt32(byte), default: []].contains(byte) {
                map[UInt32(byte), default: []].append(byte)
            }
        }
        self.name = name
        bytesByScalar = map
    }

    @inline(__always)
    func bytes(for scalar: Unicode.Scalar) -> [UInt8] {
        bytesByScalar[scalar.value] ?? []
    }

    /// Only the 0x80...0x9F part of a table: Windows decoders fill that range from Windows-1252.
    static func c1Half(_ table: [UInt32]) -> [UInt32] {
        table.enumerated().map { $0.offset < 0x20 ? $0.element : 0 }
    }

    /// The pages tried, most common mix-up first.
    static let all: [CodePage] = [
        CodePage(name: "windows-1252", tables: [windows1252High]),
        CodePage(name: "windows-1250", tables: [windows1250High, c1Half(windows1252High)]),
        CodePage(name: "windows-1251", tables: [windows1251High, c1Half(windows1252High)]),
        CodePage(name: "windows-1257", tables: [windows1257High, iso8859_13High, c1Half(windows1252High)]),
        CodePage(name: "iso-8859-2", tables: [iso8859_2High, c1Half(windows1252High)]),
        CodePage(name: "macintosh", tables: [macRomanHigh], sloppyC1: false),
        CodePage(name: "ibm437", tables: [ibm437High], sloppyC1: false),
    ]

    /// The order for text that still holds C1 controls: it went through an ISO-8859 decoder
    /// (Windows pages put characters there), so ISO-8859-2 goes before Windows-1250, which
    /// reads the same letters differently ("Ą" is 0xA1 in one, 0xA5 in the other).
    static let allISOFirst: [CodePage] = {
        var pages = all
        guard let iso = pages.firstIndex(where: { $0.name == "iso-8859-2" }),
              let windows = pages.firstIndex(where: { $0.name == "windows-1250" }) else { return pages }
        pages.insert(pages.remove(at: iso), at: windows)
        return pages
    }()

    /// Pages for repairs inside otherwise correct text: MacRoman and IBM437 give too many
    /// accidental matches (box drawing, math) to be trusted without the whole text agreeing.
    static let windows: [CodePage] = Array(all.prefix(5))

    /// Every character that can stand for a UTF-8 byte in some page: the quick filter.
    static let suspects: Set<UInt32> = Set(all.flatMap { $0.bytesByScalar.keys })
}
