import ArgumentParser
import NewsCore

struct RelatedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "related",
        abstract: "Passages of other articles on the same entities, ranked by how closely they speak to the same point.")

    @OptionGroup var options: CorpusOptions

    @Argument(help: "ARTICLE:PASSAGE, e.g. 003:4 (passage numbers as `show` prints them).")
    var passage: String

    @Option(name: .long, help: "Only links through this entity (name or alias).")
    var entity: String?

    @Option(name: .long, help: "Passages per entity.")
    var limit = 10

    struct Row: Encodable {
        var entity: String
        var article: String
        var title: String
        var passage: Int
        var score: Double
        var why: String
        var sharedWords: [String]
        var sharedEntities: [String]
        var figures: String?
        var text: String
    }

    func run() throws {
        let index = try options.open()
        let library = index.library
        let source = try ArticleReference.resolvePassage(passage, in: library)
        var groups = index.linker.groups(for: source, limit: limit)
        if let entity {
            guard let id = index.entityID(named: entity) else {
                throw UserError("no entity '\(entity)' in \(library.name); `newsreader entities` lists them")
            }
            groups = groups.filter { $0.entity == id }
            if groups.isEmpty { groups = [RelatedGroup(entity: id, passages: index.linker.related(to: source, entity: id, limit: limit))] }
        }
        let rows = groups.flatMap { group in
            group.passages.map { related in
                let article = library.summary(related.target.article)
                return Row(
                    entity: library.entities[related.entity].name, article: article.path, title: article.title,
                    passage: related.target.passage, score: (related.score * 1000).rounded() / 1000,
                    why: related.why.description, sharedWords: related.why.sharedWords,
                    sharedEntities: related.why.sharedEntityNames, figures: related.why.figure?.description,
                    text: library.passage(related.target).text)
            }
        }
        if options.json { return try Terminal.printJSON(rows) }
        let sourceText = library.passage(source).text
        print("\(library.summary(source.article).path):\(source.passage)  \(Snippet.cut(sourceText, 100))")
        if rows.isEmpty { return print("\nno related passages: the passage names no entity that other articles share") }
        var current = ""
        for row in rows {
            if row.entity != current {
                current = row.entity
                print("\n\(current)")
            }
            print(String(format: "  %.3f  ", row.score) + "\(row.article):\(row.passage)  \(row.title)")
            print("         \(Snippet.cut(row.text, 110))")
            print("         why: \(row.why)")
        }
    }
}
