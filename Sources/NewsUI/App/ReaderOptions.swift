/// What the terminal layer decides before the first frame.
public struct ReaderOptions: Sendable {
    public var colorDepth: ColorDepth
    public var keymap: Keymap
    /// The article opened first (its index in `corpus.articles`); the first one when nil.
    public var initialArticle: Int?
    /// Article paths bookmarked in an earlier session (kept in state only for now).
    public var bookmarks: Set<String>
    /// The terminal's size at start; later sizes arrive as `.resize` events.
    public var width: Int
    public var height: Int

    public init(colorDepth: ColorDepth = .full256, keymap: Keymap = .defaults, initialArticle: Int? = nil,
                bookmarks: Set<String> = [], width: Int = 120, height: Int = 40) {
        self.colorDepth = colorDepth
        self.keymap = keymap
        self.initialArticle = initialArticle
        self.bookmarks = bookmarks
        self.width = width
        self.height = height
    }
}
