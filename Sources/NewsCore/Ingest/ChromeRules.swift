/// Recognises site furniture — ads, promos, share buttons, section labels, image credits, a
/// "Source:" trailer, the headline repeated — so it can be set aside as `.chrome` rather than
/// read as part of the article. The rules are general and the phrases are data; each phrase rule
/// only applies to short lines, so a long paragraph that merely mentions "subscribe" stays body.
public enum ChromeRules {
    /// Whole lines (compared lowercased, punctuation ignored) that are furniture wherever they stand.
    public static let wholeLines: Set<String> = [
        "advertisement", "advertisements", "advert", "ad", "ads", "sponsored", "sponsored content",
        "promoted", "paid content", "partner content", "news", "breaking news", "opinion",
        "share", "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "share on x", "read more", "read next", "related", "related articles",
        "related stories", "related topics", "related content", "more on this story", "recommended",
        "most read", "most popular", "trending", "top stories", "skip to content",
        "skip to main content", "print", "email", "comments", "show comments", "listen",
        "listen to this article", "continue reading", "article continues below",
        "story continues below advertisement", "watch", "video", "image", "back to top",
        "follow us", "newsletter", "sign in", "log in", "menu", "close", "copy link",
        "supported by", "loading", "play video", "ad feedback", "link copied", "copied", "save",
    ]

    /// Openings (lowercased, compared word by word) of short furniture lines.
    public static let openings: [String] = [
        "click here", "sign up", "subscribe", "read more", "read the full", "follow us",
        "download the", "listen to this", "watch now", "watch live", "image credit",
        "image source", "photo credit", "photograph", "image", "photo", "credit", "source",
        "share this", "see also", "also read", "don t miss", "more from", "related",
        "continue reading", "©", "all rights reserved", "get our", "join our",
    ]

    /// Phrases that mark a short line as furniture wherever they occur in it.
    public static let phrases: [String] = [
        "you can now listen to", "getty images", "ap photo", "photo by", "afp via getty",
        "shutterstock", "all rights reserved", "story continues below", "this article originally appeared",
        "was originally published", "originally appeared on", "originally appeared in",
        "contributed to this report", "contributed to this story", "contributed reporting",
        "sign up for our", "subscribe to our", "our newsletter", "enable javascript",
        "your browser does not support",
    ]

    /// Lines longer than this (in words) are never furniture by opening or phrase.
    public static let shortLineWords = 20
    /// An all-caps line of at least this many words is a shouted promo link, not a heading.
    public static let shoutedPromoWords = 8

    /// True when the text, taken as a line on its own, is site furniture.
    ///
    /// Asked of every line while paragraphs are rebuilt and of every block afterwards; long
    /// lines are decided before the text is copied into a `String` of its own.
    public static func isChrome<S: StringProtocol>(_ line: S) -> Bool {
        let words = TextShape.wordCount(line, limit: shortLineWords)
        return isChrome(line, words: words, allCaps: words > 0 && TextShape.isAllCaps(line))
    }

    /// `isChrome` with the line's word count (exact, or any count past `shortLineWords`) and
    /// `TextShape.isAllCaps` already known, as `LineFacts` has them: only short lines are read
    /// again, for the phrase rules.
    static func isChrome<S: StringProtocol>(_ line: S, words: Int, allCaps: Bool) -> Bool {
        guard words > 0 else { return false }
        if words > shortLineWords { return allCaps }
        return asciiVerdict(line, words: words, allCaps: allCaps) ?? isChromeByEveryRule(line, words: words, allCaps: allCaps)
    }

    /// `isChrome` by the rules as written, on strings: the answer for lines outside ASCII, and
    /// what `asciiVerdict` is tested against.
    static func isChromeByEveryRule<S: StringProtocol>(_ line: S, words: Int, allCaps: Bool) -> Bool {
        guard words > 0 else { return false }
        if words > shortLineWords { return allCaps }
        let text = String(line)
        let plain = TextShape.comparable(text)
        if wholeLines.contains(plain) { return true }
        if allCaps && words >= shoutedPromoWords { return true }
        if SourceAttribution.isByline(text) || isWireCredit(text) || isShareBar(plain) || isTimestamp(plain) { return true }
        let lowered = text.lowercased()
        let plainFirst = plain.utf8.first, loweredFirst = lowered.utf8.first
        if openingRules.contains(where: { $0.matches(plain: plain, plainFirst: plainFirst, lowered: lowered, loweredFirst: loweredFirst) })
            && !isOrdinarySentence(text, words, allCaps: allCaps) {
            return true
        }
        return containsPhrase(lowered)
    }

