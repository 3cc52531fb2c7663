import NewsCore

/// Each entity type owns a small family of colours and an entity keeps one of them for good,
/// chosen by a hash of its name (FNV-1a, not Swift's seeded `hashValue`), so "Nvidia" is the
/// same blue on every screen and in every run.
enum EntityPalette {
    static func family256(_ type: EntityType) -> [UInt8] {
        switch type {
        case .organisation: [39, 45, 75, 81, 33, 69]
        case .person: [76, 114, 150, 70, 113, 149]
        case .product: [170, 176, 213, 207, 134, 141]
        case .chip: [208, 214, 172, 209]
        case .place: [178, 184, 220, 186, 143]
        case .money: [42, 43, 79]
        case .percentage: [122, 116, 86]
        case .other: [247, 250, 181, 187]
        }
    }

    /// One basic colour per type: with eight colours the type is all that can be told apart.
    static func basic(_ type: EntityType) -> UInt8 {
        switch type {
        case .organisation: 4
        case .person: 2
        case .product: 5
        case .chip: 1
        case .place: 3
        case .money, .percentage: 6
        case .other: 7
        }
    }

    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        return hash
    }

    static func color(for entity: Entity, depth: ColorDepth) -> Color {
        switch depth {
        case .monochrome: return .default
        case .eight: return .indexed(basic(entity.type))
        case .full256:
            let family = family256(entity.type)
            return .indexed(family[Int(stableHash(entity.name) % UInt64(family.count))])
        }
    }
}
