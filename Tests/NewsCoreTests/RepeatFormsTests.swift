import Testing
@testable import NewsCore

/// The repeat step writes comparable forms as ASCII first and keys them by a partial digest;
/// these texts prove the forms are `TextShape.comparable`'s and that forms sharing a digest
/// are still told apart.
@Suite struct RepeatFormsTests {
    static let texts: [String] = [
        "The council will raise tax by four percent from April to pay for social care.",
        "  Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) for the three months.",
        "Café society — naïve \u{212A}elvin readings, Straße closed", "ÉCOUTER", "e\u{0301}te\u{0301}", "\u{FEFF}bom",
        "", "   ", "--", "one", "one two three four five six seven", "one two three four five six seven eight",
        "one, two, three, four, five, six, seven, eight, nine", "x\u{00A0}y\u{2009}z", "١٢ يناير ٢٠٢٥", "日本語のテキスト",
        String(repeating: "word ", count: 40), String(repeating: "ab, ", count: 30) + "é",
    ]

    @Test func formsAreTheComparableFormsPadded() {
        var forms = ComparableForms(capacity: 4)
        for text in Self.texts {
            let form = forms.appending(text)
            let bytes = Array(forms.bytes[form.padded])
            let comparable = TextShape.comparable(text)
            #expect(bytes == [0x20] + Array(comparable.utf8) + [0x20], Comment(rawValue: text))
            #expect(form.isASCII == comparable.utf8.allSatisfy { $0 < 0x80 }, Comment(rawValue: text))
            let words = comparable.isEmpty ? 1 : comparable.split(separator: " ").count
            #expect(form.words == min(words, RepeatMarking.containedMinWords), Comment(rawValue: text))
        }
    }

    @Test func formsWithOneDigestAreStillComparedWhole() {
        // Same length, same first and last 16 bytes: one digest, different paragraphs.
        let head = "The minister said on Tuesday that the", tail = "would be announced within weeks."
        let texts = [head + " budget " + tail, head + " review " + tail, head + " budget " + tail, head + " BUDGET, " + tail]
        let blocks = texts.enumerated().map { SourceBlock(kind: .body, text: $1, lines: $0..<$0 + 1) }
        let marked = RepeatMarking.mark(blocks)
        #expect(marked.map(\.kind) == [.body, .body, .repeat, .repeat])
        #expect(marked.map(\.repeatOf) == [nil, nil, 0, 0])
    }

    @Test func aTableFindsEveryDigestItHolds() {
        var table = DigestTable(capacity: 100)
        for index in 0..<100 { table.insert(UInt64(index % 7) << 40, index) }
        for index in 0..<100 {
            #expect(table.first(UInt64(index % 7) << 40, where: { $0 == index }) == index)
            #expect(table.first(UInt64(index % 7) << 40, where: { _ in true }) == index % 7)
        }
        #expect(table.first(1, where: { _ in true }) == nil)
    }
}
