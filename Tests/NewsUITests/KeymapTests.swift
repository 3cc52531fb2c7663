import Testing
@testable import NewsUI

@Suite struct KeymapTests {
    @Test func defaultsCoverTheIssueKeys() {
        let map = Keymap.defaults
        let expected: [(String, Action)] = [
            ("j", .moveDown), ("Down", .moveDown), ("k", .moveUp), ("Space", .pageDown), ("b", .pageUp),
            ("PgDn", .pageDown), ("PgUp", .pageUp), ("g", .moveFirst), ("G", .moveLast), ("Home", .moveFirst),
            ("End", .moveLast), ("]", .nextPassage), ("[", .previousPassage), ("J", .nextArticle),
            ("K", .previousArticle), ("Tab", .focusNext), ("S-Tab", .focusPrevious), ("n", .nextMention),
            ("N", .previousMention), ("Enter", .open), ("Backspace", .back), ("h", .back), ("M-Left", .back),
            ("l", .forward), ("M-Right", .forward), (".", .nextEntityMention), (",", .previousEntityMention),
            ("/", .search), ("@", .pickEntity), ("+", .addEntity), ("f", .filterArticles), ("Esc", .clear),
            ("r", .toggleRaw), ("m", .bookmark), ("?", .help), ("q", .quit),
        ]
        for (name, action) in expected { #expect(map.action(for: KeyName.parse(name)!) == action, "\(name)") }
        for action in Action.allCases { #expect(!map.keys(for: action).isEmpty, "\(action) has no key") }
    }

    @Test func configBindsAndUnbinds() throws {
        let map = try Keymap.parse("""
            # my keys
            bind x quit
            bind C-d page-down   # half pages are pages
            unbind q

            bind M-n next-mention
            """)
        #expect(map.action(for: .character("x")) == .quit)
        #expect(map.action(for: .control("d")) == .pageDown)
        #expect(map.action(for: .character("q")) == nil)
        #expect(map.action(for: .alt(.character("n"))) == .nextMention)
        #expect(map.action(for: .character("j")) == .moveDown)  // defaults stay
        let state = Fixture.state(keymap: map)
        #expect(state.after("q").isFinished == false && state.after("x").isFinished)
    }

    @Test func errorsNameTheLine() {
        #expect(throws: KeymapError(line: 2, message: "unknown action 'fly'")) { try Keymap.parse("bind j move-down\nbind j fly") }
        #expect(throws: KeymapError(line: 1, message: "unknown key 'Hyper-x'")) { try Keymap.parse("unbind Hyper-x") }
        #expect(throws: KeymapError(line: 3, message: "unknown directive 'map' (use bind or unbind)")) { try Keymap.parse("\n\nmap j k") }
        #expect(throws: KeymapError(line: 1, message: "expected 'bind KEY ACTION'")) { try Keymap.parse("bind j") }
        #expect("\(KeymapError(line: 4, message: "x"))" == "line 4: x")
    }

    @Test func keyNamesRoundTrip() {
        for key: Key in [.character("j"), .character(" "), .enter, .backTab, .alt(.left), .control("f"), .pageDown, .function(5)] {
            #expect(KeyName.parse(KeyName.name(key)) == key)
        }
    }

    @Test func configPathFollowsXDG() {
        #expect(Keymap.defaultConfigPath(environment: ["XDG_CONFIG_HOME": "/c", "HOME": "/h"]) == "/c/newsreader/keys.conf")
        #expect(Keymap.defaultConfigPath(environment: ["HOME": "/h"]) == "/h/.config/newsreader/keys.conf")
        #expect(Keymap.defaultConfigPath(environment: [:]) == nil)
    }
}
