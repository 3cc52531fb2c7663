import ArgumentParser
import Foundation
import NewsCore
import NewsStore

/// Options every command shares: which corpus, which extra catalog, and the output form.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Folder or file of articles (repeatable).", valueName: "path"))
    var corpus: [String] = []

    @Option(name: .long, help: ArgumentHelp("An extra entity catalog, merged last.", valueName: "file"))
    var entities: String?

    @Flag(name: .long, help: "Print JSON instead of text.")
    var json = false

    @Flag(name: .long, help: "Do not discover entities beyond the catalogs.")
    var noDiscover = false

    /// The paths to read: those given, else the project's own corpus.
    var corpusPaths: [String] { corpus.isEmpty ? [DefaultPaths.corpus] : corpus }

    /// Loads, tags and indexes the corpus, printing what was skipped on stderr.
    func open() throws -> NewsIndex {
        let catalogs = try CatalogFiles.resolve(
            corpusPaths: corpusPaths, extra: entities,
            environment: ProcessInfo.processInfo.environment)
        let index = try MemoryIndex.open(paths: corpusPaths, catalogFiles: catalogs, discover: !noDiscover)
        for problem in index.corpus.problems {
            Terminal.warn("skipped \(problem.path): \(problem.reason)")
        }
        return index
    }
}
