import NewsUI
import Testing
@testable import Terminal

@Suite struct ColorTests {
    @Test func supportFollowsNoColorAndTheTerminal() {
        #expect(ColorSupport.decide(noColor: true, hasColors: true, colors: 256) == .none)
        #expect(ColorSupport.decide(noColor: false, hasColors: false, colors: 0) == .none)
        #expect(ColorSupport.decide(noColor: false, hasColors: true, colors: 8) == .basic8)
        #expect(ColorSupport.decide(noColor: false, hasColors: true, colors: 16) == .basic8)
        #expect(ColorSupport.decide(noColor: false, hasColors: true, colors: 256) == .full256)
    }

    @Test func indexedColoursMapToTheNearestBasic() {
        #expect(ColorSupport.nearestBasic(3) == 3)
        #expect(ColorSupport.nearestBasic(9) == 1)      // bright red → red
        #expect(ColorSupport.nearestBasic(196) == 1)    // cube red
        #expect(ColorSupport.nearestBasic(46) == 2)     // cube green
        #expect(ColorSupport.nearestBasic(21) == 4)     // cube blue
        #expect(ColorSupport.nearestBasic(226) == 3)    // cube yellow
        #expect(ColorSupport.nearestBasic(16) == 0)     // cube black
        #expect(ColorSupport.nearestBasic(231) == 7)    // cube white
        #expect(ColorSupport.nearestBasic(232) == 0)    // darkest grey
        #expect(ColorSupport.nearestBasic(255) == 7)    // lightest grey
    }

    @Test func terminalNumbers() {
        #expect(ColorSupport.full256.number(.indexed(196)) == 196)
        #expect(ColorSupport.basic8.number(.indexed(196)) == 1)
        #expect(ColorSupport.full256.number(.default) == -1)
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
