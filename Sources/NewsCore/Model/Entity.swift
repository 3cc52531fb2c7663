/// The kinds of named things the reader tags.
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case organisation
    case person
    case product
    case chip
    case place
    case money
    case percentage
    /// Discovered names whose kind could not be told.
    case other
}

/// Where an entity's definition came from; catalog entries always win over discovered ones.
public enum EntityOrigin: String, Sendable, Hashable, Codable {
    case catalog
    case discovered
}

/// One alias as written in a catalog, with its case rule.
public struct Alias: Sendable, Hashable {
    public var text: String
    /// When true only this exact spelling (and no other casing) matches: "US" but never "us".
    public var exactCase: Bool

    public init(_ text: String, exactCase: Bool) {
        self.text = text
        self.exactCase = exactCase
    }
}

/// A named thing: a catalog entry or a discovered one.
public struct Entity: Sendable, Hashable {
    /// Position in `EntityTable.entities`.
    public var id: Int
    /// Canonical name, unique in a table (case-insensitively).
    public var name: String
    public var type: EntityType
    /// Every spelling that names it, the canonical name included.
    public var aliases: [Alias]
    /// Canonical name of the maker a product is named after ("DeepSeek" for "DeepSeek R1").
    public var parent: String?
    public var origin: EntityOrigin

    public init(id: Int, name: String, type: EntityType, aliases: [Alias], parent: String? = nil,
                origin: EntityOrigin) {
        self.id = id
        self.name = name
        self.type = type
        self.aliases = aliases
        self.parent = parent
        self.origin = origin
    }
}
