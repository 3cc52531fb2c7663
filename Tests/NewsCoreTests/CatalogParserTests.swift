import Testing
@testable import NewsCore

@Suite struct CatalogParserTests {
    @Test func parsesTypesParentsAndAliases() throws {
        let text = """
        # a comment

        company: DeepSeek
            Deep Seek
        model: DeepSeek R1 < DeepSeek
        \t=R1
        country: United States
            =US
            America
        chip: H800
        """
        let catalog = try CatalogParser.parse(text, file: "t.catalog")
        let entities = catalog.entities
        #expect(entities.map(\.name) == ["DeepSeek", "DeepSeek R1", "United States", "H800"])
        #expect(entities.map(\.type) == [.organisation, .product, .place, .chip])
        #expect(entities.map(\.id) == [0, 1, 2, 3])
        #expect(entities[1].parent == "DeepSeek")
        #expect(entities[0].aliases == [Alias("DeepSeek", exactCase: false), Alias("Deep Seek", exactCase: false)])
        #expect(entities[1].aliases == [Alias("DeepSeek R1", exactCase: false), Alias("R1", exactCase: true)])
        #expect(entities[2].aliases == [Alias("United States", exactCase: false), Alias("US", exactCase: true), Alias("America", exactCase: false)])
        #expect(entities[3].aliases == [Alias("H800", exactCase: true)])
        #expect(entities.allSatisfy { $0.origin == .catalog })
    }

    @Test func defaultCaseRule() {
        #expect(CaseRule.isExactByDefault("US"))
        #expect(CaseRule.isExactByDefault("U.S."))
        #expect(CaseRule.isExactByDefault("GPT-4"))
        #expect(CaseRule.isExactByDefault("H800"))
        #expect(CaseRule.isExactByDefault("AI"))
        #expect(!CaseRule.isExactByDefault("NVIDIA"))
        #expect(!CaseRule.isExactByDefault("Nvidia"))
        #expect(!CaseRule.isExactByDefault("2024"))
    }

    @Test func errorsNameFileAndLine() {
        func error(_ text: String) -> CatalogError? {
            do { _ = try CatalogParser.parse(text, file: "x.catalog"); return nil } catch let e as CatalogError { return e } catch { return nil }
        }
        #expect(error("    orphan alias")?.description == "x.catalog:1: alias \"orphan alias\" comes before any entity line")
        #expect(error("# c\nperson: A B\nthing: C")?.line == 3)
        #expect(error("# c\nperson: A B\nthing: C")?.description.hasPrefix("x.catalog:3: unknown type \"thing\"") == true)
        #expect(error("person A B")?.description == "x.catalog:1: expected \"<type>: <name>\" or an indented alias, found \"person A B\"")
        #expect(error("org:   ")?.line == 1)
        #expect(error("org: A\n   =")?.line == 2)
        #expect(error("product: X1 < ")?.line == 1)
    }

    @Test func mergeAddsAliasesAndEntities() throws {
        let project = try CatalogParser.parse("org: DeepSeek\nplace: China\n", file: "a")
        let user = try CatalogParser.parse("organisation: deepseek\n    DS AI\nperson: Liang Wenfeng\n", file: "b")
        let merged = EntityCatalog.merge([project, user])
        #expect(merged.entities.map(\.name) == ["DeepSeek", "China", "Liang Wenfeng"])
        #expect(merged.entities[0].aliases.map(\.text) == ["DeepSeek", "deepseek", "DS AI"])
        #expect(merged.entities.map(\.id) == [0, 1, 2])
    }

    @Test func userCatalogPathFromEnvironment() {
        #expect(EntityCatalog.defaultUserCatalogPath(environment: ["XDG_CONFIG_HOME": "/x/cfg", "HOME": "/home/a"]) == "/x/cfg/newsreader/entities.catalog")
        #expect(EntityCatalog.defaultUserCatalogPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/home/a"]) == "/home/a/.config/newsreader/entities.catalog")
        #expect(EntityCatalog.defaultUserCatalogPath(environment: ["XDG_CONFIG_HOME": "rel", "HOME": "/home/a/"]) == "/home/a/.config/newsreader/entities.catalog")
        #expect(EntityCatalog.defaultUserCatalogPath(environment: [:]) == nil)
    }

    @Test func fixtureCatalogLoads() throws {
        let catalog = try EntityFixtures.catalog()
        #expect(catalog.entities.count > 20)
        #expect(catalog.entities.first { $0.name == "ChatGPT" }?.parent == "OpenAI")
    }
}
