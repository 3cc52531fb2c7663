import Foundation

/// Parses the human-edited catalog format:
///
///     # comment
///     organisation: DeepSeek
///         Deep Seek
///     product: DeepSeek R1 < DeepSeek      (a product named after its maker)
///     place: United States
///         =US                               ('=': this exact case only)
///
/// The canonical name is an alias too. Aliases without '=' get the default case rule
/// (`CaseRule.isExactByDefault`).
public enum CatalogParser {
    /// Type keywords, with the synonyms people write.
    static let typeNames: [String: EntityType] = [
        "organisation": .organisation, "organization": .organisation, "org": .organisation,
        "company": .organisation, "person": .person, "product": .product, "model": .product,
        "chip": .chip, "place": .place, "location": .place, "country": .place, "city": .place,
        "money": .money, "percentage": .percentage, "other": .other,
    ]

    public static func parse(_ text: String, file: String = "<catalog>") throws -> EntityCatalog {
        var catalog = EntityCatalog()
        var current: Entity? = nil
        var lineNumber = 0
        func fail(_ message: String) -> CatalogError { CatalogError(file: file, line: lineNumber, message: message) }

        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }

            if line.first == " " || line.first == "\t" {
                guard current != nil else { throw fail("alias \"\(trimmed)\" comes before any entity line") }
                let exact = trimmed.hasPrefix("=")
                let spelling = (exact ? trimmed.dropFirst() : trimmed).trimmingSpaces()
                guard !spelling.isEmpty else { throw fail("empty alias after '='") }
                let alias = exact ? Alias(String(spelling), exactCase: true) : CaseRule.alias(String(spelling))
                if !current!.aliases.contains(alias) { current!.aliases.append(alias) }
                continue
            }

            guard let colon = trimmed.firstIndex(of: ":") else {
                throw fail("expected \"<type>: <name>\" or an indented alias, found \"\(trimmed)\"")
            }
            let typeWord = trimmed[..<colon].trimmingSpaces().lowercased()
            guard let type = typeNames[typeWord] else {
                let known = "organisation, person, product, chip, place, money, percentage, other"
                throw fail("unknown type \"\(typeWord)\" (expected one of: \(known))")
            }
            var name = trimmed[trimmed.index(after: colon)...].trimmingSpaces()
            var parent: String? = nil
            if name.hasSuffix(" <") { throw fail("missing parent name after '<'") }
            if let bracket = name.range(of: " < ") {
                parent = String(name[bracket.upperBound...].trimmingSpaces())
                name = name[..<bracket.lowerBound].trimmingSpaces()
                guard !parent!.isEmpty else { throw fail("missing parent name after '<'") }
            }
            guard !name.isEmpty else { throw fail("missing canonical name after \"\(typeWord):\"") }
            if let entity = current { catalog.add(entity) }
            current = Entity(id: 0, name: String(name), type: type, aliases: [CaseRule.alias(String(name))],
                             parent: parent, origin: .catalog)
        }
        if let entity = current { catalog.add(entity) }
        return catalog
    }
}

extension StringProtocol {
    /// Drops leading and trailing spaces and tabs.
    func trimmingSpaces() -> SubSequence {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[start..<end]
    }
}
