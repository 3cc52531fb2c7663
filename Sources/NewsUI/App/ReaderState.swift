import NewsCore

/// Everything the screen shows, as a value: `update` makes a new one per event and `render`
/// draws one. The only reference inside is the shared, immutable `ReaderContext` (index,
/// library, caches of what was loaded).
public struct ReaderState: Sendable {
    let context: ReaderContext
    public internal(set) var theme: Theme
    public internal(set) var keymap: Keymap
    /// The last size the terminal reported: what paging and mouse hits are measured against.
    public internal(set) var width: Int
    public internal(set) var height: Int

    public internal(set) var focus: Pane = .article
    /// The pane shown beside the article when only two fit (Articles or Related).
    public internal(set) var side: Pane = .related

    /// Article indices the list shows (all, or those the filter keeps), ascending.
    public internal(set) var listRows: [Int]
    public internal(set) var listSelection = 0
    var listTop = 0

    /// The open article and the cursor in it: a passage, a byte offset, maybe a mention.
    public internal(set) var article = 0
    public internal(set) var passage = 0
    public internal(set) var offset = 0
    public internal(set) var mention: Int?
    var articleTop = 0
    var rawTop = 0
    public internal(set) var showRaw = false
    /// The entity the reader is following (`.`/`,`, the density strip, bold mentions).
    public internal(set) var currentEntity: Int?

    public internal(set) var related = RelatedState()
    public internal(set) var history = History()
    public internal(set) var overlay: Overlay?
    /// Entities picked with `@` and `+`, each with its own highlight.
    public internal(set) var chosen: [Int] = []
    public internal(set) var filtering = false
    public internal(set) var query: ActiveQuery?
    public internal(set) var read: Set<Int> = []
    public internal(set) var bookmarks: Set<Int> = []
    /// Where the cursor was in each article it left (or an earlier session saved): an article
    /// opened again from the list or with `J`/`K` resumes there.
    public internal(set) var positions: [Int: ReadingPosition] = [:]
    /// One line for the status bar, cleared by the next event.
    public internal(set) var message: String?
    var finished = false
    /// What the saved state gave at start, so the first write maps only what this session
    /// added back to paths, not every article read before.
    let seed: ReadingSeed

    public var index: NewsIndex { context.index }
    public var isFinished: Bool { finished }

    public init(index: NewsIndex, options: ReaderOptions) {
        self.init(index: index, library: index.library, options: options)
    }

    /// A reader that reads articles from `library` while the linker reads `index.library`:
    /// tests count what the reader itself asks.
    init(index: NewsIndex, library: any ArticleLibrary, options: ReaderOptions) {
        context = ReaderContext(index: index, library: library, relatedInBackground: options.relatedInBackground)
        theme = Theme(depth: options.colorDepth)
        keymap = options.keymap
        width = options.width
        height = options.height
        listRows = Array(0..<context.articleCount)
        message = options.notice
        seed = ReadingSeed(options.saved, library: library)
        read = seed.read
        bookmarks = seed.bookmarks
        positions = seed.positions
        if !listRows.isEmpty {
            let first = min(max(options.initialArticle ?? seed.lastOpened ?? 0, 0), listRows.count - 1)
            // Already the open article, so opening it records no position for article 0.
            article = first
            open(start(of: first), record: false)
            keepCursorVisible(center: true)
            refreshRelated()
        }
    }

    /// Where the cursor is, as history records it.
    public var location: Location { Location(article: article, passage: passage, offset: offset, mention: mention) }

    public var currentPassage: PassageID { PassageID(article: article, passage: passage) }

    /// The mention under the cursor, if any.
    public var selectedMention: Mention? {
        guard let mention else { return nil }
        let mentions = context.mentions(article, passage)
        return mention < mentions.count ? mentions[mention] : nil
    }

    var layout: ScreenLayout { ScreenLayout(width: width, height: height, focus: focus, side: side) }

    /// The article pane's size whether or not it is shown now (one-pane mode), so moving the
    /// cursor behaves the same either way.
    var articleRect: Rect {
        let shown = ScreenLayout(width: width, height: height, focus: .article, side: side)
        return shown.rect(of: .article) ?? Rect(x: 0, y: 1, width: max(width, 10), height: max(height - 2, 2))
    }

    var articleBodyHeight: Int { max(articleRect.height - 1, 1) }

    func articleLines(width paneWidth: Int? = nil) -> ArticleLines {
        let textWidth = ScreenLayout.articleTextWidth(paneWidth: paneWidth ?? articleRect.width)
        let article = article
        return context.lines.lines(article, width: textWidth, raw: showRaw) { context.article(article) }
    }
}
