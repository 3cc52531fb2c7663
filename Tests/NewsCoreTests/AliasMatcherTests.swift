import Testing
@testable import NewsCore

@Suite struct AliasMatcherTests {
    let entities: [Entity] = [
        EntityFixtures.entity(0, "Meta", .organisation),
        EntityFixtures.entity(1, "United States", .place, ["=US", "=U.S.", "America"]),
        EntityFixtures.entity(2, "Marc Andreessen", .person),
        EntityFixtures.entity(3, "Andreessen Horowitz", .organisation),
        EntityFixtures.entity(4, "DeepSeek", .organisation),
        EntityFixtures.entity(5, "DeepSeek R1", .product, parent: "DeepSeek"),
        EntityFixtures.entity(6, "Nvidia", .organisation),
        EntityFixtures.entity(7, "H800", .chip),
        EntityFixtures.entity(8, "Apple", .organisation),
        EntityFixtures.entity(9, "Horowitz", .person),
        EntityFixtures.entity(10, "High-Flyer", .organisation),
    ]
    var matcher: AliasMatcher { AliasMatcher(entities: entities) }

    @Test func wholeWordsOnly() {
        #expect(EntityFixtures.found(matcher, entities, in: "Metallica played in the USB Meta room") == ["Meta=Meta"])
        #expect(EntityFixtures.found(matcher, entities, in: "MetaUS USMeta Meta2") == [])
    }

    @Test func leftmostLongestPrefersTheLongerName() {
        #expect(EntityFixtures.found(matcher, entities, in: "Andreessen Horowitz backed it") == ["Andreessen Horowitz=Andreessen Horowitz"])
        #expect(EntityFixtures.found(matcher, entities, in: "Marc Andreessen Horowitz") == ["Marc Andreessen=Marc Andreessen", "Horowitz=Horowitz"])
        #expect(EntityFixtures.found(matcher, entities, in: "DeepSeek R1 beat DeepSeek") == ["DeepSeek R1=DeepSeek R1", "DeepSeek=DeepSeek"])
    }

    @Test func exactCaseAliases() {
        #expect(EntityFixtures.found(matcher, entities, in: "let us go to the US, the U.S. and US-led talks") ==
                ["US=United States", "U.S.=United States", "US=United States"])
        #expect(EntityFixtures.found(matcher, entities, in: "Us and uS") == [])
    }

    @Test func capitalisedWordsMustStayCapitalised() {
        #expect(EntityFixtures.found(matcher, entities, in: "NVIDIA, Nvidia and nvidia") == ["NVIDIA=Nvidia", "Nvidia=Nvidia"])
        #expect(EntityFixtures.found(matcher, entities, in: "Deepseek, DEEPSEEK, deepseek") == ["Deepseek=DeepSeek", "DEEPSEEK=DeepSeek"])
        #expect(EntityFixtures.found(matcher, entities, in: "meta data, an apple, META, Apple") == ["META=Meta", "Apple=Apple"])
        #expect(EntityFixtures.found(matcher, entities, in: "american america America") == ["America=United States"])
    }

    @Test func possessivesCoverTheNameOnly() {
        let text = "DeepSeek’s model and Nvidia's chips"
        let found = matcher.matches(in: text)
        #expect(found.map(\.range) == [0..<8, 23..<29])
        #expect(found.map(\.entity) == [4, 6])
    }

    @Test func pluralsOfProductAndChipNames() {
        #expect(EntityFixtures.found(matcher, entities, in: "NVIDIA H800s and H800") == ["NVIDIA=Nvidia", "H800s=H800", "H800=H800"])
        #expect(EntityFixtures.found(matcher, entities, in: "Metas and H800ss") == [])
    }

    @Test func spacingAndHyphenVariants() {
        #expect(EntityFixtures.found(matcher, entities, in: "Deep Seek, Deep-Seek, DeepSeek-R1, Deep Seek R1, DeepSeek\u{A0}R1") ==
                ["Deep Seek=DeepSeek", "Deep-Seek=DeepSeek", "DeepSeek-R1=DeepSeek R1", "Deep Seek R1=DeepSeek R1", "DeepSeek\u{A0}R1=DeepSeek R1"])
        #expect(EntityFixtures.found(matcher, entities, in: "High Flyer and High-Flyer, not Deep seek") == ["High Flyer=High-Flyer", "High-Flyer=High-Flyer"])
    }

    @Test func boundariesAreUnicodeAware() {
        // A letter before the match (é) blocks it; curly quotes and dashes do not.
        #expect(EntityFixtures.found(matcher, entities, in: "éMeta “Meta” —Meta") == ["Meta=Meta", "Meta=Meta"])
    }

    @Test func rangesAreUTF8ByteOffsets() {
        let text = "£5 – Meta"
        #expect(matcher.matches(in: text).map(\.range) == [8..<12])
    }

    @Test func countMatchesAgreesWithMatches() {
        let text = String(repeating: "Marc Andreessen Horowitz told the US that Meta’s H800s beat DeepSeek R1. ", count: 50)
        var copy = text
        let count = copy.withUTF8 { matcher.countMatches(inUTF8: $0) }
        #expect(count == matcher.matches(in: text).count)
        #expect(count == 50 * 6)
    }
}
