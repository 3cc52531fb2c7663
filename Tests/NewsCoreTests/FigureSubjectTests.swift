import Testing
@testable import NewsCore

/// The rule that picks what a figure is said of, on small passages.
@Suite struct FigureSubjectTests {
    /// Entities 0 DeepSeek (organisation), 1 United States (place), 2 H800 (chip), 3 Nvidia
    /// (organisation), 4 DeepSeek R1 (product of DeepSeek).
    let types: [EntityType] = [.organisation, .place, .chip, .organisation, .product]

    func mention(_ entity: Int, _ text: String, in passage: String) -> Mention {
        let start = passage.utf8.count - (passage.range(of: text).map { passage[$0.lowerBound...].utf8.count } ?? 0)
        return Mention(entity: entity, passage: PassageID(article: 0, passage: 0), range: start..<(start + text.utf8.count))
    }

    func subject(_ passage: String, figure: String, _ mentions: [(Int, String)], dominant: Int?) -> Int? {
        var text = passage
        let figureRange = mention(-1, figure, in: passage).range
        return text.withUTF8 { bytes in
            let starts = SentenceBounds.starts(bytes)
            let sentence = SentenceBounds.sentence(of: figureRange.lowerBound, in: starts)
            return FigureSubject.subject(of: figureRange, mentions: mentions.map { mention($0.0, $0.1, in: passage) },
                                         sentenceStarts: starts, text: bytes,
                                         opensWithAnaphor: FigureSubject.opensWithAnaphor(passage, sentenceStart: starts[sentence]),
                                         dominant: dominant, type: { types[$0] })
        }
    }

    @Test func aFigureBelongsToItsOwnClause() {
        let text = "Nvidia fell 17% and DeepSeek lost 12%; H800 sales rose."
        #expect(subject(text, figure: "17%", [(3, "Nvidia"), (0, "DeepSeek")], dominant: nil) == 3)
        #expect(subject(text, figure: "12%", [(3, "Nvidia"), (0, "DeepSeek")], dominant: nil) == 0)
        // With no company in its clause, the nearest in the sentence still counts.
        let shared = "It was a $500 billion plan and OpenAI led it."
        #expect(subject(shared, figure: "$500 billion", [(3, "OpenAI")], dominant: nil) == 3)
    }

    @Test func clauseBreaksAreFoundAtTheirFirstByte() {
        var text = "A and B, as C; D but E while F whereas G, band Andy"
        let offsets = text.withUTF8 { bytes in bytes.indices.filter { ClauseBreaks.isBreak(bytes, at: $0) } }
        #expect(offsets == [1, 7, 13, 16, 22, 30])
    }

    /// Sentence starts, wherever the stops fall against the eight-byte steps of the search.
    @Test func sentencesStartAfterStopsButNotAfterAbbreviationsOrInNumbers() {
        let text = "Mr. Liang spent 5.6 million. He said so! Why? \"Quoted.\" Next U.S. Army rose. 3 more"
        // "He", "Why", the quote, "Next" and "3", not "Liang" (after "Mr."), "6" or "Army".
        let expected = [0, 29, 41, 46, 56, 77]
        for pad in 0..<9 {
            var padded = String(repeating: " ", count: pad) + text
            let starts = padded.withUTF8 { SentenceBounds.starts($0) }
            #expect(starts == [0] + expected.dropFirst().map { $0 + pad }, "pad \(pad)")
        }
    }

    @Test func clauseBreaksSeparateOnlyWhenOneStartsInTheGap() {
        var text = "Nvidia fell 17% and Broadcom 12%; Arm 3%"
        text.withUTF8 { bytes in
            // Nvidia 0..<6, 17% 12..<15, Broadcom 20..<28, 12% 29..<32, Arm 34..<37.
            #expect(!ClauseBreaks.separate(0..<6, 12..<15, in: bytes))
            #expect(ClauseBreaks.separate(20..<28, 12..<15, in: bytes))
            #expect(!ClauseBreaks.separate(20..<28, 29..<32, in: bytes))
            #expect(ClauseBreaks.separate(29..<32, 34..<37, in: bytes))
        }
    }

    @Test func moneyIsNeverSaidOfAPlace() {
        let text = "The company said it spent $5.6 million, while US companies spend billions."
        #expect(subject(text, figure: "$5.6 million", [(1, "US")], dominant: 0) == 0)
        #expect(subject(text, figure: "$5.6 million", [(1, "US")], dominant: nil) == nil)
    }

    @Test func anAnaphorSubjectIsTheArticlesMainCompany() {
        let text = "It spent $6 million, far less than Nvidia customers."
        #expect(subject(text, figure: "$6 million", [(3, "Nvidia")], dominant: 0) == 0)
        #expect(FigureSubject.opensWithAnaphor("“The firm said so.", sentenceStart: 0))
        #expect(!FigureSubject.opensWithAnaphor("Italy said so.", sentenceStart: 0))
    }

    /// The anaphor test reads ASCII on its bytes and leaves anything else to the rule on
    /// characters: both must give the same answers.
    @Test func anaphorsAreFoundTheSameWayOnBytesAndOnCharacters() {
        let openings = ["It rose.", "it rose.", "IT rose.", "Italy rose.", "It's up.", "It", "\"It rose.\"", "'It rose.",
                        "The company said.", "THE FIRM said.", "The companies said.", "The start-up said.", "The startup said.",
                        "The lab said.", "The label said.", "“It rose.", "‘The firm’", "Ité rose.", "It\u{301} rose.",
                        "I\u{307}t rose.", "The firmé", "\"\u{301}It", "It\r\nrose", "x It rose.", "The"]
        for text in openings {
            for start in [0, 1] where start < text.utf8.count {
                let utf8 = text.utf8
                let opening = Substring(utf8.dropFirst(start)).drop { $0 == "\"" || $0 == "“" || $0 == "'" || $0 == "‘" }
                    .prefix(20).lowercased()
                let expected = FigureSubject.anaphors.contains { word in
                    opening.hasPrefix(word) && (opening.dropFirst(word.count).first.map { !$0.isLetter } ?? true)
                }
                #expect(FigureSubject.opensWithAnaphor(text, sentenceStart: start) == expected, "\(text) from \(start)")
            }
        }
    }

    @Test func aChipOnlyWhenNothingElseFits() {
        let text = "Roughly $6 million and 2,048 H800 chips were used."
        #expect(subject(text, figure: "$6 million", [(2, "H800")], dominant: 0) == 0)
        #expect(subject(text, figure: "$6 million", [(2, "H800")], dominant: nil) == 2)
    }

    @Test func percentagesFollowTheSameRule() {
        let text = "In the US, Nvidia fell 17% on Monday."
        #expect(subject(text, figure: "17%", [(1, "US"), (3, "Nvidia")], dominant: 0) == 3)
    }

    @Test func earlierSentencesBeforeTheArticlesMainCompany() {
        let text = "Nvidia reported on Monday. Shares fell 17% in New York."
        #expect(subject(text, figure: "17%", [(3, "Nvidia")], dominant: 0) == 3)
    }

    @Test func theMainCompanyIsTheMostMentionedProductsCountingForTheirMaker() {
        let mentions = [3, 0, 3, 4, 4, 1, 1, 1].map {
            Mention(entity: $0, passage: PassageID(article: 0, passage: 0), range: 0..<1)
        }
        #expect(FigureSubject.dominant(in: mentions, type: { types[$0] }, parent: { $0 == 4 ? 0 : nil }) == 0)
        #expect(FigureSubject.dominant(in: Array(mentions.prefix(2)), type: { types[$0] }, parent: { _ in nil }) == 3)
    }
}
