import Testing
@testable import NewsUI

@Suite struct ArticleListSourceTests {
    @Test func anArticleWithoutAnOutletShowsOnlyItsCounts() {
        let state = Fixture.state(files: [
            "a.txt": "Robots in Lisbon\n\nMara Quist took the Rover to Lisbon.\n",
            "b.txt": "Rovers on tour\n\nThe Rover went to Lisbon again.\n\nSource: Harbour Post\n",
        ])
        let lines = render(state, width: 140, height: 30).lines
        #expect(lines.contains { $0.contains("Harbour Post · ") })
        #expect(!lines.contains { $0.contains("unknown source") })
        #expect(lines.contains { $0.contains("│") && $0.split(separator: "│").first?.trimmingCharacters(in: .whitespaces).hasSuffix("entities") == true
            && !$0.contains("Harbour Post") })
    }
}
