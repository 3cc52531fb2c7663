/// A place in the corpus the reader can come back to.
public struct Location: Sendable, Hashable {
    public var article: Int
    public var passage: Int
    /// UTF-8 byte offset of the cursor in the passage text.
    public var offset: Int
    /// Index of the selected mention in the passage's mentions.
    public var mention: Int?
}

/// Browser-style history: jumps push where the reader was; back and forward walk the stacks.
public struct History: Sendable, Hashable {
    public var back: [Location] = []
    public var forward: [Location] = []
    static let limit = 200

    mutating func record(_ location: Location) {
        if back.last != location { back.append(location) }
        if back.count > Self.limit { back.removeFirst(back.count - Self.limit) }
        forward.removeAll()
    }
}
