import NewsUI
import Testing
@testable import Terminal

/// Raw ncurses input to reader events, without a terminal. Key codes are written as the octal
/// numbers curses.h defines, so the table is checked against the header, not against itself.
@Suite struct KeyDecoderTests {
    static let masks = MouseMasks(button1Pressed: 0x2, button1Released: 0x1, button1Clicked: 0x4,
                                  button3Pressed: 0x800, wheelUp: 0x80000, wheelDown: 0x200000)

    func decode(_ inputs: [RawInput], flush: Bool = false) -> [Event] {
        var decoder = KeyDecoder(mouseMasks: Self.masks)
        var events = inputs.flatMap { decoder.feed($0) }
        if flush { events += decoder.flush() }
        return events
    }

    func key(_ input: RawInput) -> Key? {
        guard case .key(let key)? = decode([input], flush: true).first else { return nil }
        return key
    }

    @Test func printableCharacters() {
        #expect(key(.character(0x61)) == .character("a"))
        #expect(key(.character(0x20)) == .character(" "))
        #expect(key(.character(0x40)) == .character("@"))
        #expect(key(.character(0xE9)) == .character("é"))
        #expect(key(.character(0x4E2D)) == .character("中"))
    }

    @Test func enterTabAndBackspaceInEveryForm() {
        #expect(key(.character(13)) == .enter)
        #expect(key(.character(10)) == .enter)
        #expect(key(.keyCode(0o527, name: nil)) == .enter)       // KEY_ENTER
        #expect(key(.character(9)) == .tab)
        #expect(key(.keyCode(0o541, name: nil)) == .backTab)     // KEY_BTAB
        #expect(key(.character(127)) == .backspace)
        #expect(key(.character(8)) == .backspace)
        #expect(key(.keyCode(0o407, name: nil)) == .backspace)   // KEY_BACKSPACE
    }

    @Test func controlLetters() {
        #expect(key(.character(1)) == .control("a"))
        #expect(key(.character(12)) == .control("l"))
        #expect(key(.character(21)) == .control("u"))
        #expect(key(.character(26)) == .control("z"))
    }

    @Test func controlsThatAreNotKeysAreDropped() {
        #expect(decode([.character(0)], flush: true).isEmpty)
        #expect(decode([.character(0x9B)], flush: true).isEmpty)  // C1 CSI
        #expect(decode([.character(28)], flush: true).isEmpty)
    }

    @Test func navigationKeyCodes() {
        #expect(key(.keyCode(0o403, name: nil)) == .up)
        #expect(key(.keyCode(0o402, name: nil)) == .down)
        #expect(key(.keyCode(0o404, name: nil)) == .left)
        #expect(key(.keyCode(0o405, name: nil)) == .right)
        #expect(key(.keyCode(0o523, name: nil)) == .pageUp)
        #expect(key(.keyCode(0o522, name: nil)) == .pageDown)
        #expect(key(.keyCode(0o406, name: nil)) == .home)
        #expect(key(.keyCode(0o550, name: nil)) == .end)
        #expect(key(.keyCode(0o512, name: nil)) == .delete)
    }

    @Test func functionKeys() {
        #expect(key(.keyCode(0o410 + 1, name: nil)) == .function(1))
        #expect(key(.keyCode(0o410 + 12, name: nil)) == .function(12))
        #expect(decode([.keyCode(0o410, name: nil)], flush: true).isEmpty)  // KEY_F0 is no key
    }

    @Test func escapeAloneOnlyOnceNothingFollows() {
        #expect(decode([.character(27)]).isEmpty, "held until the escape delay passes")
        #expect(decode([.character(27)], flush: true) == [.key(.escape)])
        #expect(decode([.character(27), .character(27)], flush: true) == [.key(.escape), .key(.escape)])
    }

    @Test func escapeThenKeyIsAlt() {
        #expect(decode([.character(27), .character(0x62)]) == [.key(.alt(.character("b")))])
        #expect(decode([.character(27), .keyCode(0o404, name: nil)]) == [.key(.alt(.left))])
        #expect(decode([.character(27), .character(13)]) == [.key(.alt(.enter))])
        #expect(decode([.character(27), .character(0x62), .character(0x62)])
                == [.key(.alt(.character("b"))), .key(.character("b"))])
    }

    @Test func modifiedKeysByTerminfoName() {
        #expect(key(.keyCode(0o1000 + 40, name: "kLFT3")) == .alt(.left))
        #expect(key(.keyCode(0o1000 + 41, name: "kRIT3")) == .alt(.right))
        #expect(key(.keyCode(0o1000 + 42, name: "kUP3")) == .alt(.up))
        #expect(key(.keyCode(0o1000 + 43, name: "kNXT3")) == .alt(.pageDown))
        #expect(key(.keyCode(0o1000 + 44, name: "kLFT5")) == .left)        // Ctrl-Left: the key
        #expect(key(.keyCode(0o1000 + 45, name: "kDC3")) == .alt(.delete))
        #expect(decode([.keyCode(0o1000 + 46, name: "kxIN")], flush: true).isEmpty)
        #expect(decode([.keyCode(0o1000 + 47, name: nil)], flush: true).isEmpty)
    }

    @Test func mouseReports() {
        #expect(decode([.mouse(state: 0x2, x: 4, y: 7)]) == [.mouse(MouseEvent(kind: .press(button: 1), x: 4, y: 7))])
        #expect(decode([.mouse(state: 0x1, x: 4, y: 7)]) == [.mouse(MouseEvent(kind: .release, x: 4, y: 7))])
        #expect(decode([.mouse(state: 0x80000, x: 1, y: 2)]) == [.mouse(MouseEvent(kind: .wheelUp, x: 1, y: 2))])
        #expect(decode([.mouse(state: 0x200000, x: 1, y: 2)]) == [.mouse(MouseEvent(kind: .wheelDown, x: 1, y: 2))])
        #expect(decode([.mouse(state: 0x800, x: 0, y: 0)]) == [.mouse(MouseEvent(kind: .press(button: 3), x: 0, y: 0))])
        #expect(decode([.mouse(state: 0x10000000, x: 0, y: 0)]).isEmpty)  // motion only
    }

    @Test func resizeAndMouseEndAPendingEscape() {
        #expect(decode([.character(27), .resize(width: 60, height: 15)])
                == [.key(.escape), .resize(width: 60, height: 15)])
        #expect(decode([.character(27), .mouse(state: 0x2, x: 0, y: 0)])
                == [.key(.escape), .mouse(MouseEvent(kind: .press(button: 1), x: 0, y: 0))])
    }

    @Test func cursesMasksMatchTheHeader() {
        let masks = MouseMasks.curses
        #expect(masks.button1Pressed == 0x2 && masks.button1Released == 0x1)
        #expect(masks.wheelUp != 0 && masks.wheelDown != 0 && masks.wheelUp != masks.wheelDown)
    }
}
