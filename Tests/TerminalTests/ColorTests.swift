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
    @Test func controlScalarsNeverReachTheTerminal() {
        let (scalars, dropped) = FrameDrawer.cellScalars("\u{1B}[2J", capacity: 5)
        #expect(scalars == Array("[2J".unicodeScalars.map(\.value)))
        #expect(dropped == 1)
        #expect(FrameDrawer.cellScalars("\u{9B}", capacity: 5) == ([0x20], 1))
        #expect(FrameDrawer.cellScalars("\u{07}", capacity: 5) == ([0x20], 1))
    }

    @Test func combiningMarksStayWithTheirBase() {
        #expect(FrameDrawer.cellScalars("e\u{301}", capacity: 5).scalars == [0x65, 0x301])
        #expect(FrameDrawer.cellScalars("", capacity: 5).scalars == [0x20])
        let family = "👨‍👩‍👧‍👦"
        #expect(FrameDrawer.cellScalars(family, capacity: 5).scalars == [0x1F468])
    }
}
