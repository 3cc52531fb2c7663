import Foundation
@testable import NewsCore

/// Shared builders for the entity tests.
enum EntityFixtures {
    static func catalog() throws -> EntityCatalog {
        let url = SharedData.fixtures.appendingPathComponent("entities/deepseek.catalog")
        return try EntityCatalog.load(path: url.path)
    }

    static func entity(_ id: Int, _ name: String, _ type: EntityType, _ aliases: [String] = [],
                       parent: String? = nil) -> Entity {
        Entity(id: id, name: name, type: type,
               aliases: ([name] + aliases).map { $0.hasPrefix("=") ? Alias(String($0.dropFirst()), exactCase: true) : CaseRule.alias($0) },
               parent: parent, origin: .catalog)
    }

    /// (matched text, entity name) pairs, in order.
    static func found(_ matcher: AliasMatcher, _ entities: [Entity], in text: String) -> [String] {
        matcher.matches(in: text).map { "\(TextOffsets.slice(text, $0.range))=\(entities[$0.entity].name)" }
    }

    /// An article with one body passage per non-empty line.
    static func article(_ path: String, _ text: String) -> Article {
        let lines = text.split(separator: "\n").map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return Article(path: path, title: lines.first ?? path, raw: text,
                       passages: lines.enumerated().map { Passage(index: $0.offset, kind: .body, text: $0.element) })
    }
}
