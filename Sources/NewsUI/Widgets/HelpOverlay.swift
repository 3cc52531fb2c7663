/// `?`: every action with its keys and help text, grouped — generated from `Action` and the
/// live keymap, so rebound keys show as bound.
enum HelpOverlay {
    static func lines(_ keymap: Keymap) -> [(text: String, heading: Bool)] {
        var lines: [(String, Bool)] = []
        for group in Action.Group.allCases {
            if !lines.isEmpty { lines.append(("", false)) }
            lines.append((group.rawValue, true))
            for action in Action.allCases where action.group == group {
                let keys = keymap.keys(for: action).map(KeyName.name).joined(separator: " ")
                let padded = keys.padding(toLength: 18)
                lines.append(("  " + padded + " " + action.help, false))
            }
        }
        lines.append(("", false))
        lines.append(("Rebind in keys.conf: `bind KEY ACTION`, `unbind KEY` (actions: keys.conf names)", false))
        return lines
    }

    static func draw(_ state: ReaderState, top: Int, frame: inout Frame) {
        let lines = lines(state.keymap)
        let inner = OverlayBox.draw(title: "Keys — j/k scroll, Esc closes", width: 84, height: lines.count + 2,
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
