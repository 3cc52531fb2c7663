import NewsCore

/// Every style the reader draws with, built once from the colour depth. In monochrome each
/// distinction still shows through attributes: mentions are underlined, the current entity is
/// bold and underlined, selections are reversed, set-aside text is dim, chosen entities each get
/// their own attribute combination.
public struct Theme: Sendable, Hashable {
    public var depth: ColorDepth
    public var text = Style.plain
    public var heading = Style(bold: true)
    public var title = Style(bold: true)
    public var setAside = Style(dim: true)
    public var faint = Style(dim: true)
    public var header = Style(reverse: true)
    public var status = Style(reverse: true)
    public var paneTitle = Style(bold: true)
    public var focusedPaneTitle = Style(bold: true, reverse: true)
    public var separator = Style(dim: true)
    public var selection = Style(reverse: true)
    public var passageBar = Style(bold: true)
    public var searchMatch = Style(reverse: true)
    public var message = Style(bold: true)
    public var unread = Style(bold: true)

    public init(depth: ColorDepth) {
        self.depth = depth
        switch depth {
        case .monochrome:
            break
        case .eight:
            header = Style(foreground: .indexed(7), background: .indexed(4), bold: true)
            status = Style(foreground: .indexed(0), background: .indexed(7))
            focusedPaneTitle = Style(foreground: .indexed(7), background: .indexed(4), bold: true)
            passageBar = Style(foreground: .indexed(3), bold: true)
            searchMatch = Style(foreground: .indexed(0), background: .indexed(3))
        case .full256:
            header = Style(foreground: .indexed(255), background: .indexed(24), bold: true)
            status = Style(foreground: .indexed(252), background: .indexed(236))
            focusedPaneTitle = Style(foreground: .indexed(255), background: .indexed(25), bold: true)
            paneTitle = Style(foreground: .indexed(250), bold: true)
            separator = Style(foreground: .indexed(240))
            passageBar = Style(foreground: .indexed(214), bold: true)
            searchMatch = Style(foreground: .indexed(16), background: .indexed(220))
            setAside = Style(foreground: .indexed(244), dim: true)
            faint = Style(foreground: .indexed(244), dim: true)
        }
    }

    /// A mention of `entity`: its stable colour, underlined; bold too when it is the current
    /// entity; a chosen entity (`chosenRank` in the chosen list) adds its own attribute set.
    public func mention(_ entity: Entity, current: Bool, chosenRank: Int?) -> Style {
        var style = Style(foreground: EntityPalette.color(for: entity, depth: depth), underline: true)
        if current { style.bold = true }
        if let rank = chosenRank { Self.applyChosen(rank, to: &style, depth: depth) }
        return style
    }

    /// The colour an entity's name is written in outside running text (lists, headings).
    public func entityName(_ entity: Entity, chosenRank: Int? = nil) -> Style {
        var style = Style(foreground: EntityPalette.color(for: entity, depth: depth), bold: true)
        if let rank = chosenRank { Self.applyChosen(rank, to: &style, depth: depth) }
        return style
    }

    /// Chosen entities stand apart from each other: a background each with colour, an
    /// italic/bold/double combination without.
    static func applyChosen(_ rank: Int, to style: inout Style, depth: ColorDepth) {
        switch depth {
        case .full256:
            let backgrounds: [UInt8] = [52, 22, 17, 53, 58, 23]
            style.background = .indexed(backgrounds[rank % backgrounds.count])
            style.bold = true
        case .eight, .monochrome:
            switch rank % 3 {
            case 0: style.italic = true
            case 1: style.italic = true; style.bold = true
            default: style.bold = true; style.dim = true
            }
            if depth == .eight { style.bold = true }
        }
    }
}
