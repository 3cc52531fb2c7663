/// A pane's title row: its name and a detail, reversed when the pane has the focus.
enum PaneTitle {
    static func draw(_ title: String, detail: String, focused: Bool, in rect: Rect, frame: inout Frame, theme: Theme) {
        let style = focused ? theme.focusedPaneTitle : theme.paneTitle
        frame.fill(Frame.row(rect.x, rect.y, rect.width), style: style)
        frame.put(Fit.spread(" " + title, detail + " ", width: rect.width), x: rect.x, y: rect.y, style: style,
                  clip: Frame.row(rect.x, rect.y, rect.width))
    }
}
