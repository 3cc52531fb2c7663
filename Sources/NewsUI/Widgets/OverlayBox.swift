/// A bordered window centred over the panes; returns the area inside the border.
enum OverlayBox {
    static func draw(title: String, width: Int, height: Int, on frame: inout Frame, theme: Theme) -> Rect {
        let boxWidth = min(width, frame.width - 2)
        let boxHeight = min(height, frame.height - 2)
        let x = (frame.width - boxWidth) / 2
        let y = max((frame.height - boxHeight) / 2, 1)
        let box = Rect(x: x, y: y, width: boxWidth, height: boxHeight)
        frame.fill(box)
        let border = theme.paneTitle
        let horizontal = String(repeating: "─", count: max(boxWidth - 2, 0))
        frame.put("┌" + horizontal + "┐", x: x, y: y, style: border)
        frame.put("└" + horizontal + "┘", x: x, y: box.maxY - 1, style: border)
        for row in (y + 1)..<max(box.maxY - 1, y + 1) {
            frame.put("│", x: x, y: row, style: border)
            frame.put("│", x: box.maxX - 1, y: row, style: border)
        }
        frame.put(" " + Fit.truncate(title, to: boxWidth - 6) + " ", x: x + 2, y: y, style: theme.focusedPaneTitle)
        return Rect(x: x + 2, y: y + 1, width: boxWidth - 4, height: boxHeight - 2)
    }

    /// The first row of a list of `count` rows to show so `selected` is in a window of `height`.
    static func follow(_ selected: Int, height: Int) -> Int { max(selected - height + 1, 0) }
}
