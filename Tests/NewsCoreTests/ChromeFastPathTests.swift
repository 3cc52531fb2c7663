import Testing
@testable import NewsCore

/// The chrome and furniture steps decide most lines from their bytes before any general rule
/// runs; these lines, furniture and not, prove the short cuts answer as the rules do.
@Suite struct ChromeFastPathTests {
    /// Furniture of every kind the rules know, lines that nearly are, and text outside ASCII.
    static let nastyLines: [String] = [
        "Advertisement", "ADVERTISEMENT", "  Advertisement  ", "Ad", "ad feedback", "Story continues below advertisement",
        "Sponsored content", "Share this article", "Skip to main content", "Link Copied!", "Copy link", "News",
        "Read more", "Read more: the story so far", "Read the full report here", "Read more about it.",
        "Click here to read more", "CLICK HERE TO READ MORE FROM AARON GINN", "Sign up for our newsletter",
        "Sign up for the trial ended badly when the firm that ran it went bust in the spring.",
        "Subscribe", "Subscribers were told the news on Monday.", "Subscribe now", "Follow us on Twitter",
        "Download the app", "Listen to this article", "Watch now", "Watch live: the debate", "Image credit: Reuters",
        "Image source, Getty Images", "Image: AP", "Image : AP", "Imagery of the storm", "Photo: Jane Doe", "Photograph: Jane Doe",
        "Photographs of the storm", "Credit: AFP", "Source:CNN", "Source: Reuters.", "Sources say the deal is off",
        "Related: the earlier story", "Related", "Related topics", "See also", "Also read: more news", "Don't miss",
        "Don’t miss", "More from the BBC", "Continue reading", "© 2025 The Courier", "©2025", "All rights reserved",
        "Get our daily briefing", "Join our community", "You can now listen to Fox News articles!",
        "(Getty Images)", "AP Photo/Jane Roe", "Photo by Jane Roe on Unsplash", "AFP via Getty Images", "Shutterstock",
        "This article originally appeared on The Conversation.", "It was originally published in 2019.",
        "AP Business Writers Stan Choe and Matt Ott contributed to this report.", "Enable JavaScript to view",
        "Your browser does not support the video tag.", "By Jane Smith and Li Wei", "By Jane Smith | The Courier",
        "By the close of 2024, the Bank of China is set to provide loans to 100,000 firms.", "By Sam Writer · 27 January 2025",
        "By Northgate staff — January 28, 2025", "(Reporting by Jane Roe; Editing by Kim Doe)", "Reporting by Jane Roe",
        "Reporting by the agency was accurate.", "Additional reporting by Li Wei, editing by Kim Doe", "(Reporting by jane)",
        "Editing by Kim Doe", "Writing by A. N. Other", "Compiled by Staff", "Creditors met on Monday.",
        "Facebook Tweet Email Link", "Facebook", "Share on X", "Email and Facebook were down for 3 hours on Monday.",
        "Share prices fell 3% on Monday", "Updated 3:45 PM ET, Mon January 27, 2025", "Published 27 Jan 2025 14.05 GMT",
        "27 January 2025", "Tue 28 Jan 2025", "3 days ago", "5 hours ago", "Monday, January 27", "January 2025",
        "27 January marchers", "2004", "Posted at 10:00", "Last updated on 3 March", "١٢ يناير ٢٠٢٥", "Updated ٣:٤٥ PM",
        "TOO FAST TOO FURIOUS (DIGITAL BRIDGES)", "THIS IS A VERY LONG SHOUTED PROMO LINE FOR SOMETHING ELSE",
        "WORLD OF WARCRAFT", "The source of the leak was never found, police said.", "Café society", "ÉCOUTER",
        "Naïve readers subscribe", "Straße closed", "Read more — naïve", "İmage: AP", "\u{212A}elvin readings",
        "Getty\u{00A0}Images", "Source\u{00A0}: Reuters", "ＡＤ", "a\u{0301}dvertisement", "Ad\u{0301}", "Advertisement\u{200B}",
        "Share\tthis", "read  more", "-- Advertisement --", "*** Sponsored ***", "", " ", "x", "X", "1", "A B",
        "The quick brown fox jumps over the lazy dog again and again and again and again and again and again",
        "Short headline with no rule", "Ministers met on Tuesday to agree the budget", "(AP)", "(Reuters) - Shares fell.",
        "SIGN UP", "Sign up", "sign-up", "Subscribe-to-our newsletter today", "\"Read more\"", "'Advertisement'",
    ]

    @Test func asciiLinesAreJudgedAsTheRulesJudgeThem() {
        for line in Self.nastyLines + Self.nastyLines.map { $0.uppercased() } + Self.nastyLines.map { $0.lowercased() } {
            let words = TextShape.wordCount(line, limit: ChromeRules.shortLineWords)
            for allCaps in [false, true] {
                #expect(ChromeRules.isChrome(line, words: words, allCaps: allCaps)
                        == ChromeRules.isChromeByEveryRule(line, words: words, allCaps: allCaps), Comment(rawValue: line))
            }
        }
    }

    @Test func aLineWithoutANumberIsNoDate() {
        for line in Self.nastyLines {
            let plain = TextShape.comparable(line)
            if !ChromeRules.mayHoldNumber(line) { #expect(!ChromeRules.mayHoldNumber(plain), Comment(rawValue: line)) }
            if !ChromeRules.mayHoldNumber(plain) {
                #expect(!ChromeRules.isDateOnly(plain) && !ChromeRules.isTimestamp(plain), Comment(rawValue: line))
            }
        }
        #expect(ChromeRules.mayHoldNumber("Updated ٣:٤٥ PM"))
        #expect(!ChromeRules.mayHoldNumber("Monday, January"))
    }
}

/// `PhraseSet` finds what a search for each phrase in turn finds.
@Suite struct PhraseSetTests {
    @Test func findsWhatSearchingEachPhraseFinds() throws {
        let set = try #require(PhraseSet(ChromeRules.phraseBytes))
        var texts = ChromeFastPathTests.nastyLines.map { $0.lowercased() }
        for phrase in ChromeRules.phrases {
            texts += [phrase, "x" + phrase, phrase + "x", String(phrase.dropLast()), String(phrase.dropFirst()),
                      "a " + phrase.dropLast() + " " + phrase.suffix(1), phrase.uppercased(), "ap ph " + phrase]
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let expected = ChromeRules.phraseBytes.contains { phrase in
                phrase.withUnsafeBufferPointer { needle in
                    bytes.withUnsafeBufferPointer { TextShape.firstOffset(of: needle, in: $0) != nil }
                }
            }
            #expect(bytes.withUnsafeBufferPointer(set.occurs) == expected, Comment(rawValue: text))
        }
        #expect(PhraseSet([Array("abc".utf8)]) == nil)
    }
}