    /// Whether the lowercased line holds one of `phrases`. An ASCII line (most) is tested for
    /// ASCII once and searched on its bytes, not once per phrase by `TextShape.contains`.
    private static func containsPhrase(_ lowered: String) -> Bool {
        let ascii = TextShape.withUTF8(lowered) { TextShape.isASCII($0) }
        guard ascii else { return phrases.contains { TextShape.contains(lowered, $0) } }
        return TextShape.withUTF8(lowered) { haystack in
            phraseBytes.contains { phrase in
                phrase.withUnsafeBufferPointer { TextShape.firstOffset(of: $0, in: haystack) != nil }
            }
        }
    }

    /// `phrases` as bytes, all ASCII, for `containsPhrase`.
    static let phraseBytes: [[UInt8]] = phrases.map { Array($0.utf8) }

    /// An opening rule needs the phrase as whole words ("subscribe", not "subscribers"), or, for
    /// label-like openings ("Source:", "Image:"), the words followed by a colon. The prefixes
    /// are built once from `openings`, not per line.
    private enum OpeningRule {
        /// Compared with the lowercased line: "image:" or "image :".
        case label(colon: String, spacedColon: String)
        /// Compared with the lowercased line.
        case symbol(String)
        /// Compared with the line's `comparable` form: the words alone or followed by more.
        case words(String, followed: String)

        init(_ opening: String) {
            if ChromeRules.labelOpenings.contains(opening) {
                self = .label(colon: opening + ":", spacedColon: opening + " :")
            } else if opening == "©" {
                self = .symbol(opening)
            } else {
                self = .words(opening, followed: opening + " ")
            }
        }

        /// Each case first compares one byte: most lines differ from every opening there. The
        /// lines' first bytes are passed in, found once for all rules.
        func matches(plain: String, plainFirst: UInt8?, lowered: String, loweredFirst: UInt8?) -> Bool {
            switch self {
            case .label(let colon, let spacedColon):
                loweredFirst == colon.utf8.first && (lowered.hasPrefix(colon) || lowered.hasPrefix(spacedColon))
            case .symbol(let symbol):
                loweredFirst == symbol.utf8.first && lowered.hasPrefix(symbol)
            case .words(let words, let followed):
                plainFirst == words.utf8.first && (plain == words || plain.hasPrefix(followed))
            }
        }
    }

    private static let openingRules = openings.map(OpeningRule.init)

    /// Openings that only count as a label followed by a colon.
    static let labelOpenings: Set<String> = ["image", "photo", "credit", "source", "photograph", "related"]

    /// "Sign up for the trial ended badly." reads as prose: more than a dozen words ending in a
    /// full stop are not treated as a call to action.
    /// Words of a row of share buttons: "Facebook Tweet Email Link".
    static let shareWords: Set<Substring> = [
        "facebook", "twitter", "tweet", "x", "email", "e", "mail", "link", "copy", "whatsapp", "linkedin", "reddit",
        "print", "share", "pinterest", "messenger", "flipboard", "telegram", "bluesky", "threads", "comments", "save",
    ]

    /// A line made only of share-button labels, two or more (`plain`: the comparable form).
    static func isShareBar(_ plain: String) -> Bool {
        // Most lines fail on their first word, before the line is split.
        guard shareWords.contains(firstWord(plain)) else { return false }
        let words = plain.split(separator: " ")
        return words.count >= 2 && words.allSatisfy(shareWords.contains)
    }

    private static func firstWord(_ plain: String) -> Substring {
        plain.utf8.firstIndex(of: 0x20).map { plain[..<$0] } ?? Substring(plain)
    }

    /// Words of a date or time stamp, besides numbers: "Updated 3:45 PM ET, Mon January 27, 2025".
    static let stampWords: Set<Substring> = calendarWords.union([
        "updated", "published", "posted", "last", "first", "modified", "on", "at", "am", "pm", "a", "m", "p",
        "et", "est", "edt", "ct", "cst", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "jst", "hkt",
        "ago", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    ])

    /// Months and weekdays, written out or shortened.
    static let calendarWords: Set<Substring> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// The words of a line made only of numbers and `stampWords`, at least one a number; nil
    /// for any other line (`plain`: the comparable form, so "3:45" is "3 45").
    private static func dateWords(_ plain: String) -> [Substring]? {
        guard mayHoldNumber(plain) else { return nil }
        let words = plain.split(separator: " ")
        guard words.contains(where: { $0.first?.isNumber == true }),
              words.allSatisfy({ $0.allSatisfy(\.isNumber) || stampWords.contains($0) }) else { return nil }
        return words
    }

