import Foundation

/// Entity definitions read from catalog files; `entities` feeds the tagger.
public struct EntityCatalog: Sendable, Hashable {
    /// Definitions in file order; `id` is the position.
    public private(set) var entities: [Entity]
    /// Positions by lowercased canonical name: a catalog of 10,000 entries compared each new
    /// one with every earlier one, lowercasing both, 50 million times.
    private var positions: [String: Int] = [:]

    public init(entities: [Entity] = []) {
        self.entities = []
        for entity in entities { add(entity) }
    }

    /// Adds a definition, or adds its aliases (and a missing parent) to the entity of the same
    /// canonical name, compared case-insensitively.
    public mutating func add(_ entity: Entity) {
        let key = entity.name.lowercased()
        if let index = positions[key] {
            for alias in entity.aliases where !entities[index].aliases.contains(alias) {
                entities[index].aliases.append(alias)
            }
            if entities[index].parent == nil { entities[index].parent = entity.parent }
        } else {
            var entity = entity
            entity.id = entities.count
            entity.origin = .catalog
            positions[key] = entities.count
            entities.append(entity)
        }
    }

    /// Later catalogs extend earlier ones: the project catalog, then the user's, then `--entities`.
    public static func merge(_ catalogs: [EntityCatalog]) -> EntityCatalog {
        var merged = EntityCatalog()
        for catalog in catalogs {
            for entity in catalog.entities { merged.add(entity) }
        }
        return merged
    }

    /// Reads and parses a catalog file.
    public static func load(path: String) throws -> EntityCatalog {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CatalogError(file: path, line: 0, message: "cannot read the catalog file")
        }
        return try CatalogParser.parse(String(decoding: data, as: UTF8.self), file: path)
    }

    /// The user's catalog: `$XDG_CONFIG_HOME/newsreader/entities.catalog`, or
    /// `$HOME/.config/newsreader/entities.catalog` when XDG_CONFIG_HOME is unset, empty or
    /// relative (as the XDG specification says). Nil when neither variable helps.
    public static func defaultUserCatalogPath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return join(config, "newsreader/entities.catalog")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return join(home, ".config/newsreader/entities.catalog")
        }
        return nil
    }

    private static func join(_ directory: String, _ rest: String) -> String {
        directory.hasSuffix("/") ? directory + rest : directory + "/" + rest
    }
}

/// A catalog line that could not be understood, with where it is.
public struct CatalogError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the file itself could not be read.
    public var line: Int
    public var message: String

    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
