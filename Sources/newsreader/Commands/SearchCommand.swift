import ArgumentParser
import NewsCore
import NewsUI

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Passages matching entities and words, grouped by article.",
        discussion: """
        A query mixes entity filters and text; every part must match:
          @nvidia  @"Liang Wenfeng"  entity:DeepSeek   an entity by name or alias (fuzzy prefix)
          chips  "sputnik moment"                      words (stemmed), and phrases in quotes
          robo*                                        a word that starts so (robot, robotics)
        Example: newsreader search '@deepseek @nvidia "export controls"'
        """)

    @OptionGroup var options: CorpusOptions

    @Argument(help: "The query (several words are joined with spaces).")
    var query: [String] = []

    @Option(name: .long, help: "An entity every passage must mention (repeatable).")
    var entity: [String] = []

    @Option(name: .long, help: "Articles to show.")
    var limit = 20

    struct ArticleRow: Encodable {
        struct PassageRow: Encodable {
            struct Highlight: Encodable { var start: Int; var end: Int }
            var passage: Int
            var score: Double
            var text: String
            var highlights: [Highlight]
        }
        var article: String
        var title: String
        var score: Double
        var passages: [PassageRow]
    }

    func run() throws {
        let text = (entity.map { "@\"\($0)\"" } + query).joined(separator: " ")
        let index = try options.open()
        let results: SearchResults
        do {
            results = try index.search.search(text, limit: limit)
        } catch {
            throw UserError("bad query '\(text)': \(error)")
        }
        let library = index.library
        let rows = results.articles.map { hits in
            // One load per article, however many of its passages matched.
            let article = library.article(hits.article)
            return ArticleRow(
                article: article.path, title: article.title, score: rounded(hits.score),
                passages: hits.passages.map { hit in
                    let passageText = article.passages[hit.passage.passage].text
                    return .init(
                        passage: hit.passage.passage, score: rounded(hit.score), text: passageText,
                        highlights: hit.highlights.map {
                            .init(start: TextOffsets.scalarOffset(ofUTF8: $0.lowerBound, in: passageText),
                                  end: TextOffsets.scalarOffset(ofUTF8: $0.upperBound, in: passageText))
                        })
                })
        }
        if options.json { return try Terminal.printJSON(rows) }
        let names = results.entities.map { library.entities[$0].name }
        print("\(counted(results.totalPassages, "passage")) in \(counted(results.totalArticles, "article"))"
              + (names.isEmpty ? "" : " for \(names.joined(separator: " + "))"))
        for (row, hits) in zip(rows, results.articles) {
            print("\n\(row.article)  \(row.title)")
            for (passage, hit) in zip(row.passages, hits.passages) {
                let marked = Snippet.highlight(passage.text, hit.highlights)
                print("  [\(passage.passage)] \(marked)")
            }
        }
    }

    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
