import Testing
@testable import NewsCore

/// `TextShape.comparable` takes ASCII eight bytes at a time; these texts, dense in separators
/// of every kind, prove it writes what a byte-by-byte reading writes.
@Suite struct ComparableChunkTests {
    /// Letters lowercased, digits kept, each run of other bytes one space between words.
    static func byteByByte(_ text: String) -> String {
        var out: [UInt8] = []
        var pending = false
        for byte in text.utf8 {
            let kept = byte &- 0x30 < 10 || byte &- 0x61 < 26 || byte &- 0x41 < 26
            guard kept else { pending = true; continue }
            if pending && !out.isEmpty { out.append(0x20) }
            pending = false
            out.append(byte &- 0x41 < 26 ? byte + 0x20 : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    @Test func asciiIsWrittenAsByteByByte() {
        let alphabet = Array("aZ9 ,.'-\t\n(/_@[`{~".utf8)
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(state >> 58)
            var bytes: [UInt8] = []
            for _ in 0..<length {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                // Letters half the time, so runs of words and separators both occur.
                let pick = Int(state >> 59)
                bytes.append(pick < 16 ? alphabet[pick % 3] : alphabet[pick % alphabet.count])
            }
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(TextShape.comparable(text) == Self.byteByByte(text), Comment(rawValue: text.debugDescription))
        }
        for text in ["Don't stop -- it's 3.5% of U.S. GDP, he said.", "a,b,c", " ,a, ", "x.  y", "e-mail: a@b.c", "12,000,000"] {
            #expect(TextShape.comparable(text) == Self.byteByByte(text), Comment(rawValue: text))
        }
    }
}
