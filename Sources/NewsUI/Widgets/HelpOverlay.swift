/// `?`: every action with its keys and help text, grouped — generated from `Action` and the
/// live keymap, so rebound keys show as bound. Help texts longer than the box wrap under
/// their own column rather than being cut, so no action's description is lost.
enum HelpOverlay {
    /// The box's width, border included, when the terminal has room.
    static let boxWidth = 84

    static func lines(_ keymap: Keymap, width: Int = boxWidth - 4) -> [(text: String, heading: Bool)] {
        var lines: [(String, Bool)] = []
        /// `text` wrapped to what is left of `width` after `indent`, every line indented.
        func add(_ text: String, first: String, indent: Int) {
            let rest = String(repeating: " ", count: indent)
            for (number, range) in TextWrap.wrap(text, width: width - indent).enumerated() {
                lines.append(((number == 0 ? first : rest) + TextWrap.slice(text, range), false))
            }
        }
        for group in Action.Group.allCases {
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((group.rawValue, true))
            for action in Action.allCases where action.group == group {
                let keys = keymap.keys(for: action).map(KeyName.name).joined(separator: " ")
                let first = "  " + keys.padding(toLength: 18) + " "
                add(action.help, first: first, indent: TextWidth.of(first))
            }
        }
        lines.append(("", false))
        add("Rebind in keys.conf: `bind KEY ACTION`, `unbind KEY` (actions: keys.conf names)", first: "", indent: 0)
        return lines
    }

    static func draw(_ state: ReaderState, top: Int, frame: inout Frame) {
        let lines = lines(state.keymap, width: min(boxWidth, frame.width - 2) - 4)
        let inner = OverlayBox.draw(title: "Keys — j/k scroll, Esc closes", width: boxWidth, height: lines.count + 2,
                                    on: &frame, theme: state.theme)
        let top = min(top, max(lines.count - inner.height, 0))
        for row in 0..<inner.height where top + row < lines.count {
            let line = lines[top + row]
            frame.put(line.text, x: inner.x, y: inner.y + row, style: line.heading ? state.theme.heading : state.theme.text,
                      clip: Frame.row(inner.x, inner.y + row, inner.width))
        }
    }
}

extension String {
    func padding(toLength length: Int) -> String {
        let width = TextWidth.of(self)
        return width >= length ? self : self + String(repeating: " ", count: length - width)
    }
}
