import Foundation
import Testing
@testable import NewsCore

/// Builds `TaggedCorpus` values by hand for linking and search tests, standing in for the tagger:
/// mentions are found by case-sensitive substring search of each alias at word boundaries
/// (longest first, no overlaps), figures by a small pattern for "$5.6 million", "$6M" and
/// "12 percent"/"12%", each figure's subject being the nearest mention in its passage.
enum LinkFixture {
    struct EntitySpec {
        var name: String
        var type: EntityType = .organisation
        var aliases: [String] = []
        var parent: String? = nil
    }

    struct ArticleSpec {
        var path: String
        var passages: [String]
        /// Indices of passages to mark as chrome (never linked or searched).
        var chrome: Set<Int> = []
    }

    static func entity(_ name: String, _ type: EntityType = .organisation, aliases: [String] = [],
                       parent: String? = nil) -> EntitySpec {
        EntitySpec(name: name, type: type, aliases: aliases, parent: parent)
    }

    static func tagged(_ articles: [ArticleSpec], entities specs: [EntitySpec]) -> TaggedCorpus {
        let table = EntityTable(specs.enumerated().map { index, spec in
            Entity(id: index, name: spec.name, type: spec.type,
                   aliases: ([spec.name] + spec.aliases).map { Alias($0, exactCase: true) },
                   parent: spec.parent, origin: .catalog)
        })
        let corpus = Corpus(name: "fixture", articles: articles.map { spec in
            Article(path: spec.path, title: spec.passages.first ?? "", raw: spec.passages.joined(separator: "\n"),
                    passages: spec.passages.enumerated().map { index, text in
                        Passage(index: index, kind: spec.chrome.contains(index) ? .chrome : .body, text: text)
                    })
        })
        var mentions: [[[Mention]]] = []
        var figures: [[[Figure]]] = []
        var postings: [Int: Set<PassageID>] = [:]
        for (articleIndex, article) in corpus.articles.enumerated() {
            var articleMentions: [[Mention]] = [], articleFigures: [[Figure]] = []
            for passage in article.passages {
                let id = PassageID(article: articleIndex, passage: passage.index)
                guard passage.kind.isContent else { articleMentions.append([]); articleFigures.append([]); continue }
                let found = findMentions(in: passage.text, table: table, passage: id)
                for mention in found {
                    postings[mention.entity, default: []].insert(id)
                    if let parent = table.parent(of: mention.entity) { postings[parent, default: []].insert(id) }
                }
                articleMentions.append(found)
                articleFigures.append(findFigures(in: passage.text, mentions: found, passage: id))
            }
            mentions.append(articleMentions)
            figures.append(articleFigures)
        }
        // Subjects as the real pipeline (NewsIndex) picks them, with the article's context.
        return FigureSubject.assign(TaggedCorpus(corpus: corpus, entities: table, mentions: mentions, figures: figures,
                                                 postings: postings.mapValues { $0.sorted() }))
    }

    static func findMentions(in text: String, table: EntityTable, passage: PassageID) -> [Mention] {
        let bytes = Array(text.utf8)
        var candidates: [(range: Range<Int>, entity: Int)] = []
        for entity in table.entities {
            for alias in entity.aliases {
                let needle = Array(alias.text.utf8)
                guard !needle.isEmpty, needle.count <= bytes.count else { continue }
                for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
                    let end = start + needle.count
                    let before = start == 0 ? UInt8(ascii: " ") : bytes[start - 1]
                    let after = end == bytes.count ? UInt8(ascii: " ") : bytes[end]
                    if isWordByte(before) || isWordByte(after) { continue }
                    candidates.append((start..<end, entity.id))
                }
            }
        }
        candidates.sort { $0.range.count != $1.range.count ? $0.range.count > $1.range.count : $0.range.lowerBound < $1.range.lowerBound }
        var kept: [Mention] = []
        for candidate in candidates where !kept.contains(where: { $0.range.overlaps(candidate.range) }) {
            kept.append(Mention(entity: candidate.entity, passage: passage, range: candidate.range))
        }
        return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    static func findFigures(in text: String, mentions: [Mention], passage: PassageID) -> [Figure] {
        var figures: [Figure] = []
        let money = /\$([0-9][0-9,]*(?:\.[0-9]+)?)(?:\s?(million|billion|trillion|bn|M|m)\b)?/
        let percent = /([0-9]+(?:\.[0-9]+)?)\s?(%|percent\b)/
        let scales: [String: Double] = ["million": 1e6, "m": 1e6, "M": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12]
        func range(_ match: Range<String.Index>) -> Range<Int> {
            text.utf8.distance(from: text.startIndex, to: match.lowerBound)..<text.utf8.distance(from: text.startIndex, to: match.upperBound)
        }
        func subject(_ range: Range<Int>) -> Int? {
            mentions.min { distance($0.range, range) < distance($1.range, range) }?.entity
        }
        for match in text.matches(of: money) {
            let number = Double(match.1.replacingOccurrences(of: ",", with: "")) ?? 0
            let value = number * (match.2.map { scales[String($0)] ?? 1 } ?? 1)
            let bytes = range(match.range)
            figures.append(Figure(kind: .money, text: String(text[match.range]), value: value, currency: "USD",
                                  passage: passage, range: bytes, subject: subject(bytes)))
        }
        for match in text.matches(of: percent) {
            let bytes = range(match.range)
            figures.append(Figure(kind: .percentage, text: String(text[match.range]), value: Double(match.1) ?? 0,
                                  currency: nil, passage: passage, range: bytes, subject: subject(bytes)))
        }
        return figures.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound : a.lowerBound >= b.upperBound ? a.lowerBound - b.upperBound : 0
    }
}

