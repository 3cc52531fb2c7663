import Testing
@testable import NewsCore

/// Figures, their subjects and the links they make on the real seeds with the shipped catalog.
extension SeedPipelineTests {
    func figure(_ text: String, inArticle prefix: String, of index: NewsIndex) throws -> Figure {
        let a = try article(prefix, in: index)
        return try #require(index.library.tags(a).figures.joined().first { $0.text == text })
    }

    @Test func costFiguresAreSaidOfTheLabNotAPlaceOrAChip() throws {
        let index = try index()
        let deepseek = try #require(index.entities.id(named: "DeepSeek"))
        #expect(try figure("$5.6 million", inArticle: "003", of: index).subject == deepseek)
        #expect(try figure("$6 million dollars", inArticle: "004", of: index).subject == deepseek)
    }

    @Test func sellOffDoesNotLinkFirstToStargatesBudget() throws {
        let index = try index()
        let a000 = try article("000", in: index)
        let deepseek = try #require(index.entities.id(named: "DeepSeek"))
        let source = PassageID(article: a000, passage: 1)
        #expect(index.library.passage(source).text.contains("$969 billion"))
        let top = try #require(index.linker.related(to: source, entity: deepseek, limit: 1).first)
        #expect(!index.library.passage(top.target).text.contains("$500 billion"))
    }

    /// The entity names tagged in the passage of an article that contains `text`.
    func entities(inPassageContaining text: String, article prefix: String, of index: NewsIndex) throws -> [String] {
        let a = try article(prefix, in: index)
        let passage = try #require(index.library.article(a).passages.first { $0.text.contains(text) })
        return index.library.mentions(in: PassageID(article: a, passage: passage.index)).map { index.entities[$0.entity].name }
    }

    @Test func bankOfChinaAndManhattanProjectAreNotPlaces() throws {
        let index = try index()
        let bank = try entities(inPassageContaining: "the Bank of China", article: "004", of: index)
        #expect(bank.contains("Bank of China"))
        #expect(!bank.contains("China"))
        let project = try entities(inPassageContaining: "Manhattan Project moment", article: "000", of: index)
        #expect(project.contains("Manhattan Project"))
        #expect(!project.contains("Manhattan"))
    }
}
