import Foundation
import Testing
@testable import NewsCore

@Suite struct DiscoveryTests {
    func corpus(_ texts: [String]) -> Corpus {
        Corpus(name: "t", articles: texts.enumerated().map { EntityFixtures.article("a\($0.offset)", $0.element) })
    }

    @Test func recurringNamesAcronymsAndModelNumbers() throws {
        let found = EntityDiscovery.discover(corpus([
            "However, analysts said Tony Blair met the BBC on Monday about the H800 chips and Acme Widgets Ltd.\nThe Bank of England agreed.",
            "Later Mr Blair told the BBC that the H800 was fine. However, Acme Widgets Ltd disagreed.\nThe Bank of England stayed quiet, as did Tony Blair.",
            "Zorblax said nothing. Paris was quiet. Once only Quibble appeared in Acme Widgets Ltd news in Paris.",
            "Zorblax again. Then Paris.",
        ]), known: [])
        let summary = found.map { "\($0.name) [\($0.type.rawValue)]" }
        // "Zorblax" only ever starts sentences; "Blair" is left to the short-name resolver;
        // "However", "Monday", "Mr" are stop words; "Quibble" occurs in one article only.
        #expect(summary == ["Acme Widgets Ltd [organisation]", "Paris [place]", "BBC [organisation]",
                            "Bank of England [organisation]", "H800 [product]", "Tony Blair [person]"])
        #expect(found.allSatisfy { $0.origin == .discovered })
        #expect(found.first { $0.name == "BBC" }?.aliases == [Alias("BBC", exactCase: true)])
    }

    @Test func catalogNamesWinAndParentsAreInferred() throws {
        let known = [EntityFixtures.entity(0, "DeepSeek", .organisation), EntityFixtures.entity(1, "Tony Blair", .person)]
        let found = EntityDiscovery.discover(corpus([
            "We tried DeepSeek Coder and DeepSeek V3 with Tony Blair and the BBC.",
            "Then DeepSeek Coder and DeepSeek V3 again, said Tony Blair to the BBC.",
        ]), known: known, firstID: 2)
        #expect(found.map(\.name) == ["BBC", "DeepSeek Coder", "DeepSeek V3", "V3"])
        #expect(found.map(\.id) == [2, 3, 4, 5])
        #expect(found.map(\.parent) == [nil, "DeepSeek", "DeepSeek", nil])
        #expect(found.map(\.type) == [.organisation, .product, .product, .product])
        #expect(!found.contains { $0.name == "Tony Blair" || $0.name == "DeepSeek" })
    }

    /// "Up" in song titles, "Time" in a film's: the same articles write the word in lower case,
    /// so it is a common word capitalised for a title. "Labour" mid-sentence, never "labour",
    /// stays a name.
    @Test func aWordTheArticlesAlsoWriteInLowerCaseIsNotAName() {
        let found = EntityDiscovery.discover(corpus([
            "The charts put Wake Me Up and Caught Up in the top ten, up from last week. Sales were up and time was short.",
            "Fans of Stand Up turned up early, said Labour and the time of Labour. It was up to them.",
            "Labour said the song Fired Up was up there with the best.",
        ]), known: [])
        let names = found.map(\.name)
        #expect(names.contains("Labour"))
        #expect(!names.contains("Up"))
    }

    /// Capitals for emphasis ("services AND lower taxes") or a shouted title ("THE LEGEND OF
    /// ZELDA") are the word itself; "NHS" beside them is an acronym.
    @Test func aFunctionWordInCapitalsIsNotAnAcronym() {
        let found = EntityDiscovery.discover(corpus([
            "They promise better services AND lower taxes, and the NHS said so. Released: THE LEGEND OF ZELDA game.",
            "We can do this AND keep the NHS whole, it WAS said. Also out: THE LEGEND OF ZELDA sequel.",
        ]), known: [])
        #expect(found.map(\.name) == ["NHS"])
    }

    @Test func pluralsMergeIntoTheSingular() {
        let found = EntityDiscovery.discover(corpus([
            "The vote went to the Tories, said a Tory member.", "A Tory spoke and the Tories agreed.",
        ]), known: [])
        #expect(found.map(\.name) == ["Tory"])
        #expect(found.first?.aliases.map(\.text) == ["Tory", "Tories"])
    }

    @Test func aNameEndingInSIsNotThePluralOfARareSingular() {
        // "Windows" is common, "Window" capitalised only once: two names, not a plural pair.
        // "Tories" and "Tory" are both in use: one name.
        let found = EntityDiscovery.discover(corpus([
            "He runs Windows at home, and Windows at work, said a Tory. The Tories agreed.",
            "Later Windows crashed by the Window and Windows was slow. A Tory and the Tories spoke.",
            "Then Windows again, as a Tory member told the Tories.",
        ]), known: [])
        #expect(found.map(\.name) == ["Tory", "Windows"])
        #expect(found.first { $0.name == "Tory" }?.aliases.map(\.text) == ["Tory", "Tories"])
        #expect(found.first { $0.name == "Windows" }?.aliases.map(\.text) == ["Windows"])
    }

    @Test func onlySingleWordsArePluralPairs() {
        let found = EntityDiscovery.discover(corpus([
            "We saw Acme Works and Acme Work posters.", "Then Acme Works and Acme Work again.",
        ]), known: [])
        #expect(found.map(\.name) == ["Acme Work", "Acme Works"])
    }

    @Test func genericWordsEndingInAnInstitutionAreNamesButTitlesAreNot() {
        let found = EntityDiscovery.discover(corpus([
            "On Monday the European Union and the Home Office spoke, as the Prime Minister and the Home Secretary did. "
                + "The European Central Bank held rates and the World Cup went on, said the Chief Executive.",
            "Later the European Union, the Home Office and the European Central Bank agreed with the Prime Minister, "
                + "the Home Secretary and the Chief Executive before the World Cup.",
        ]), known: [])
        #expect(found.map(\.name).sorted() == ["European Central Bank", "European Union", "Home Office", "World Cup"])
        #expect(found.first { $0.name == "European Union" }?.type == .place)
        #expect(found.first { $0.name == "Home Office" }?.type == .organisation)
    }

    @Test func aFamilyNameAfterAnHonorificMakesTheFullNameAPerson() {
        // "Margrethe" is on no list of given names; "Ms Vestager" says who she is.
        let found = EntityDiscovery.discover(corpus([
            "The ruling came from Margrethe Vestager in Brussels. Later Ms Vestager left.",
            "Critics wrote to Margrethe Vestager about Quorvant Axelby, the firm.",
            "Nobody called Quorvant Axelby back.",
        ]), known: [])
        #expect(found.first { $0.name == "Margrethe Vestager" }?.type == .person)
        #expect(found.first { $0.name == "Quorvant Axelby" }?.type == .other)
        #expect(!found.contains { $0.name == "Vestager" })
    }

    @Test func anAcronymIntroducedByItsExpansionIsThatEntity() {
        let found = EntityDiscovery.discover(corpus([
            "The International Monetary Fund (IMF) met. Later the IMF spoke to the Quorn Tennis Board, "
                + "and QTB staff listened. AC Milan signed Alessandro Costacurta; AC fans cheered.",
            "The International Monetary Fund, or IMF, agreed with the Quorn Tennis Board; QTB members and the "
                + "Quorn Trading Bureau too. AC Milan kept Alessandro Costacurta, said AC officials.",
            "Only the IMF this time, with AC Milan and Alessandro Costacurta. The Quorn Trading Bureau (QTB) wrote.",
            "The Quorn Trading Bureau (QTB) wrote again.",
        ]), known: [])
        let imf = found.first { $0.name == "International Monetary Fund" }
        #expect(imf?.aliases == [Alias("International Monetary Fund", exactCase: false), Alias("IMF", exactCase: true)])
        #expect(!found.contains { $0.name == "IMF" })
        // Two names it could stand for: the acronym stays its own entity.
        #expect(found.contains { $0.name == "QTB" })
        // "AC" comes before "Alessandro Costacurta", never after him.
        #expect(found.contains { $0.name == "AC" })
        #expect(found.first { $0.name == "Alessandro Costacurta" }?.aliases.count == 1)
    }

    /// "Marks & Spencer" and "AT&T" are names with an ampersand, whole: a firm (an
    /// organisation) and an acronym; "M&S" after "Marks & Spencer" is its acronym. "R&D" and
    /// "Q&A" are common abbreviations, not names.
    @Test func namesWithAnAmpersandAreWhole() {
        let found = EntityDiscovery.discover(corpus([
            "Shoppers at Marks & Spencer (M&S) saw AT&T ads. M&S blamed R&D costs in a Q&A with Ernst & Young staff.",
            "Marks & Spencer, or M&S, said AT&T and Ernst & Young agreed. The Q&A covered R&D, as AT&T said.",
            "Then Serbia & Montenegro won. Fans of Serbia & Montenegro cheered.",
            "Later Serbia & Montenegro lost.",
        ]), known: [])
        let names = found.map(\.name)
        #expect(Set(names) == ["Marks & Spencer", "AT&T", "Ernst & Young", "Serbia & Montenegro"])
        #expect(found.first { $0.name == "Marks & Spencer" }?.aliases
                == [Alias("Marks & Spencer", exactCase: false), Alias("M&S", exactCase: true)])
        #expect(found.first { $0.name == "Ernst & Young" }?.type == .organisation)
        #expect(found.first { $0.name == "AT&T" }?.type == .organisation)
        #expect(found.first { $0.name == "Serbia & Montenegro" }?.type == .place)
        #expect(!names.contains("Young") && !names.contains("Spencer"))
    }

    /// "of the" joins a title ("Lord of the Rings") or an institution ("Bank of the West"), not
    /// a person to where they work ("Simon Hart of the Countryside Alliance"); what it leaves
    /// alone is no name ("Rings").
    @Test func ofTheJoinsTitlesAndInstitutionsNotPeopleToPlaces() {
        let found = EntityDiscovery.discover(corpus([
            "Fans saw The Lord of the Rings and met Simon Hart of the Countryside Alliance at the Bank of the West.",
            "Then The Lord of the Rings won, said Mr Hart of the Countryside Alliance, and the Bank of the West paid.",
            "Opponents of the Countryside Alliance met. Many of the Tories came, as did Simon Hart.",
            "Ask the Minister of the Interior. The Minister of the Interior said no.",
            "Also the Minister of the Interior again.",
        ]), known: [])
        let names = Set(found.map(\.name))
        #expect(names.isSuperset(of: ["Lord of the Rings", "Bank of the West", "Simon Hart", "Countryside Alliance"]))
        #expect(names.isDisjoint(with: ["Rings", "Interior", "West", "Simon Hart of the Countryside Alliance",
                                        "Hart of the Countryside Alliance", "Opponents of the Countryside Alliance"]))
    }

    /// A given name that is also a stop word, used as one ("singer Will Young"), and a stop word
    /// or an honorific after a given name ("Theresa May", "Stephen King") are the person's name;
    /// "We Will Rock You" names nobody. An honorific ends a name it could not begin ("Office
    /// of the Deputy Prime Minister"), not a job ("Defence Secretary"), and a title alone is no
    /// name ("US President").
    @Test func stopWordsAndHonorificsInsideNames() {
        let found = EntityDiscovery.discover(corpus([
            "The singer Will Young met Theresa May and Stephen King. They sang We Will Rock You for the US President.",
            "Later Will Young, Theresa May and Stephen King wrote to the Office of the Deputy Prime Minister and the US President.",
            "Staff at the Office of the Deputy Prime Minister said they would sing it too, as did the Defence Secretary.",
            "Then the Defence Secretary spoke.",
        ]), known: [])
        let names = Set(found.map(\.name))
        #expect(names.isSuperset(of: ["Will Young", "Theresa May", "Stephen King", "Office of the Deputy Prime Minister"]))
        #expect(names.isDisjoint(with: ["Young", "Theresa", "Will Rock", "Rock", "US President", "Office of the Deputy Prime",
                                        "Defence Secretary"]))
        #expect(found.first { $0.name == "Theresa May" }?.type == .person)
    }

    /// "the Director General of the British Chambers of Commerce (BCC)": the acronym stands for
    /// the name after "of the", and the whole is that name with a title.
    @Test func anAcronymAfterATitledNameIsTheNamesAlias() {
        let found = EntityDiscovery.discover(corpus([
            "Said the Director General of the British Chambers of Commerce (BCC) on trade.",
            "The British Chambers of Commerce, or BCC, agreed with the Director General of the British Chambers of Commerce.",
            "Later the British Chambers of Commerce (BCC) spoke.",
        ]), known: [])
        #expect(found.first { $0.name == "British Chambers of Commerce" }?.aliases.map(\.text) == ["British Chambers of Commerce", "BCC"])
        #expect(!found.contains { $0.name.hasPrefix("Director General") || $0.name == "BCC" })
    }

    /// A name followed often enough by words said of organisations ("Zorbington manager",
    /// "Vexcorp's shares", "Quorn Party MPs") is a club, firm or party; a comma between does not
    /// count ("Quillan, chief"), nor does what a person has too ("Quillan's staff").
    @Test func aNameSaidOfAsAClubOrFirmIsAnOrganisation() {
        let found = EntityDiscovery.discover(corpus([
            "The Zorbington manager praised Vexcorp's shares rally. Then Quillan, chief of the day, spoke to Quillan.",
            "A Zorbington striker scored and Vexcorp profits rose. Quillan, chief guest, met Quillan.",
            "Zorbington fans cheered the Zorbington board as Vexcorp staff cheered too. Quillan, chief, said so to Quillan.",
            "Quillan's staff and Quillan's party met Quillan's spokesman. Three Quorn MPs and the Quorn MPs voted.",
            "Two Quorn MPs and five Quorn MPs left. Quorn MPs stayed, as did Quorn members.",
        ]), known: [])
        #expect(found.first { $0.name == "Zorbington" }?.type == .organisation)
        #expect(found.first { $0.name == "Vexcorp" }?.type == .organisation)
        #expect(found.first { $0.name == "Quillan" }?.type == .other)
        #expect(found.first { $0.name == "Quorn" }?.type == .organisation)
        #expect(!found.contains { $0.name.hasSuffix("MPs") })
    }

    @Test func anAmpersandBetweenCapitalsIsInsideAWord() {
        #expect(WordTokens.words(in: "AT&T's rock&roll, B & Q and M&S.").map(\.text) == ["AT&T", "s", "rock", "roll", "B", "Q", "and", "M&S"])
        #expect(WordTokens.words(in: "Marks & Spencer").map(\.ampersandNext) == [true, false])
    }

    @Test func initialsOfAName() {
        #expect(EntityDiscovery.initials(of: "Marks & Spencer") == "M&S")
        #expect(EntityDiscovery.initials(of: "European Union") == "EU")
        #expect(EntityDiscovery.initials(of: "UK Independence Party") == "UKIP")
        #expect(EntityDiscovery.initials(of: "Bank of England") == "BE")
        #expect(EntityDiscovery.initials(of: "Hartz IV") == nil)
    }

    @Test func parentInferenceFromNames() {
        #expect(EntityDiscovery.inferParent("DeepSeek Coder", among: ["DeepSeek"]) == "DeepSeek")
        #expect(EntityDiscovery.inferParent("DeepSeek R1", among: ["DeepSeek"]) == "DeepSeek")
        #expect(EntityDiscovery.inferParent("DeepSeek Group", among: ["DeepSeek"]) == nil)
    }

    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func bbcTopNamesAreSensible() throws {
        var articles: [Article] = []
        for section in ["business", "politics"] {
            let folder = SharedData.bbc.appendingPathComponent(section)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().prefix(150) {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                articles.append(EntityFixtures.article(section + "/" + name, text))
            }
        }
        let found = EntityDiscovery.discover(Corpus(name: "bbc", articles: articles), known: [])
        // Names and their aliases: "UK" may name the entity of "United Kingdom".
        let top = found.prefix(40).flatMap { [$0.name] + $0.aliases.map(\.text) }
        for expected in ["US", "UK", "Tony Blair", "Gordon Brown", "Labour", "BBC"] { #expect(top.contains(expected), Comment(rawValue: expected)) }
        for unwanted in ["The", "But", "However", "Mr", "Monday", "British", "Chief", "Government"] { #expect(!top.contains(unwanted), Comment(rawValue: unwanted)) }
        #expect(found.first { $0.name == "Tony Blair" }?.type == .person)
    }
}
