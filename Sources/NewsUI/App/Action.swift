/// Everything a key can do. The raw value is the name `keys.conf` uses; the help overlay, the
/// dispatcher and rebinding all read this one table, so a new action cannot miss any of them.
public enum Action: String, CaseIterable, Sendable, Hashable {
    case moveDown = "move-down"
    case moveUp = "move-up"
    case pageDown = "page-down"
    case pageUp = "page-up"
    case moveFirst = "move-first"
    case moveLast = "move-last"
    case nextPassage = "next-passage"
    case previousPassage = "previous-passage"
    case nextArticle = "next-article"
    case previousArticle = "previous-article"
    case focusNext = "focus-next"
    case focusPrevious = "focus-previous"
    case nextMention = "next-mention"
    case previousMention = "previous-mention"
    case open = "open"
    case back = "back"
    case forward = "forward"
    case nextEntityMention = "next-entity-mention"
    case previousEntityMention = "previous-entity-mention"
    case search = "search"
    case pickEntity = "pick-entity"
    case addEntity = "add-entity"
    case filterArticles = "filter-articles"
    case clear = "clear"
    case toggleRaw = "toggle-raw"
    case bookmark = "bookmark"
    case help = "help"
    case quit = "quit"

    /// How the help overlay groups actions, in this order.
    public enum Group: String, CaseIterable, Sendable {
        case move = "Move"
        case mentions = "Mentions and links"
        case search = "Search and entities"
        case view = "View"
    }

    public var group: Group {
        switch self {
        case .moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast, .nextPassage,
             .previousPassage, .nextArticle, .previousArticle, .focusNext, .focusPrevious:
            .move
        case .nextMention, .previousMention, .open, .back, .forward, .nextEntityMention,
             .previousEntityMention:
            .mentions
        case .search, .pickEntity, .addEntity, .filterArticles, .clear:
            .search
        case .toggleRaw, .bookmark, .help, .quit:
            .view
        }
    }

    /// One line for the help overlay.
    public var help: String {
        switch self {
        case .moveDown: "Down one line (article) or row (lists)"
        case .moveUp: "Up one line or row"
        case .pageDown: "Down one page"
        case .pageUp: "Up one page"
        case .moveFirst: "First line or row"
        case .moveLast: "Last line or row"
        case .nextPassage: "Next passage"
        case .previousPassage: "Previous passage"
        case .nextArticle: "Open the next article"
        case .previousArticle: "Open the previous article"
        case .focusNext: "Focus the next pane"
        case .focusPrevious: "Focus the previous pane"
        case .nextMention: "Next mention (or search match) in the article"
        case .previousMention: "Previous mention (or search match)"
        case .open: "Open: article, a mention's related passages, a related passage"
        case .back: "Back in history"
        case .forward: "Forward in history"
        case .nextEntityMention: "Next mention of the current entity in the corpus"
        case .previousEntityMention: "Previous mention of the current entity in the corpus"
        case .search: "Search the corpus as you type"
        case .pickEntity: "Pick an entity and list its passages"
        case .addEntity: "Add an entity to narrow the passages"
        case .filterArticles: "Only articles mentioning every chosen entity"
        case .clear: "Close the overlay, else clear entities, filter and query"
        case .toggleRaw: "Show the raw text or the cleaned passages"
        case .bookmark: "Bookmark the article"
        case .help: "This help"
        case .quit: "Quit"
        }
    }
}
