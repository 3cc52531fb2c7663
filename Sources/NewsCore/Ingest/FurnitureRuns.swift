/// Furniture that no single line gives away, only its neighbours: text copied from a web page
/// keeps the page's menu ("Home", "News", "Business" on lines of their own) and, after a label
/// such as "Related topics" or "More on this story", lists of other stories. Each line alone
/// looks like a heading; together they are the page, not the article. So are a byline on two
/// lines, a date on a line of its own above the story and a caption under a picture credit.
enum FurnitureRuns {
    /// Lines at most this many words long can belong to a menu (a headline of three, "Storm
    /// Closes Schools", under a line of chrome must not).
    static let menuWords = 2
    /// Consecutive menu-like lines, no blank line between, that make a menu.
    static let menuRun = 3
    /// After a section label, blocks up to this many words, without a final full stop, are the
    /// section's links.
    static let sectionItemWords = 15

    /// Labels that open a section of links to elsewhere (compared in `TextShape.comparable` form).
    static let sectionLabels: Set<String> = [
        "related", "related topics", "related articles", "related stories", "related content",
        "more on this story", "more from", "read more", "read next", "most read", "most popular",
        "top stories", "recommended", "see also", "you may also like", "more stories", "trending",
    ]

    /// Picture credits whose next line is the caption (comparable form, as the line begins).
    static let imageCredits = ["getty images", "image source", "image caption", "reuters", "afp", "epa", "ap photo",
                               "shutterstock", "bloomberg via getty", "photo", "image"]

    /// `blocks` (text or Markdown, in line order) with menu runs and label sections set aside.
    static func mark(_ blocks: [SourceBlock]) -> [SourceBlock] {
        var marked = blocks
        var start = 0
        while start < marked.count {
            var end = start
            while end < marked.count, marked[end].kind == .chrome || isMenuLine(marked[end]),
                  end == start || marked[end - 1].lines.upperBound == marked[end].lines.lowerBound {
                end += 1
            }
            if end - start >= menuRun, marked[start..<end].contains(where: { $0.kind != .chrome }) {
                for index in start..<end { marked[index].kind = .chrome }
            }
            start = max(end, start + 1)
        }
        // A picture's caption on the line right under its credit ("Getty Images").
        for index in marked.indices.dropFirst() where marked[index].kind != .chrome {
            let credit = marked[index - 1]
            guard credit.kind == .chrome, credit.lines.upperBound == marked[index].lines.lowerBound,
                  case let plain = TextShape.comparable(credit.text), imageCredits.contains(where: plain.hasPrefix),
                  TextShape.wordCount(marked[index].text, limit: sectionItemWords) <= sectionItemWords else { continue }
            marked[index].kind = .chrome
        }
        // A byline in two lines: a name, then the writer's role ("Technology reporter").
        for index in marked.indices.dropFirst() where isRoleLine(marked[index]) {
            let name = marked[index - 1]
            guard name.lines.upperBound == marked[index].lines.lowerBound, name.lines.count == 1,
                  TextShape.wordCount(name.text, limit: 4) <= 4, !TextShape.endsWithPunctuation(name.text) else { continue }
            marked[index - 1].kind = .chrome
            marked[index].kind = .chrome
        }
        // The page's date above the story ("27 January 2025" on a line of its own).
        for index in marked.indices {
            if marked[index].kind == .body && !isMenuLine(marked[index]) { break }
            // Text that cannot hold a number is no date: its comparable form need not be built.
            if ChromeRules.mayHoldNumber(marked[index].text),
               ChromeRules.isDateOnly(TextShape.comparable(marked[index].text)) { marked[index].kind = .chrome }
        }
        var inSection = false
        for index in marked.indices {
            let block = marked[index]
            if block.kind == .chrome && sectionLabels.contains(TextShape.comparable(block.text)) {
                inSection = true
            } else if inSection {
                guard block.kind != .chrome else { continue }
                // A story's titles stop short of a full stop; a sentence is the article again.
                guard TextShape.wordCount(block.text, limit: sectionItemWords) <= sectionItemWords,
                      !TextShape.endsSentence(block.text) else {
                    inSection = false
                    continue
                }
                marked[index].kind = .chrome
            }
        }
        return marked
    }

    /// Words that end a writer's role under a byline.
    static let roleWords: Set<String> = [
        "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "contributor",
    ]

    /// "Technology reporter", "Senior business correspondent": a line of at most four words
    /// ending in a role word, without punctuation.
    private static func isRoleLine(_ block: SourceBlock) -> Bool {
        // Most blocks end in punctuation, told from their last bytes before words are counted.
        guard block.lines.count == 1, !TextShape.endsWithPunctuation(block.text),
              TextShape.wordCount(block.text, limit: 4) <= 4,
              let last = block.text.split(separator: " ").last else { return false }
        return roleWords.contains(last.lowercased())
    }

    /// One short line without sentence punctuation, not a list item.
    private static func isMenuLine(_ block: SourceBlock) -> Bool {
        // A sentence's end is told from the last bytes, before words are counted from the first.
        block.kind != .listItem && block.lines.count == 1
            && !TextShape.endsSentence(block.text) && TextShape.wordCount(block.text, limit: menuWords) <= menuWords
    }
}
