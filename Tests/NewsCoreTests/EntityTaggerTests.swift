import Testing
@testable import NewsCore

@Suite struct EntityTaggerTests {
    func catalog() throws -> EntityCatalog {
        try CatalogParser.parse("""
        organisation: DeepSeek
        product: DeepSeek R1 < DeepSeek
        organisation: OpenAI
        person: Liang Wenfeng
        person: Tony Blair
        person: Ian Blair
        place: United States
            =US
        """)
    }

    func corpus(_ articles: [String]...) -> Corpus {
        Corpus(name: "t", articles: articles.enumerated().map { index, passages in
            Article(path: "a\(index)", title: "t", raw: "",
                    passages: passages.enumerated().map { Passage(index: $0.offset, kind: .body, text: $0.element) })
        })
    }

    func spans(_ tagged: TaggedCorpus, _ article: Int, _ passage: Int) -> [String] {
        let text = tagged.corpus.articles[article].passages[passage].text
        return tagged.mentions[article][passage].map {
            "\(TextOffsets.slice(text, $0.range))=\(tagged.entities[$0.entity].name)/\($0.via.rawValue)"
        }
    }

    @Test func shortNamesFollowAFullMentionInTheSameArticle() throws {
        let tagged = Tagger.tag(corpus(
            ["Liang said nothing.", "Founded by Liang Wenfeng, it grew.", "Liang has become famous; liang is not."],
            ["Liang spoke again."]), catalog: try catalog(), discover: false)
        #expect(spans(tagged, 0, 0) == [])
        #expect(spans(tagged, 0, 1) == ["Liang Wenfeng=Liang Wenfeng/alias"])
        #expect(spans(tagged, 0, 2) == ["Liang=Liang Wenfeng/short name"])
        #expect(spans(tagged, 1, 0) == [])
    }

    @Test func honorificFormsAndTheMostRecentPerson() throws {
        let tagged = Tagger.tag(corpus(
            ["Tony Blair met the press.", "Mr Blair said Prime Minister Blair would go.", "Sir Ian Blair replied.", "Blair left."]),
            catalog: try catalog(), discover: false)
        #expect(spans(tagged, 0, 1) == ["Mr Blair=Tony Blair/short name", "Prime Minister Blair=Tony Blair/short name"])
        #expect(spans(tagged, 0, 2) == ["Ian Blair=Ian Blair/alias"])
        #expect(spans(tagged, 0, 3) == ["Blair=Ian Blair/short name"])
    }

    /// Short names rule a word out as an honorific by its first byte: every word of every
    /// honorific must be capitalised ASCII.
    @Test func everyHonorificWordIsCapitalisedASCII() {
        for honorific in HonorificWords.all {
            for word in honorific.split(separator: " ") {
                #expect(word.utf8.first.map(TextBytes.isUpper) == true, "\(honorific)")
            }
        }
    }

    @Test func aDiscoveredPersonsFamilyNameAfterAnHonorificIsThatPerson() throws {
        let tagged = Tagger.tag(corpus(
            ["The ruling came from Margrethe Vestager.", "Later Ms Vestager left; Vestager was tired."],
            ["Critics wrote to Margrethe Vestager."]), catalog: try catalog(), discover: true)
        #expect(spans(tagged, 0, 1) == ["Ms Vestager=Margrethe Vestager/short name", "Vestager=Margrethe Vestager/short name"])
    }

    @Test func aCurrencyPrefixIsNotAMentionOfTheCountry() throws {
        let tagged = Tagger.tag(corpus(["DeepSeek spent US$5.6m in the US."]), catalog: try catalog(), discover: false)
        #expect(spans(tagged, 0, 0) == ["DeepSeek=DeepSeek/alias", "US$5.6m=$5.6 million/figure", "US=United States/alias"])
    }

    @Test func productMentionsPostToTheirMaker() throws {
        let tagged = Tagger.tag(corpus(["DeepSeek R1 is out.", "OpenAI replied."]), catalog: try catalog(), discover: false)
        let maker = try #require(tagged.entities.id(named: "DeepSeek"))
        let product = try #require(tagged.entities.id(named: "DeepSeek R1"))
        #expect(spans(tagged, 0, 0) == ["DeepSeek R1=DeepSeek R1/alias"])
        #expect(tagged.postings[maker] == [PassageID(article: 0, passage: 0)])
        #expect(tagged.postings[product] == [PassageID(article: 0, passage: 0)])
    }

    /// Makers of makers are posted too, each entity once, and a catalog whose makers loop ends.
    @Test func postingEntitiesClimbMakersAFewLevels() {
        let parents: [Int: Int] = [2: 1, 1: 0, 4: 5, 5: 4]
        let mentions = [2, 4, 2].map { Mention(entity: $0, passage: PassageID(article: 0, passage: 0), range: 0..<1) }
        var entities = [9, 9]
        Tagger.postingEntities(of: mentions, parent: { parents[$0] }, into: &entities)
        #expect(entities == [0, 1, 2, 4, 5])
        Tagger.postingEntities(of: [], parent: { parents[$0] }, into: &entities)
        #expect(entities == [])
    }

    @Test func figuresAreEntitiesWithSubjects() throws {
        let tagged = Tagger.tag(corpus([
            "OpenAI spends billions. DeepSeek said it spent $5.6 million on training.",
            "It cost $6 million dollars, DeepSeek said.",
            "The US is spending $500bn. Nobody knows about 3%.",
            "A 12 percent fall.",
        ]), catalog: try catalog(), discover: false)
        let figures = tagged.figures[0].flatMap { $0 }
        #expect(figures.map(\.text) == ["$5.6 million", "$6 million dollars", "$500bn", "3%", "12 percent"])
        // "The US is spending $500bn" names a place and no company: no guess. The rest of the
        // article is DeepSeek's, so unattached figures are its.
        #expect(figures.map { $0.subject.map { tagged.entities[$0].name } } == ["DeepSeek", "DeepSeek", nil, "DeepSeek", "DeepSeek"])
        #expect(spans(tagged, 0, 0) == ["OpenAI=OpenAI/alias", "DeepSeek=DeepSeek/alias", "$5.6 million=$5.6 million/figure"])
        let money = try #require(tagged.entities.id(named: "$500 billion"))
        #expect(tagged.entities[money].type == .money)
        #expect(tagged.postings[money] == [PassageID(article: 0, passage: 2)])
    }

    @Test func onlyContentPassagesAreTagged() throws {
        let article = Article(path: "x", title: "x", raw: "", passages: [
            Passage(index: 0, kind: .chrome, text: "FOR US TO BE THE LEADER, $5 million"),
            Passage(index: 1, kind: .body, text: "The US leads."),
        ])
        let tagged = Tagger.tag(Corpus(name: "c", articles: [article]), catalog: try catalog(), discover: false)
        #expect(tagged.mentions[0][0].isEmpty && tagged.figures[0][0].isEmpty)
        #expect(spans(tagged, 0, 1) == ["US=United States/alias"])
    }
}
