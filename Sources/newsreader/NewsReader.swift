import ArgumentParser
import NewsCore

@main
struct NewsReader: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "newsreader",
        abstract: "Read news articles with every entity tagged and linked across outlets.",
        subcommands: [
            ListCommand.self, ShowCommand.self, EntitiesCommand.self, MentionsCommand.self,
            RelatedCommand.self, SearchCommand.self, IndexCommand.self, RepairCommand.self, ReadCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
