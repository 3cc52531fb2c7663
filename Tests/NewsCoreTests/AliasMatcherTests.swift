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

    /// A passage's matches are the same scanned with its article's other passages as alone,
    /// where a name could run on into the next passage or a plural "s" start it.
    @Test func matchesInEachTextAreThoseOfTheTextAlone() {
        let texts: [String?] = ["Marc Andreessen", "Horowitz said", nil, "Meta", "s and the U.S.", "H800", "s sold",
                                "Deep", "Seek R1 by DeepSeek", "", "Nvidia's", "US-", "led talks in America",
                                String(repeating: "Meta and H800s beat DeepSeek R1 in the US. ", count: 20), "High-", "Flyer"]
        let each = matcher.matches(inEach: texts)
        #expect(each.count == texts.count)
        for (text, found) in zip(texts, each) {
            #expect(found == (text.map { matcher.matches(in: $0) } ?? []), "\(text ?? "nil")")
        }
        #expect(each[0] == [AliasMatch(entity: 2, range: 0..<15)])
        #expect(each[1] == [AliasMatch(entity: 9, range: 0..<8)])
        #expect(each[5] == [AliasMatch(entity: 7, range: 0..<4)])
        #expect(matcher.matches(inEach: []) == [])
    }

    /// Texts from 256 bytes on are scanned as two interleaved halves; the result must be the
    /// one pass's, whatever falls at the split.
    @Test func twoStreamsFindExactlyWhatOnePassFinds() {
        let vocabulary = ["Marc", "Andreessen", "Horowitz", "Andreessen Horowitz", "Meta", "Meta’s", "DeepSeek",
                          "Deep", "Seek", "DeepSeek R1", "DeepSeek-R1", "R1", "H800s", "H800", "US", "us", "U.S.",
                          "America", "High-Flyer", "High", "the", "and", "Nvidia's", "NVIDIA", "é", "—", "£5",
                          "Deep\u{A0}Seek", "of", "(Meta)", "US-led", "Marc Andreessen Horowitz"]
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let separators = [" ", " ", " ", ", ", ". ", "\n", "-", "\u{A0}", " — "]
        var compared = 0
        for _ in 0..<400 {
            var text = ""
            let length = 256 + next(1_500)
            while text.utf8.count < length {
                text += vocabulary[next(vocabulary.count)] + separators[next(separators.count)]
            }
            var copy = text
            let (two, one) = copy.withUTF8 { (matcher.matches(inUTF8: $0, twoStreams: true), matcher.matches(inUTF8: $0, twoStreams: false)) }
            #expect(two == one, "\(text)")
            compared += one.count
        }
        #expect(compared > 10_000)
    }

    /// The split falls on the space inside "Andreessen Horowitz": the first half carries the
    /// partial match over it, so the name is found whole and "Horowitz" is not found alone.
    @Test func aNameAcrossTheSplitIsFoundWhole() {
        let filler = String(repeating: "x", count: 200)
        let text = filler + " Andreessen Horowitz " + filler
        let middle = text.utf8.count / 2
        let space = text.utf8.index(text.utf8.startIndex, offsetBy: 201 + "Andreessen".utf8.count)
        #expect(text.utf8[space] == 0x20)
        #expect(text.utf8.distance(from: text.utf8.startIndex, to: space) >= middle)
        #expect(EntityFixtures.found(matcher, entities, in: text) == ["Andreessen Horowitz=Andreessen Horowitz"])
    }

    /// No space near the middle: one pass, same result.
    @Test func aTextWithoutASpaceNearTheMiddleIsScannedInOnePass() {
        let text = "Meta " + String(repeating: "x", count: 2_000) + " Nvidia"
        #expect(EntityFixtures.found(matcher, entities, in: text) == ["Meta=Meta", "Nvidia=Nvidia"])
    }
}
