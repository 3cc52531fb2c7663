import Testing
import NewsCore
@testable import NewsUI

/// Counts in the reader's text agree with their number: "1 article", "2 articles".
@Suite struct WordingTests {
    let start = Fixture.state(width: 140, height: 30)

    @Test func countedNounsAgreeWithTheirNumber() {
        #expect(counted(0, "article") == "0 articles")
        #expect(counted(1, "article") == "1 article")
        #expect(counted(2, "article") == "2 articles")
        #expect(counted(1, "entity", plural: "entities") == "1 entity")
        #expect(counted(3, "entity", plural: "entities") == "3 entities")
    }

    @Test func pickerSaysOneCandidateAndOneArticle() {
        let lines = start.after("@borealis").lines
        #expect(lines.contains { $0.contains("│ 1 candidate ") })
        #expect(lines.contains { $0.contains("│ Borealis Bank") && $0.contains("organisation · 1 article · 2 mentions │") })
    }

    @Test func resultsSayOnePassageInOneArticle() {
        let lines = start.after("@mara<Enter>+lisb<Enter>").lines
        #expect(lines.contains { $0.contains("│ 1 passage in 1 article — Enter opens, + narrows, f filters the list") })
        #expect(start.after("@borealis<Enter>").lines.contains { $0.contains("│ 2 passages in 1 article — Enter opens") })
    }

    @Test func filterMessageSaysOneArticleMentions() {
        #expect(start.after("@borealis<Enter><Esc>f").message == "1 article mentions Borealis Bank")
        #expect(start.after("@mara<Enter><Esc>f").message == "3 articles mention Mara Quist")
    }

    @Test func headerSaysOneArticleAndOneEntity() {
        let state = Fixture.state(files: ["only.txt": "A quiet week in Lisbon\n\nShares moved little in Lisbon this week.\n"],
                                  catalog: "place: Lisbon\n")
        #expect(state.lines[0].hasPrefix(" newsreader · corpus · 1 article · 1 entity · 1 read"))
    }
}
