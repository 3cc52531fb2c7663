/// One news article as the reader sees it: the original text kept beside the cleaned passages.
public struct Article: Sendable, Hashable {
    /// Path relative to the corpus root (or the path as given for single files): the stable id.
    public var path: String
    public var title: String
    /// The outlet, when the text names it (e.g. a trailing "Source: CNN").
    public var source: String?
    /// The file as decoded, before any repair: what `show --raw` and the reader's raw view print.
    public var raw: String
    public var passages: [Passage]
    /// What the loader did that a reader may want to know (fallback decoding, repaired mojibake…).
    public var notices: [String]

    public init(path: String, title: String, source: String? = nil, raw: String,
                passages: [Passage], notices: [String] = []) {
        self.path = path
        self.title = title
        self.source = source
        self.raw = raw
        self.passages = passages
        self.notices = notices
    }

    /// Words in the content passages (chrome and repeats excluded), counted on the bytes:
    /// splitting into `Character`s asked Unicode for every character's properties, a sixth of
    /// building the in-memory search index.
    public var wordCount: Int {
        passages.reduce(0) { count, passage in
            passage.kind.isContent ? count + TextShape.wordCount(passage.text) : count
        }
    }
}
