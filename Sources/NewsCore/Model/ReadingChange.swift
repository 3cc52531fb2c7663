/// One thing the reader did that outlives the session, keyed by article path (indices change
/// when files are added). The reader produces these as values; the state store writes them.
public enum ReadingChange: Sendable, Hashable {
    /// The article was marked read (`true`) or unread.
    case read(path: String, Bool)
    /// The article was bookmarked (`true`) or its bookmark removed.
    case bookmark(path: String, Bool)
    /// The article became the open one: its last-opened time is now.
    case opened(path: String)
    /// The cursor moved in the open article.
    case position(path: String, ReadingPosition)
    /// The cursor entered a passage it was not on: one entry of the reading history.
    case visited(path: String, passage: Int)

    /// The article the change is about.
    public var path: String {
        switch self {
        case .read(let path, _), .bookmark(let path, _), .opened(let path), .position(let path, _),
             .visited(let path, _):
            return path
        }
    }
}
