import Testing
@testable import NewsCore

@Suite struct TextDecodingTests {
    @Test func utf8PassesAndBOMIsDropped() {
        let decoded = TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("café\r\n".utf8))
        #expect(decoded.text == "café\r\n")
        #expect(decoded.notice == nil)
    }

    @Test func invalidUTF8FallsBackToWindows1252() {
        // 0x93/0x94 are curly quotes and 0x80 the euro in Windows-1252 (C1 controls in Latin-1).
        let decoded = TextDecoding.decode([0x93, 0x41, 0x94, 0x20, 0x80, 0x35, 0x20, 0xE9])
        #expect(decoded.text == "“A” €5 é")
        #expect(decoded.notice != nil)
    }

    @Test func undefinedWindows1252BytesKeepLatin1Reading() {
        #expect(TextDecoding.decode([0x81, 0xFF]).text == "\u{81}ÿ")
    }
}
