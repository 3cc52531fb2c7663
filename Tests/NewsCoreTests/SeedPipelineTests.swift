import Foundation
import Testing
@testable import NewsCore
import NewsStore

/// The whole pipeline — loader, repair, reflow, the shipped catalog, tagger, linker — on the
/// five real seed articles, checking what a reader of those files would check by eye.
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct SeedPipelineTests {
    static let index: NewsIndex? = {
        let catalog = SharedData.repositoryRoot.appendingPathComponent("corpus/entities.catalog").path
        return try? MemoryIndex.open(paths: [SharedData.seeds.path], catalogFiles: [catalog], discover: true).index
    }()

    func index() throws -> NewsIndex { try #require(Self.index) }

    func article(_ prefix: String, in index: NewsIndex) throws -> Int {
        try #require((0..<index.library.articleCount).first { index.library.summary($0).path.hasPrefix(prefix) })
    }

    /// (entity name, surface text) for every mention in the content passages of one article.
    func mentions(_ prefix: String, in index: NewsIndex) throws -> [(entity: String, text: String, via: MentionVia)] {
        let a = try article(prefix, in: index)
        return index.library.article(a).passages.flatMap { passage in
            index.library.mentions(in: PassageID(article: a, passage: passage.index)).map {
                (index.entities[$0.entity].name, TextOffsets.slice(passage.text, $0.range), $0.via)
            }
        }
    }

    @Test func seed002ReadsWithoutMojibake() throws {
        let index = try index()
        let article = index.library.article(try self.article("002", in: index))
        let text = article.passages.map(\.text).joined(separator: "\n")
        for marker in ["ā€", "Ã", "šŸ", "ļø", "â€", "\u{FFFD}"] { #expect(!text.contains(marker), "\(marker) left") }
        #expect(article.title == "🐋 Making Sense of DeepSeek")
        #expect(text.contains("Wow! It’s been a while since something went this viral out of China…"))
        #expect(text.contains("“So is this Chinese Sputnick moment keeping you up at night?”"))
        #expect(article.notices.contains { $0.contains("mojibake") })
    }

    @Test func seed003HardWrappedParagraphsAreWhole() throws {
        let index = try index()
        let article = index.library.article(try self.article("003", in: index))
        #expect(article.source == "CNN")
        let passage = try #require(article.passages.first { $0.text.hasPrefix("The new AI model was developed by DeepSeek") })
        #expect(passage.kind == .body)
        #expect(passage.text.hasSuffix("Meta’s Llama and Google’s Gemini — but at a fraction of the cost."))
        #expect(!passage.text.contains("\n"))
        #expect(article.passages.contains { $0.kind == .heading && $0.text == "What is DeepSeek?" })
    }

    @Test func seed000RepeatsAndPromosAreSetAside() throws {
        let index = try index()
        let article = index.library.article(try self.article("000", in: index))
        let repeats = article.passages.filter { $0.kind == .repeat }
        #expect(repeats.count >= 1)
        for passage in repeats {
            let original = try #require(passage.repeatOf)
            #expect(original < passage.index)
        }
        #expect(article.passages.first { $0.text.contains("You can now listen to Fox News articles") }?.kind == .chrome)
    }

    @Test func entityRulesHoldOnRealText() throws {
        let index = try index()
        let m000 = try mentions("000", in: index)
        // Plural model names, and the maker named inside the chip's alias.
        #expect(m000.contains { $0.entity == "H800" && $0.text.hasPrefix("NVIDIA H800") })
        // Dotted country abbreviation; never the pronoun.
        #expect(m000.contains { $0.entity == "United States" && $0.text == "U.S." })
        #expect(!m000.contains { $0.entity == "United States" && $0.text == "us" })
        // Possessive: the mention covers the name only.
        #expect(m000.contains { $0.entity == "DeepSeek" && $0.text == "DeepSeek" })
        #expect(!m000.contains { $0.text.hasSuffix("’s") })

        let m003 = try mentions("003", in: index)
        #expect(m003.contains { $0.entity == "Liang Wenfeng" && $0.text == "Liang Wenfeng" && $0.via == .alias })
        #expect(m003.contains { $0.entity == "Liang Wenfeng" && $0.text == "Liang" && $0.via == .shortName })
        #expect(m003.contains { $0.entity == "DeepSeek R1" && $0.text == "DeepSeek R1" })
        #expect(m003.contains { $0.entity == "Marc Andreessen" })
        #expect(m003.contains { $0.entity == "$5.6 million" && $0.via == .figure })

        let m004 = try mentions("004", in: index)
        #expect(m004.contains { $0.entity == "$6 million" })
        #expect(m004.contains { $0.entity == "Stargate" })
    }

    @Test func productMentionsCountForTheirMaker() throws {
        let index = try index()
        let deepseek = try #require(index.entities.id(named: "DeepSeek"))
        let r1 = try #require(index.entities.id(named: "DeepSeek R1"))
        #expect(index.entities[r1].parent == "DeepSeek")
        let r1Passages = Set(index.library.postings(r1))
        let makerPassages = Set(index.library.postings(deepseek))
        #expect(!r1Passages.isEmpty && r1Passages.isSubset(of: makerPassages))
    }

    @Test func costPassageLinksToOtherOutletsCostClaimsFirst() throws {
        let index = try index()
        let a003 = try article("003", in: index)
        let source = try #require(index.library.article(a003).passages.first { $0.text.contains("$5.6 million") })
        let deepseek = try #require(index.entities.id(named: "DeepSeek"))
        let related = index.linker.related(to: PassageID(article: a003, passage: source.index), entity: deepseek, limit: 5)
        #expect(related.count == 5)
        for link in related {
            let text = index.library.passage(link.target).text
            #expect(text.contains("$6 million") || text.contains("$6m"), "\(text.prefix(80))")
            #expect(link.target.article != a003)
            #expect(link.why.figure != nil)
        }
    }
}
