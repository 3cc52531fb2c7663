import NewsUI
import Testing
@testable import Terminal

@Suite struct ColorTests {
    @Test func depthFollowsNoColorAndTheTerminal() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1"], colors: 256) == .monochrome)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 256) == .full256)
        #expect(ColorDepth.detect(environment: [:], colors: 0) == .monochrome)
        #expect(ColorDepth.detect(environment: [:], colors: 8) == .eight)
        #expect(ColorDepth.detect(environment: [:], colors: 16) == .eight)
        #expect(ColorDepth.detect(environment: [:], colors: 256) == .full256)
    }

    @Test func indexedColoursMapToTheNearestBasic() {
        #expect(ColorDepth.nearestBasic(3) == 3)
        #expect(ColorDepth.nearestBasic(9) == 1)      // bright red → red
        #expect(ColorDepth.nearestBasic(196) == 1)    // cube red
        #expect(ColorDepth.nearestBasic(46) == 2)     // cube green
        #expect(ColorDepth.nearestBasic(21) == 4)     // cube blue
        #expect(ColorDepth.nearestBasic(226) == 3)    // cube yellow
        #expect(ColorDepth.nearestBasic(16) == 0)     // cube black
        #expect(ColorDepth.nearestBasic(231) == 7)    // cube white
        #expect(ColorDepth.nearestBasic(232) == 0)    // darkest grey
        #expect(ColorDepth.nearestBasic(255) == 7)    // lightest grey
    }

    @Test func terminalNumbers() {
        #expect(ColorDepth.full256.number(.indexed(196)) == 196)
        #expect(ColorDepth.eight.number(.indexed(196)) == 1)
        #expect(ColorDepth.full256.number(.default) == -1)
    }

    @Test func pairsAreAllocatedOnceAndResetWhenExhausted() {
        var pairs = ColorPairs(capacity: 2)
        let red = ColorPairs.Colors(foreground: 1, background: -1)
        let blue = ColorPairs.Colors(foreground: 4, background: -1)
        let green = ColorPairs.Colors(foreground: 2, background: -1)
        #expect(pairs.pair(.init(foreground: -1, background: -1))! == (0, false))
        #expect(pairs.pair(red)! == (1, true))
        #expect(pairs.pair(red)! == (1, false))
        #expect(pairs.pair(blue)! == (2, true))
        #expect(pairs.pair(green) == nil)
        pairs.reset()
        #expect(pairs.pair(green)! == (1, true))
    }
}

@Suite struct CellTextTests {
    static func glyphs(_ text: String) -> [[UInt32]] { FrameDrawer.cellGlyphs(text, capacity: 5).glyphs }
    static func values(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func controlScalarsNeverReachTheTerminal() {
        let (glyphs, dropped) = FrameDrawer.cellGlyphs("\u{1B}[2J", capacity: 5)
        #expect(glyphs == [Self.values("[")], "the ESC is gone; a cell draws one spacing character")
        #expect(dropped == 1)
        #expect(FrameDrawer.cellGlyphs("\u{9B}", capacity: 5) == ([[0x20]], 1))
        #expect(FrameDrawer.cellGlyphs("\u{07}", capacity: 5) == ([[0x20]], 1))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(Self.glyphs("e\u{301}") == [[0x65, 0x301]])
        #expect(Self.glyphs("") == [[0x20]])
        #expect(Self.glyphs("1\u{FE0F}\u{20E3}") == [[0x31, 0xFE0F, 0x20E3]], "a keycap: digit, selector, enclosing mark")
        #expect(Self.glyphs("a\u{301}\u{302}\u{303}\u{304}\u{305}") == [[0x61]], "too many marks for one cchar_t")
    }

    @Test func singleScalarEmojiAreDrawnAsTheyAre() {
        #expect(Self.glyphs("🤣") == [[0x1F923]])
        #expect(Self.glyphs("❤\u{FE0F}") == [[0x2764, 0xFE0F]])
        #expect(Self.glyphs("🇺") == [[0x1F1FA]], "a lone regional indicator")
    }

    @Test func aFlagIsDrawnAsItsTwoLetters() {
        #expect(Self.glyphs("🇺🇸") == [[0x55], [0x53]])
        #expect(Self.glyphs("🇬🇧") == [Self.values("G"), Self.values("B")])
    }

    @Test func otherSequencesKeepTheirFirstCharacter() {
        #expect(Self.glyphs("👨\u{200D}👩\u{200D}👧") == [[0x1F468]])
        #expect(Self.glyphs("👨‍👩‍👧‍👦") == [[0x1F468]])
        #expect(Self.glyphs("❤\u{FE0F}\u{200D}🔥") == [[0x2764, 0xFE0F]], "with its variation selector")
        #expect(Self.glyphs("👍🏽") == [[0x1F44D]], "a skin tone is a spacing modifier")
        #expect(Self.glyphs("🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}") == [[0x1F3F4]], "a tag flag")
    }
}
