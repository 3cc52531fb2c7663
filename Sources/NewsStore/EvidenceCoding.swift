import NewsCore

/// One article's `TagEvidence` as the two blobs of `article_evidence`: its candidate names
/// (each seen in this one article) and its figure names in text order.
enum EvidenceCoding {
    static func encode(names: [String: EntityDiscovery.Evidence]) -> [UInt8] {
        var writer = ByteWriter()
        writer.int32(names.count)
        // Sorted, so the same article always gives the same bytes.
        for (name, seen) in names.sorted(by: { $0.key < $1.key }) {
            writer.string(name)
            writer.byte(kindCode(seen.kind))
            writer.int32(seen.occurrences)
            writer.int32(seen.midSentence)
            writer.int32(seen.afterHonorific)
            writer.int32(seen.lowercase)
            writer.int32(seen.organisationCues)
        }
        return writer.bytes
    }

    static func decodeNames(_ bytes: [UInt8]) throws -> [String: EntityDiscovery.Evidence] {
        var reader = ByteReader(bytes)
        let count = try reader.int32()
        var names: [String: EntityDiscovery.Evidence] = [:]
        names.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) {
            let name = try reader.string()
            let kind = try self.kind(try reader.byte())
            names[name] = EntityDiscovery.Evidence(articles: 1, occurrences: try reader.int32(), midSentence: try reader.int32(),
                                                   afterHonorific: try reader.int32(), lowercase: try reader.int32(),
                                                   organisationCues: try reader.int32(), kind: kind)
        }
        return names
    }

    static func encode(figures: [TagEvidence.FigureName]) -> [UInt8] {
        var writer = ByteWriter()
        writer.int32(figures.count)
        for figure in figures {
            writer.string(figure.name)
            writer.byte(figure.kind == .money ? 0 : 1)
        }
        return writer.bytes
    }

    static func decodeFigures(_ bytes: [UInt8]) throws -> [TagEvidence.FigureName] {
        var reader = ByteReader(bytes)
        let count = try reader.int32()
        var figures: [TagEvidence.FigureName] = []
        figures.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) {
            let name = try reader.string()
            figures.append(TagEvidence.FigureName(name: name, kind: try reader.byte() == 0 ? .money : .percentage))
        }
        return figures
    }

    static func kindCode(_ kind: EntityDiscovery.Kind) -> UInt8 {
        switch kind {
        case .name: 0
        case .acronym: 1
        case .model: 2
        }
    }

    static func kind(_ code: UInt8) throws -> EntityDiscovery.Kind {
        switch code {
        case 0: .name
        case 1: .acronym
        case 2: .model
        default: throw ByteReader.Overrun()
        }
    }
}
