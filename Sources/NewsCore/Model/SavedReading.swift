/// What an earlier session left for one corpus: the reader starts from it. Paths of files that
/// are gone are simply never matched.
public struct SavedReading: Sendable, Hashable {
    public var read: Set<String>
    public var bookmarks: Set<String>
    /// The last cursor position in each article that was opened.
    public var positions: [String: ReadingPosition]
    /// The article open when the reader last stopped (the most recently opened one).
    public var lastOpened: String?

    public init(read: Set<String> = [], bookmarks: Set<String> = [], positions: [String: ReadingPosition] = [:],
                lastOpened: String? = nil) {
        self.read = read
        self.bookmarks = bookmarks
        self.positions = positions
        self.lastOpened = lastOpened
    }

    public static let empty = SavedReading()
}
