import NewsCore

/// One article's mentions and figures as the two blobs of `article_tags`. Passage ids are not
/// stored: the article's position in the corpus is only known when the corpus is loaded.
enum ArticleTagsCoding {
    static func encode(mentions: [[Mention]]) -> [UInt8] {
        var writer = ByteWriter()
        writer.int32(mentions.count)
        for passage in mentions {
            writer.int32(passage.count)
            for mention in passage {
                writer.int32(mention.entity)
                writer.int32(mention.range.lowerBound)
                writer.int32(mention.range.upperBound)
                writer.byte(viaCode(mention.via))
            }
        }
        return writer.bytes
    }

    static func decodeMentions(_ bytes: [UInt8], article: Int) throws -> [[Mention]] {
        var reader = ByteReader(bytes)
        let passages = try reader.int32()
        var result: [[Mention]] = []
        result.reserveCapacity(max(passages, 0))
        for p in 0..<max(passages, 0) {
            let count = try reader.int32()
            var mentions: [Mention] = []
            mentions.reserveCapacity(max(count, 0))
            for _ in 0..<max(count, 0) {
                let entity = try reader.int32()
                let start = try reader.int32(), end = try reader.int32()
                guard start <= end else { throw ByteReader.Overrun() }
                mentions.append(Mention(entity: entity, passage: PassageID(article: article, passage: p),
                                        range: start..<end, via: try via(try reader.byte())))
            }
            result.append(mentions)
        }
        return result
    }

    static func encode(figures: [[Figure]]) -> [UInt8] {
        var writer = ByteWriter()
        writer.int32(figures.count)
        for passage in figures {
            writer.int32(passage.count)
            for figure in passage {
                writer.byte(figure.kind == .money ? 0 : 1)
                writer.string(figure.text)
                writer.double(figure.value)
                writer.byte(figure.currency == nil ? 0 : 1)
                writer.string(figure.currency ?? "")
                writer.int32(figure.range.lowerBound)
                writer.int32(figure.range.upperBound)
                writer.int32(figure.subject ?? -1)
            }
        }
        return writer.bytes
    }

    static func decodeFigures(_ bytes: [UInt8], article: Int) throws -> [[Figure]] {
        var reader = ByteReader(bytes)
        let passages = try reader.int32()
        var result: [[Figure]] = []
        for p in 0..<max(passages, 0) {
            let count = try reader.int32()
            var figures: [Figure] = []
            for _ in 0..<max(count, 0) {
                let kind: Figure.Kind = try reader.byte() == 0 ? .money : .percentage
                let text = try reader.string()
                let value = try reader.double()
                let hasCurrency = try reader.byte() == 1
                let currency = try reader.string()
                let start = try reader.int32(), end = try reader.int32()
                guard start <= end else { throw ByteReader.Overrun() }
                let subject = try reader.int32()
                figures.append(Figure(kind: kind, text: text, value: value, currency: hasCurrency ? currency : nil,
                                      passage: PassageID(article: article, passage: p), range: start..<end,
                                      subject: subject < 0 ? nil : subject))
            }
            result.append(figures)
        }
        return result
    }

    private static func viaCode(_ via: MentionVia) -> UInt8 {
        switch via {
        case .alias: 0
        case .shortName: 1
        case .figure: 2
        }
    }

    private static func via(_ code: UInt8) throws -> MentionVia {
        switch code {
        case 0: .alias
        case 1: .shortName
        case 2: .figure
        default: throw ByteReader.Overrun()
        }
    }
}
