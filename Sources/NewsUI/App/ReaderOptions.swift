import NewsCore

/// What the terminal layer decides before the first frame.
public struct ReaderOptions: Sendable {
    public var colorDepth: ColorDepth
    public var keymap: Keymap
    /// The article opened first (its number in the library); when nil, the one `saved` says
    /// was open last, else the first.
    public var initialArticle: Int?
    /// What an earlier session left: read articles, bookmarks, positions, the article open last.
    public var saved: SavedReading
    /// One line for the status bar on the first frame (a problem with the saved state, say).
    public var notice: String?
    /// The terminal's size at start; later sizes arrive as `.resize` events.
    public var width: Int
    public var height: Int
    /// Rank related passages off the reader's thread and show them when ready (a terminal),
    /// rather than before each frame (tests, scripts): see `RelatedSource`.
    public var relatedInBackground: Bool

    public init(colorDepth: ColorDepth = .full256, keymap: Keymap = .defaults, initialArticle: Int? = nil,
                saved: SavedReading = .empty, notice: String? = nil, width: Int = 120, height: Int = 40,
                relatedInBackground: Bool = false) {
        self.colorDepth = colorDepth
        self.keymap = keymap
        self.initialArticle = initialArticle
        self.saved = saved
        self.notice = notice
        self.width = width
        self.height = height
        self.relatedInBackground = relatedInBackground
    }
}
