/// Picks an article's title from its first real line so the reader can show it apart from the
/// passages, without showing it twice.
public enum TitleSelection {
    /// A first line longer than this is a paragraph, not a headline.
    public static let maxTitleWords = 20
    /// Titles taken from a paragraph's first sentence are cut to about this many characters.
    public static let maxDerivedTitleLength = 120

    public struct Selection: Sendable, Hashable {
        public var title: String
        /// The blocks left; without the title line when it was consumed.
        public var blocks: [SourceBlock]
        /// True when a headline line became the title (so a later copy of it is furniture).
        public var consumedLine: Bool
    }

    /// The first block that is not furniture is the title when it is headline-sized (one line
    /// or a heading, at most `maxTitleWords` words) and is then removed from the blocks. When it
    /// is a paragraph, its first sentence is the title and the paragraph stays.
    public static func select(from blocks: [SourceBlock]) -> Selection {
        guard let index = blocks.firstIndex(where: { $0.kind != .chrome }) else {
            return Selection(title: "", blocks: blocks, consumedLine: false)
        }
        let first = blocks[index]
        // Words are counted no further than the limit: a first paragraph was counted whole.
        let headlineSized = TextShape.wordCount(first.text, limit: maxTitleWords) <= maxTitleWords
        if first.kind == .heading || (first.kind == .body && headlineSized && first.lines.count <= 1) {
            var rest = blocks
            rest.remove(at: index)
            return Selection(title: first.text, blocks: rest, consumedLine: true)
        }
        return Selection(title: firstSentence(first.text), blocks: blocks, consumedLine: false)
    }

    /// Removes the first heading that repeats `title` (an HTML page's `<h1>`, once the page
    /// supplied the title), so the headline is not shown twice.
    public static func removingHeadline(_ title: String, from blocks: [SourceBlock]) -> [SourceBlock] {
        let wanted = TextShape.comparable(title)
        guard let index = blocks.firstIndex(where: { $0.kind != .chrome }),
              blocks[index].kind == .heading, TextShape.comparable(blocks[index].text) == wanted else { return blocks }
        var rest = blocks
        rest.remove(at: index)
        return rest
    }

    /// The text up to the first sentence end (". " followed by a capital), cut at a word
    /// boundary with "…" when still too long.
    public static func firstSentence(_ text: String) -> String {
        var sentence = text
        let characters = Array(text)
        for i in characters.indices.dropLast(2) where ".!?".contains(characters[i]) {
            let nextIsSpace = characters[i + 1] == " "
            let afterIsCapital = characters[i + 2].isUppercase || TextShape.openers.contains(characters[i + 2])
            if nextIsSpace && afterIsCapital && i > 20 {
                sentence = String(characters[...i])
                break
            }
        }
        guard sentence.count > maxDerivedTitleLength else { return sentence }
        let cut = sentence.prefix(maxDerivedTitleLength)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }
}