/// Splits the seed files into passages the way the loader will, roughly: one passage per line,
/// except 003 whose lines are hard-wrapped mid-sentence and are joined until a line ends a sentence.
enum SeedPassages {
    static func passages(_ prefix: String) throws -> [String] {
        let text = String(decoding: try SharedData.seedBytes(prefix), as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map(repairingMojibake)
        guard prefix == "003" else { return lines }
        var passages: [String] = [], current = ""
        for line in lines {
            current += current.isEmpty ? line : " " + line
            if let last = line.last, ".?!”\"".contains(last) {
                passages.append(current)
                current = ""
            }
        }
        if !current.isEmpty { passages.append(current) }
        return passages
    }

    /// Seed 002 is UTF-8 read as Windows-1257; the repair is not the linker's job, so the few
    /// sequences it holds are mapped back by hand.
    private static func repairingMojibake(_ line: String) -> String {
        [("ā€™", "’"), ("ā€œ", "“"), ("ā€”", "—"), ("ā€“", "–"), ("ā€¦", "…"), ("ā€", "”")]
            .reduce(line) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }

    static let entities: [LinkFixture.EntitySpec] = [
        LinkFixture.entity("DeepSeek", aliases: ["Deep Seek"]),
        LinkFixture.entity("DeepSeek R1", .product, aliases: ["R1"], parent: "DeepSeek"),
        LinkFixture.entity("Nvidia", aliases: ["NVIDIA", "NVDA"]),
        LinkFixture.entity("H800", .chip, aliases: ["H800s"], parent: "Nvidia"),
        LinkFixture.entity("OpenAI"),
        LinkFixture.entity("Meta"),
        LinkFixture.entity("Marc Andreessen", .person, aliases: ["Andreessen"]),
        LinkFixture.entity("Liang Wenfeng", .person, aliases: ["Liang"]),
        LinkFixture.entity("China", .place),
        LinkFixture.entity("United States", .place, aliases: ["US", "U.S."]),
        LinkFixture.entity("Joe Biden", .person, aliases: ["Biden"]),
        LinkFixture.entity("Apple App Store", .product, aliases: ["App Store"]),
    ]

    static func corpus() throws -> TaggedCorpus {
        let articles = try ["000", "001", "002", "003", "004"].map { prefix in
            LinkFixture.ArticleSpec(path: "seeds/\(prefix).txt", passages: try passages(prefix))
        }
        return LinkFixture.tagged(articles, entities: entities)
    }
}

@Suite struct LinkFixtureTests {
    @Test func findsMentionsAtWordBoundariesLongestFirst() {
        let corpus = LinkFixture.tagged(
            [.init(path: "a", passages: ["DeepSeek R1 beat Metaverse; Meta spent $5.6 million."])],
            entities: [LinkFixture.entity("DeepSeek"), LinkFixture.entity("DeepSeek R1", .product, parent: "DeepSeek"),
                       LinkFixture.entity("Meta")])
        let mentions = corpus.mentions(in: PassageID(article: 0, passage: 0))
        #expect(mentions.map(\.entity) == [1, 2])
        #expect(corpus.postings[0] == [PassageID(article: 0, passage: 0)])
        let figure = corpus.figures(in: PassageID(article: 0, passage: 0)).first
        #expect(figure?.value == 5_600_000)
        #expect(figure?.subject == 2)
    }
}
