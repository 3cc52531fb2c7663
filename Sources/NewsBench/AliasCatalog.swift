import Foundation
import NewsCore

/// The benchmark's catalog: the shipped catalog, the entities discovered in the BBC corpus, and
/// then capitalised word pairs from the same text until it holds `target` aliases, so tagging
/// is measured at the size the targets name (5,000 aliases).
enum AliasCatalog {
    static func build(shipped: String, corpus: Corpus, target: Int) throws -> EntityCatalog {
        var catalog = try EntityCatalog.load(path: shipped)
        for var entity in EntityDiscovery.discover(corpus, known: catalog.entities) {
            entity.origin = .catalog
            catalog.add(entity)
        }
        var count = catalog.entities.reduce(0) { $0 + $1.aliases.count }
        var seen = Set(catalog.entities.flatMap { $0.aliases.map { $0.text.lowercased() } })
        outer: for article in corpus.articles {
            for passage in article.passages {
                let words = passage.text.split(whereSeparator: { !$0.isLetter })
                for (first, second) in zip(words, words.dropFirst())
                where first.first!.isUppercase && second.first!.isUppercase && first.count > 2 && second.count > 2 {
                    let name = "\(first) \(second)"
                    guard seen.insert(name.lowercased()).inserted else { continue }
                    catalog.add(Entity(id: 0, name: name, type: .other, aliases: [Alias(name, exactCase: false)], origin: .catalog))
                    count += 1
                    if count >= target { break outer }
                }
            }
        }
        return catalog
    }

    /// One alias a line, for `rg -f`.
    static func write(_ catalog: EntityCatalog, to url: URL) throws {
        let lines = catalog.entities.flatMap { $0.aliases.map(\.text) }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
