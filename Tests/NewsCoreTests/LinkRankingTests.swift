import Testing
@testable import NewsCore

@Suite struct LinkRankingTests {
    static let tagged = LinkFixture.tagged([
        .init(path: "a.txt", passages: [
            "DeepSeek trained its model for $5.6 million on Nvidia chips.",
            "DeepSeek also trained something else entirely.",
        ]),
        .init(path: "b.txt", passages: [
            "Critics doubt DeepSeek trained the model for just $6 million using Nvidia chips.",
            "Advertisement: DeepSeek trained model $6 million Nvidia chips",
        ], chrome: [1]),
        .init(path: "c.txt", passages: [
            "DeepSeek opened an office in Hangzhou.",
            "The model was trained on 2,048 chips for roughly $6 million, far below rivals.",
        ]),
        .init(path: "d.txt", passages: ["Sales of the DeepSeek R1 app reached $1.6 billion."]),
    ], entities: [
        LinkFixture.entity("DeepSeek"), LinkFixture.entity("Nvidia"),
        LinkFixture.entity("DeepSeek R1", .product, parent: "DeepSeek"),
    ])
    let linker = PassageLinker(Self.tagged)
    let source = PassageID(article: 0, passage: 0)

    @Test func ranksTheSamePointFirstAndSkipsOwnArticleAndChrome() {
        let related = linker.related(to: source, entity: 0, limit: 10)
        #expect(related.first?.target == PassageID(article: 1, passage: 0))
        #expect(!related.contains { $0.target.article == 0 })
        #expect(!related.contains { $0.target == PassageID(article: 1, passage: 1) })
        #expect(related.map(\.score) == related.map(\.score).sorted(by: >))
        let why = related[0].why
        #expect(why.sharedWords.contains("trained"))
        #expect(why.sharedEntityNames == ["Nvidia"])
        #expect(why.figure?.description == "$5.6 million ~ $6 million")
        #expect(why.description.contains("figures: $5.6 million ~ $6 million"))
    }

    @Test func productsLinkThroughTheirMaker() {
        let related = linker.related(to: source, entity: 0, limit: 10)
        #expect(related.contains { $0.target == PassageID(article: 3, passage: 0) })
    }

    @Test func onPointPassagesOfArticlesAboutTheEntityComeInDiscounted() throws {
        let related = linker.related(to: source, entity: 0, limit: 10)
        let context = related.first { $0.target == PassageID(article: 2, passage: 1) }
        #expect(context?.why.entityMentioned == false)
        #expect(context?.why.description.hasSuffix("named elsewhere in the article") == true)
        let office = related.first { $0.target == PassageID(article: 2, passage: 0) }
        #expect(office != nil)
        #expect(try #require(context).score > office?.score ?? 0)
    }

    @Test func limitKeepsTheBest() {
        let all = linker.related(to: source, entity: 0, limit: 10)
        #expect(linker.related(to: source, entity: 0, limit: 2) == Array(all.prefix(2)))
        #expect(linker.related(to: source, entity: 0, limit: 0).isEmpty)
    }

    @Test func withoutAnEntityGroupsByEveryEntityOfThePassage() {
        let groups = linker.groups(for: source, limit: 3)
        #expect(groups.map(\.entity) == [0, 1])
        #expect(linker.related(to: source, entity: nil, limit: 3) == groups.flatMap(\.passages))
        #expect(groups[1].passages.first?.target == PassageID(article: 1, passage: 0))
    }
}

@Suite struct LinkFigureTests {
    func money(_ value: Double, _ text: String, subject: Int? = nil, currency: String = "USD") -> Figure {
        Figure(kind: .money, text: text, value: value, currency: currency, passage: PassageID(article: 0, passage: 0),
               range: 0..<text.utf8.count, subject: subject)
    }

    func percent(_ value: Double) -> Figure {
        Figure(kind: .percentage, text: "\(value)%", value: value, currency: nil,
               passage: PassageID(article: 0, passage: 0), range: 0..<3)
    }

    @Test func moneyWithinAFactorOfTwoIsComparableAndCloserScoresMore() throws {
        let near = try #require(FigureMatch.match(money(5.6e6, "$5.6 million"), money(6e6, "$6 million")))
        let far = try #require(FigureMatch.match(money(5.6e6, "$5.6 million"), money(10e6, "$10 million")))
        #expect(near.kind == .comparable && far.kind == .comparable)
        #expect(near.score > far.score)
        #expect(FigureMatch.match(money(5.6e6, "$5.6 million"), money(6e6, "£6 million", currency: "GBP")) == nil)
    }

    @Test func sameSubjectButFarApartIsTheSameTopic() throws {
        #expect(FigureMatch.match(money(5.6e6, "$5.6 million"), money(1.6e9, "$1.6 billion")) == nil)
        let topic = try #require(FigureMatch.match(money(5.6e6, "$5.6 million", subject: 3),
                                                   money(1.6e9, "$1.6 billion", subject: 3)))
        #expect(topic.kind == .sameTopic)
        #expect(topic.description == "$5.6 million vs $1.6 billion")
        let shared = try #require(FigureMatch.match(money(5.6e6, "a", subject: 3), money(6e6, "b", subject: 3)))
        let unknown = try #require(FigureMatch.match(money(5.6e6, "a"), money(6e6, "b")))
        #expect(shared.score > unknown.score)
    }

    @Test func percentagesCloseTogetherAreComparable() {
        #expect(FigureMatch.match(percent(12), percent(13))?.kind == .comparable)
        #expect(FigureMatch.match(percent(12), percent(40)) == nil)
        #expect(FigureMatch.match(percent(12), money(12, "$12")) == nil)
    }
}
