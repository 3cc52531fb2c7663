/// Where everything goes for one terminal size: header row, panes side by side, status row.
///
/// At 120 columns and more all three panes show; from 80 the Article pane and one side pane
/// (the one last focused: Articles or Related), so Tab walks all three and the pair follows;
/// below 80 only the focused pane. Under `minimumWidth`×`minimumHeight` nothing fits and the
/// screen shows a message instead.
public struct ScreenLayout: Sendable, Hashable {
    public static let minimumWidth = 30
    public static let minimumHeight = 8
    public static let threePaneWidth = 120
    public static let twoPaneWidth = 80

    public var width: Int
    public var height: Int
    /// Each shown pane with its whole area (title row included), left to right.
    public var panes: [(pane: Pane, rect: Rect)]
    public var header: Rect
    public var status: Rect

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public init(width: Int, height: Int, focus: Pane, side: Pane) {
        self.width = width
        self.height = height
        header = Rect(x: 0, y: 0, width: width, height: 1)
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        panes = []
        guard !(width < Self.minimumWidth || height < Self.minimumHeight) else { return }
        let top = 1
        let paneHeight = height - 2
        let shown: [Pane]
        if width >= Self.threePaneWidth {
            shown = [.articles, .article, .related]
        } else if width >= Self.twoPaneWidth {
            let sidePane = focus == .article ? side : focus
            shown = sidePane == .articles ? [.articles, .article] : [.article, .related]
        } else {
            shown = [focus]
        }
        var widths: [Int]
        switch shown.count {
        case 3:
            let list = max(28, width / 4)
            let related = width * 3 / 10
            widths = [list, width - list - related - 2, related]
        case 2:
            let side = shown[0] == .articles ? max(28, width * 3 / 10) : width * 2 / 5
            widths = shown[0] == .articles ? [side, width - side - 1] : [width - side - 1, side]
        default:
            widths = [width]
        }
        var x = 0
        for (pane, paneWidth) in zip(shown, widths) {
            panes.append((pane, Rect(x: x, y: top, width: paneWidth, height: paneHeight)))
            x += paneWidth + 1
        }
    }

    public func rect(of pane: Pane) -> Rect? { panes.first { $0.pane == pane }?.rect }

    /// A pane's area below its title row.
    public func body(of pane: Pane) -> Rect? {
        rect(of: pane).map { Rect(x: $0.x, y: $0.y + 1, width: $0.width, height: $0.height - 1) }
    }

    /// Text width of the article pane: a two-cell margin for the passage bar on the left, a space
    /// and the mention-density strip on the right.
    public static func articleTextWidth(paneWidth: Int) -> Int { max(paneWidth - 4, 8) }

    public static func == (lhs: ScreenLayout, rhs: ScreenLayout) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height
            && lhs.panes.map(\.pane) == rhs.panes.map(\.pane) && lhs.panes.map(\.rect) == rhs.panes.map(\.rect)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(width)
        hasher.combine(height)
        hasher.combine(panes.map(\.rect))
    }
}