    /// False when the text is ASCII without a digit, so no word of it (nor of its comparable
    /// form) starts with a number and it is no date: most lines, told without splitting them
    /// into words (that split was half the furniture step).
    static func mayHoldNumber<S: StringProtocol>(_ text: S) -> Bool {
        TextShape.withUTF8(text, mayHoldNumber)
    }

    static func mayHoldNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 >= 0x80 || $0 &- 0x30 < 10 }
    }

    /// A line that only dates the page: date words with "updated"/"published"/… or a clock (am,
    /// pm, a time zone) among them, so a timeline's "Monday, January 27" heading stays.
    static func isTimestamp(_ plain: String) -> Bool {
        let first = firstWord(plain)
        guard first.first?.isNumber == true || stampWords.contains(first),
              let words = dateWords(plain), words.count >= 2 else { return false }
        return words.contains(where: stampMarkers.contains)
    }

    /// A line that is a date and nothing else ("27 January 2025", "Tue 28 Jan 2025"): the page's
    /// date when it stands above the story, a timeline's heading inside it.
    static func isDateOnly(_ plain: String) -> Bool {
        dateWords(plain)?.contains(where: calendarWords.contains) ?? false
    }

    /// The words that make a run of date words a page's stamp rather than a date in the story.
    static let stampMarkers: Set<Substring> = [
        "updated", "published", "posted", "modified", "am", "pm",
        "et", "est", "edt", "ct", "cst", "pt", "pst", "pdt", "gmt", "bst", "utc", "cet", "jst", "hkt",
    ]

    /// A news agency's credit line: "(Reporting by Jane Roe; Editing by Kim Doe)". The credit
    /// words must name someone and come in parentheses or beside another credit, so a sentence
    /// such as "Reporting by the agency was accurate." stays body.
    static func isWireCredit(_ text: String) -> Bool {
        guard let initial = text.utf8.first, creditInitials.contains(initial) else { return false }
        let inner = text.hasPrefix("(") && text.hasSuffix(")") ? text.dropFirst().dropLast() : Substring(text)
        guard let credit = credits.first(where: { inner.hasPrefix($0) }),
              inner.dropFirst(credit.count).first?.isUppercase == true else { return false }
        let rest = inner.dropFirst(credit.count)
        return inner.count < text.count || credits.contains { rest.contains("; " + $0) || rest.contains(", " + $0.lowercased()) }
    }

    static let credits = ["Reporting by ", "Additional reporting by ", "Editing by ", "Writing by ", "Compiled by "]
    /// The bytes a credit line can start with, so most lines are rejected on their first.
    private static let creditInitials = Set(credits.map { $0.utf8.first! } + [UInt8(ascii: "(")])

    static func isOrdinarySentence(_ text: String, _ words: Int, allCaps: Bool) -> Bool {
        words > 12 && TextShape.endsSentence(text) && !allCaps
    }

    /// Marks furniture blocks `.chrome`; with a title, lines repeating it are furniture too.
    public static func mark(_ blocks: [SourceBlock], title: String? = nil) -> [SourceBlock] {
        let marked = mark(blocks, known: [])
        return title.map { markingTitleRepeats(marked, title: $0) } ?? marked
    }

    /// `mark` with verdicts already reached for some blocks (`known[i]`, nil or missing when
    /// not): line structure judges one-line paragraphs on their lines, so they are not judged twice.
    static func mark(_ blocks: [SourceBlock], known: [Bool?]) -> [SourceBlock] {
        var marked = blocks
        for index in marked.indices where marked[index].kind != .chrome {
            let verdict = index < known.count ? known[index] : nil
            if verdict ?? isChrome(marked[index].text) { marked[index].kind = .chrome }
        }
        return marked
    }

    /// Marks blocks that repeat `title` as furniture and nothing else: for blocks `mark` has
    /// already judged, once the title is known, without running every rule on them again.
    static func markingTitleRepeats(_ blocks: [SourceBlock], title: String) -> [SourceBlock] {
        let repeatedTitle = TextShape.comparable(title)
        guard !repeatedTitle.isEmpty else { return blocks }
        return blocks.map { block in
            guard block.kind != .chrome, TextShape.hasComparable(block.text, equalTo: repeatedTitle) else { return block }
            var block = block
            block.kind = .chrome
            return block
        }
    }
}
