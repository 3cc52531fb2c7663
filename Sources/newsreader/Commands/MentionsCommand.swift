import ArgumentParser
import NewsCore

struct MentionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mentions", abstract: "Every mention, or every mention of one entity (name or alias).")

    @OptionGroup var options: CorpusOptions

    @Argument(help: "An entity's name or alias; all entities when left out.")
    var entity: String?

    struct Row: Encodable {
        var article: String
        var passage: Int
        var entity: String
        var type: String
        var parent: String?
        var text: String
        var start: Int
        var end: Int
        var via: String
        /// For money figures and percentages: the entity the figure is said of.
        var subject: String?
        var value: Double?
    }

    func run() throws {
        let index = try options.open()
        let library = index.library, entities = library.entities
        var wanted: Set<Int>?
        // Every article, or those the library finds the entity in (products for their maker).
        var articles = Array(0..<library.articleCount)
        if let entity {
            guard let id = index.entityID(named: entity) else {
                throw UserError("no entity '\(entity)' in \(library.name); `newsreader entities` lists them")
            }
            // A maker's mentions include the products named after it.
            wanted = Set(entities.entities.filter { $0.id == id || entities.parent(of: $0.id) == id }.map(\.id))
            articles = library.articles(mentioningAll: [id])
        }
        var rows: [Row] = []
        for a in articles {
            let article = library.article(a), tags = library.tags(a)
            for passage in article.passages {
                let mentions = passage.index < tags.mentions.count ? tags.mentions[passage.index] : []
                let figures = passage.index < tags.figures.count ? tags.figures[passage.index] : []
                for mention in mentions where wanted?.contains(mention.entity) ?? true {
                    let entity = entities[mention.entity]
                    let figure = figures.first { $0.range == mention.range }
                    rows.append(Row(
                        article: article.path, passage: passage.index, entity: entity.name,
                        type: entity.type.rawValue, parent: entity.parent,
                        text: TextOffsets.slice(passage.text, mention.range),
                        start: TextOffsets.scalarOffset(ofUTF8: mention.range.lowerBound, in: passage.text),
                        end: TextOffsets.scalarOffset(ofUTF8: mention.range.upperBound, in: passage.text),
                        via: mention.via.rawValue,
                        subject: figure?.subject.map { entities[$0].name }, value: figure?.value))
                }
            }
        }
        if options.json { return try Terminal.printJSON(rows) }
        print(TextTable.render(
            header: ["ARTICLE:PASSAGE", "AT", "ENTITY", "TEXT"],
            rows: rows.map {
                ["\($0.article):\($0.passage)", "\($0.start)-\($0.end)",
                 $0.entity + ($0.subject.map { " (of \($0))" } ?? ""), $0.text]
            },
            rightAligned: [1], flexible: 0))
    }
}
