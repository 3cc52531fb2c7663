import ArgumentParser
import NewsCore

struct EntitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entities",
        abstract: "Entities with type, source (catalog or discovered), aliases, articles and mentions.")

    @OptionGroup var options: CorpusOptions

    @Option(name: .long, help: "Only entities of this type (organisation, person, product, chip, place, money, percentage, other).")
    var type: String?

    struct Row: Encodable {
        var name: String
        var type: String
        var source: String
        var parent: String?
        var aliases: [String]
        var articles: Int
        var mentions: Int
    }

    func run() throws {
        let library = try options.open().library
        if let type, EntityType(rawValue: type) == nil {
            throw UserError("unknown type '\(type)'; one of: \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let rows = library.entities.entities
            .filter { type == nil || $0.type.rawValue == type }
            .map { entity in
                let stats = library.stats(entity.id)
                return Row(name: entity.name, type: entity.type.rawValue, source: entity.origin.rawValue,
                           parent: entity.parent, aliases: entity.aliases.map(\.text),
                           articles: stats.articles, mentions: stats.mentions)
            }
            .sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
        if options.json { return try Terminal.printJSON(rows) }
        print(TextTable.render(
            header: ["MENTIONS", "ARTICLES", "TYPE", "SOURCE", "NAME", "ALIASES"],
            rows: rows.map { row in
                ["\(row.mentions)", "\(row.articles)", row.type, row.source,
                 row.name + (row.parent.map { " < \($0)" } ?? ""),
                 row.aliases.filter { $0 != row.name }.joined(separator: ", ")]
            },
            rightAligned: [0, 1], flexible: 5))
    }
}
