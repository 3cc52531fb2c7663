import ArgumentParser
import Foundation
import NewsCore
import Terminal

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "An article's cleaned text with numbered passages, or the original.")

    @OptionGroup var options: CorpusOptions

    @Argument(help: "Article: its path, a unique part of it, or its number in `list`.")
    var article: String

    @Flag(name: .long, help: "Print the original text as it was read.")
    var raw = false

    struct Output: Encodable {
        struct PassageRow: Encodable {
            var index: Int
            var kind: String
            var text: String
            var repeatOf: Int?
        }
        var path: String
        var title: String
        var source: String?
        var notices: [String]
        var passages: [PassageRow]?
        var raw: String?
    }

    func run() throws {
        let library = try options.open().library
        let number = try ArticleReference.resolve(article, in: library)
        let article = library.article(number)
        if options.json {
            let passages = raw ? nil : article.passages.map {
                Output.PassageRow(index: $0.index, kind: $0.kind.rawValue, text: $0.text, repeatOf: $0.repeatOf)
            }
            return try Terminal.printJSON(Output(
                path: article.path, title: article.title, source: article.source,
                notices: article.notices, passages: passages, raw: raw ? article.raw : nil))
        }
        // An article may hold escape sequences; a terminal would obey them (see PrintedText).
        let isTerminal = isatty(STDOUT_FILENO) == 1
        func shown(_ text: String) -> String { PrintedText.forStdout(text, isTerminal: isTerminal) }
        if raw { return print(shown(article.raw), terminator: article.raw.hasSuffix("\n") ? "" : "\n") }
        print(shown(article.title))
        if let source = article.source { print("Source: \(shown(source))") }
        for notice in article.notices { print("[\(shown(notice))]") }
        print("")
        for passage in article.passages {
            var label = "[\(passage.index)]"
            switch passage.kind {
            case .body: break
            case .heading: label += " #"
            case .listItem: label += " •"
            case .chrome: label += " (chrome)"
            case .repeat: label += " (repeat of \(passage.repeatOf.map(String.init) ?? "?"))"
            }
            print("\(label) \(shown(passage.text))\n")
        }
    }
}
