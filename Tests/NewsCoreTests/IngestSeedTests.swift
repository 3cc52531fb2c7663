import Foundation
import Testing
@testable import NewsCore

/// The five seed articles and the BBC corpus read cleanly (skipped without ../shared).
@Suite(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct IngestSeedTests {
    func seed(_ prefix: String) throws -> Article {
        let url = try SharedData.seed(prefix)
        return try ArticleParser.parse(path: url.lastPathComponent, bytes: SharedData.seedBytes(prefix))
    }

    @Test func everySeedHasItsTitle() throws {
        #expect(try seed("000").title == "‘Experts’ fear China’s DeepSeek AI. Econ 101 says they shouldn’t worry")
        #expect(try seed("001").title == "DeepSeek Mania Shakes AI Industry to Its Core")
        #expect(try seed("002").title.hasSuffix("Making Sense of DeepSeek"))
        #expect(try seed("003").title == "A surprisingly efficient and powerful Chinese AI model has taken the technology industry by storm.")
        #expect(try seed("004").title == "DeepSeek AI tops Apple App Store")
    }

    @Test func seed000RepeatsAndChrome() throws {
        let article = try seed("000")
        #expect(article.passages[0].kind == .chrome)
        #expect(article.passages[0].text == "NEWYou can now listen to Fox News articles!")
        let repeats = article.passages.filter { $0.kind == .repeat }
        #expect(repeats.count == 2)
        for passage in repeats {
            let first = try #require(passage.repeatOf)
            #expect(article.passages[first].kind == .body)
            #expect(TextShape.comparable(article.passages[first].text).contains(TextShape.comparable(passage.text)))
        }
        #expect(repeats.first?.text.hasPrefix("In addition, there is mounting evidence") == true)
        let chrome = article.passages.filter { $0.kind == .chrome }.map(\.text)
        #expect(chrome.contains("CLICK HERE FOR MORE FOX NEWS OPINION"))
        #expect(chrome.contains { $0.hasPrefix("THERE IS A ‘WAKE-UP CALL’") })
        #expect(article.passages.filter { $0.kind == .listItem }.count == 9)
    }

    @Test func seed001AdvertisementAndRepeatedTitleAreChrome() throws {
        let article = try seed("001")
        #expect(article.passages.first?.text == "Advertisement" && article.passages.first?.kind == .chrome)
        #expect(article.passages.last?.text == "Advertisement" && article.passages.last?.kind == .chrome)
        #expect(article.passages[1].text == "News" && article.passages[1].kind == .chrome)
        let titleLines = article.passages.filter { $0.text == article.title }
        #expect(titleLines.count == 1 && titleLines[0].kind == .chrome)
    }

    @Test func seed000SourceComesFromItsPromoLines() throws {
        #expect(try seed("000").source == "Fox News")
    }

    @Test func seed003ParagraphsHeadingsAndSource() throws {
        let article = try seed("003")
        #expect(article.source == "CNN")
        #expect(article.passages.last?.kind == .chrome && article.passages.last?.text == "Source:CNN")
        let paragraph = try #require(article.passages.first { $0.text.hasPrefix("The new AI model was developed by DeepSeek, a startup that was born just a year ago") })
        #expect(paragraph.kind == .body)
        #expect(paragraph.text.hasSuffix("but at a fraction of the cost."))
        #expect(paragraph.lines == 1..<7)
        let headings = article.passages.filter { $0.kind == .heading }.map(\.text)
        #expect(headings == ["What is DeepSeek?", "Why is DeepSeek such a big deal?", "What does this mean for America?",
                             "Are we really sure this is a big deal?"])
        #expect(article.passages.filter { $0.kind == .body }.allSatisfy { TextShape.endsSentence($0.text) })
    }

    @Test func seed004HeadingsStandAlone() throws {
        let article = try seed("004")
        let headings = article.passages.filter { $0.kind == .heading }.map(\.text)
        #expect(["Undeniable", "Questionable", "Implications"].allSatisfy(headings.contains))
        #expect(!article.passages.contains { $0.text == article.title })
    }

    @Test func bbcCorpusLoadsWhole() throws {
        let corpus = CorpusLoader.load(paths: [SharedData.bbc.path])
        #expect(corpus.name == "bbc-news")
        #expect(corpus.articles.count == 2225)
        #expect(corpus.problems.isEmpty)
        #expect(corpus.articles.map(\.path) == corpus.articles.map(\.path).sorted())
        #expect(corpus.articles.first?.path == "business/001.txt")
        var mismatched: [String] = []
        for article in corpus.articles {
            let text = try String(contentsOf: SharedData.bbc.appendingPathComponent(article.path), encoding: .utf8)
            let firstLine = TextShape.collapsingWhitespace(HTMLCharacterReferences.decode(String(text.prefix { $0 != "\n" })))
            if article.title != firstLine { mismatched.append(article.path) }
        }
        #expect(mismatched.isEmpty, "titles differ from first lines: \(mismatched.prefix(10))")
        #expect(!corpus.articles.contains { $0.passages.contains { $0.text.contains("&#") } })
    }
}
