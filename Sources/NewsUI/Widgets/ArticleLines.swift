import Foundation
import NewsCore

/// One screen line of the article pane, before styling.
public struct ArticleLine: Sendable, Hashable {
    public enum Role: Sendable, Hashable {
        case title, source, notice, blank
        /// Part of a passage: its index and the line's byte range in the passage text.
        case passage(Int, Range<Int>)
        /// A line of the raw view: its byte range in `Article.raw`.
        case raw(Range<Int>)
    }

    public var role: Role
    /// What is drawn before the text: a list item's bullet or its hanging indent.
    public var prefix: String
    public var text: String

    public var passage: Int? {
        if case .passage(let index, _) = role { return index }
        return nil
    }

    public var range: Range<Int>? {
        switch role {
        case .passage(_, let range), .raw(let range): return range
        default: return nil
        }
    }
}

/// An article laid out at one width: the lines, and where each passage starts.
public struct ArticleLines: Sendable {
    public var lines: [ArticleLine]
    /// `firstLine[p]`: the first line of passage `p` (empty in the raw view).
    public var firstLine: [Int]

    /// Title, source and notices, then each passage wrapped (list items bulleted with a hanging
    /// indent), a blank line between passages.
    public static func clean(_ article: Article, width: Int) -> ArticleLines {
        var lines: [ArticleLine] = []
        for range in TextWrap.wrap(article.title, width: width) {
            lines.append(ArticleLine(role: .title, prefix: "", text: String(TextWrap.slice(article.title, range))))
        }
        if let source = article.source {
            lines.append(ArticleLine(role: .source, prefix: "", text: source))
        }
        for notice in article.notices {
            lines.append(ArticleLine(role: .notice, prefix: "", text: "! " + notice))
        }
        var firstLine: [Int] = []
        for passage in article.passages {
            lines.append(ArticleLine(role: .blank, prefix: "", text: ""))
            firstLine.append(lines.count)
            let bulleted = passage.kind == .listItem
            let ranges = TextWrap.wrap(passage.text, width: bulleted ? width - 2 : width)
            for (number, range) in ranges.enumerated() {
                let prefix = bulleted ? (number == 0 ? "• " : "  ") : ""
                lines.append(ArticleLine(role: .passage(passage.index, range), prefix: prefix,
                                         text: String(TextWrap.slice(passage.text, range))))
            }
        }
        return ArticleLines(lines: lines, firstLine: firstLine)
    }

    /// The file as read, line by line, each wrapped; controls stay visible when drawn.
    public static func raw(_ article: Article, width: Int) -> ArticleLines {
        var lines: [ArticleLine] = []
        var offset = 0
        for line in article.raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = String(line)
            for range in TextWrap.wrap(text, width: width) {
                let shifted = (offset + range.lowerBound)..<(offset + range.upperBound)
                lines.append(ArticleLine(role: .raw(shifted), prefix: "", text: String(TextWrap.slice(text, range))))
            }
            offset += line.utf8.count + 1
        }
        return ArticleLines(lines: lines, firstLine: [])
    }

    /// The line holding a byte offset of a passage.
    public func line(passage: Int, offset: Int) -> Int {
        guard passage < firstLine.count else { return 0 }
        var best = firstLine[passage]
        var index = best
        while index < lines.count, case .passage(passage, let range) = lines[index].role {
            if range.lowerBound <= offset { best = index }
            index += 1
        }
        return best
    }

    /// The lines of a passage.
    public func lines(of passage: Int) -> Range<Int> {
        guard passage < firstLine.count else { return 0..<0 }
        var end = firstLine[passage]
        while end < lines.count, lines[end].passage == passage { end += 1 }
        return firstLine[passage]..<end
    }
}

/// Wrapped articles by (article, width, raw); the article is loaded only to wrap it.
final class ArticleLinesCache: Sendable {
    private struct Key: Hashable { var article: Int; var width: Int; var raw: Bool }
    private let entries = BoundedCache<Key, ArticleLines>(capacity: 64)

    func lines(_ index: Int, width: Int, raw: Bool, article: () -> Article) -> ArticleLines {
        entries.value(Key(article: index, width: width, raw: raw)) {
            raw ? ArticleLines.raw(article(), width: width) : ArticleLines.clean(article(), width: width)
        }
    }
}
