/// Where the cursor stood in an article: a passage and a UTF-8 byte offset in its text. Kept by
/// article path, so it survives files being added or removed around it.
public struct ReadingPosition: Sendable, Hashable {
    public var passage: Int
    public var offset: Int

    public init(passage: Int, offset: Int) {
        self.passage = passage
        self.offset = offset
    }
}
