/// Every entity known for a corpus, catalog entries first, with lookup by canonical name.
public struct EntityTable: Sendable {
    public private(set) var entities: [Entity]
    private var byName: [String: Int]

    public init(_ entities: [Entity] = []) {
        self.entities = []
        self.byName = [:]
        for entity in entities { add(entity) }
    }

    /// Adds an entity unless one of the same name (case-insensitively) exists; returns its id.
    @discardableResult
    public mutating func add(_ entity: Entity) -> Int {
        let key = entity.name.lowercased()
        if let existing = byName[key] { return existing }
        var entity = entity
        entity.id = entities.count
        entities.append(entity)
        byName[key] = entity.id
        return entity.id
    }

    public func id(named name: String) -> Int? { byName[name.lowercased()] }

    public subscript(id: Int) -> Entity { entities[id] }

    /// The entity's parent (the maker a product is named after), when the table holds it.
    public func parent(of id: Int) -> Int? {
        entities[id].parent.flatMap { self.id(named: $0) }
    }
}
