import ArgumentParser
import NewsCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Articles with title, source, word count and entity count.")

    @OptionGroup var options: CorpusOptions

    struct Row: Encodable {
        var number: Int
        var path: String
        var title: String
        var source: String?
        var words: Int
        var entities: Int
        var passages: Int
    }

    func run() throws {
        let library = try options.open().library
        let rows = (0..<library.articleCount).map { i in
            let article = library.summary(i)
            return Row(number: i + 1, path: article.path, title: article.title, source: article.source,
                       words: article.wordCount, entities: article.entityCount, passages: article.passageCount)
        }
        if options.json { return try Terminal.printJSON(rows) }
        print(TextTable.render(
            header: ["#", "WORDS", "ENTS", "SOURCE", "TITLE", "PATH"],
            rows: rows.map { ["\($0.number)", "\($0.words)", "\($0.entities)", $0.source ?? "-", $0.title, $0.path] },
            rightAligned: [0, 1, 2], flexible: 4))
    }
}
