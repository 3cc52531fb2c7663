import Foundation
import Testing

/// The command line as scripts use it: JSON shapes, article references and exit codes.
@Suite struct CLICommandTests {
    @Test func listCoversTheEmbeddedCorpus() throws {
        let outcome = try CLIRunner.run(["list", "--json"])
        #expect(outcome.status == 0)
        let rows = try outcome.rows()
        #expect(rows.count >= 8)
        for row in rows {
            #expect((row["title"] as? String)?.isEmpty == false)
            #expect((row["words"] as? Int ?? 0) > 200)
            #expect((row["entities"] as? Int ?? 0) > 5)
            #expect(row["source"] is String, "every embedded article names its outlet")
        }
    }

    @Test func showPrintsNumberedPassagesWithKinds() throws {
        let outcome = try CLIRunner.run(["show", "nvidia-market-rout", "--json"])
        #expect(outcome.status == 0)
        let json = try #require(try outcome.json() as? [String: Any])
        #expect(json["title"] as? String == "Nvidia sheds $589 billion in a single session as DeepSeek jolts chip stocks")
        let passages = try #require(json["passages"] as? [[String: Any]])
        #expect(passages.enumerated().allSatisfy { $0.element["index"] as? Int == $0.offset })
        let kinds = Set(passages.compactMap { $0["kind"] as? String })
        #expect(kinds.isSubset(of: ["body", "heading", "list item", "chrome", "repeat"]))
        #expect(kinds.contains("body"))
    }

    @Test func showRawPrintsTheOriginalFile() throws {
        let outcome = try CLIRunner.run(["show", "stargate-price-tag", "--raw"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func mentionRowsPointAtTheirSurfaceText() throws {
        let outcome = try CLIRunner.run(["mentions", "DeepSeek", "--json"])
        #expect(outcome.status == 0)
        let rows = try outcome.rows()
        #expect(rows.count > 20)
        let show = try CLIRunner.run(["show", "training-cost-questions", "--json"])
        let passages = try #require((try show.json() as? [String: Any])?["passages"] as? [[String: Any]])
        for row in rows where (row["article"] as? String)?.contains("training-cost-questions") == true {
            let passage = try #require(row["passage"] as? Int)
            let text = Array((passages[passage]["text"] as? String ?? "").unicodeScalars)
            let start = try #require(row["start"] as? Int), end = try #require(row["end"] as? Int)
            let surface = String(String.UnicodeScalarView(text[start..<end]))
            #expect(surface == row["text"] as? String)
            // A product named after DeepSeek is listed under its own name with its maker.
            if row["entity"] as? String != "DeepSeek" { #expect(row["parent"] as? String == "DeepSeek") }
        }
    }

    @Test func entitiesSayWhereEachComesFrom() throws {
        let rows = try CLIRunner.run(["entities", "--json"]).rows()
        let r1 = try #require(rows.first { $0["name"] as? String == "DeepSeek R1" })
        #expect(r1["type"] as? String == "product")
        #expect(r1["source"] as? String == "catalog")
        #expect(r1["parent"] as? String == "DeepSeek")
        #expect((r1["articles"] as? Int ?? 0) >= 5)
        #expect(rows.contains { $0["type"] as? String == "money" && $0["source"] as? String == "discovered" })
    }

    @Test func relatedRanksOtherArticlesWithReasons() throws {
        let outcome = try CLIRunner.run(["related", "training-cost-questions:1", "--json", "--entity", "DeepSeek", "--limit", "3"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try outcome.rows()
        #expect(rows.count == 3)
        let scores = rows.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        for row in rows {
            #expect(row["entity"] as? String == "DeepSeek")
            #expect((row["article"] as? String)?.contains("training-cost-questions") == false)
            #expect((row["why"] as? String)?.isEmpty == false)
        }
    }

    @Test func searchCombinesEntitiesAndPhrases() throws {
        let outcome = try CLIRunner.run(["search", "--json", "@nvidia", "\"export controls\""])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rows = try outcome.rows()
        #expect(!rows.isEmpty)
        for article in rows {
            for passage in article["passages"] as? [[String: Any]] ?? [] {
                let text = (passage["text"] as? String ?? "").lowercased()
                #expect(text.contains("export controls"))
                #expect(text.contains("nvidia"))
            }
        }
    }

    @Test func searchSummaryCountsInTheRightNumber() throws {
        let outcome = try CLIRunner.run(["search", "@\"Liang Wenfeng\" hedge"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout.split(separator: "\n").first == "2 passages in 1 article for Liang Wenfeng")
    }

    @Test func searchPrefixesHighlightInCodePointsAndOperatorsAreText() throws {
        let outcome = try CLIRunner.run(["search", "--json", "distill*", "@deepseek"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let passages = try outcome.rows().flatMap { $0["passages"] as? [[String: Any]] ?? [] }
        #expect(!passages.isEmpty)
        var words = Set<String>()
        for passage in passages {
            let text = Array((passage["text"] as? String ?? "").unicodeScalars)
            for highlight in passage["highlights"] as? [[String: Int]] ?? [] {
                let start = highlight["start"] ?? 0, end = highlight["end"] ?? 0
                words.insert(String(String.UnicodeScalarView(text[start..<end])).lowercased())
                // Offsets in code points land on word boundaries, past curly quotes and dashes.
                #expect(start == 0 || !text[start - 1].properties.isAlphabetic)
                #expect(end == text.count || !text[end].properties.isAlphabetic)
            }
        }
        #expect(words.isSuperset(of: ["distillation", "distilled", "distilling", "deepseek"]))
        let operators = try CLIRunner.run(["search", "chips OR -nvidia NEAR(export"])
        #expect(operators.status == 0, "\(operators.stderr)")
    }

    @Test func repairFixesStdinAndLeavesCleanTextAlone() throws {
        let broken = try CLIRunner.run(["repair"], stdin: Data("Itâ€™s here".utf8))
        #expect(broken.stdout == "It’s here")
        let clean = try CLIRunner.run(["repair"], stdin: Data("café, naïve, €5™".utf8))
        #expect(clean.stdout == "café, naïve, €5™")
    }

    @Test func errorsAreOneClearLineAndNonZero() throws {
        // The index made current first: the test cache outlives builds, and an index an older
        // build wrote is rebuilt with a notice of its own before the command's error.
        #expect(try CLIRunner.run(["index"]).status == 0)
        for arguments in [["show", "no-such-article"], ["related", "nvidia-market-rout"],
                          ["search", "\"unclosed"], ["list", "--corpus", "/nonexistent/folder"],
                          ["mentions", "Zzyzx Qqq"]] {
            let outcome = try CLIRunner.run(arguments)
            #expect(outcome.status != 0, "\(arguments)")
            #expect(outcome.stdout.isEmpty, "\(arguments)")
            let lines = outcome.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments): \(outcome.stderr)")
        }
    }

    @Test(.enabled(if: CLIRunner.seedsAvailable, "../shared/seeds is absent: seed CLI test skipped"))
    func seedsOpenWithTheShippedCatalog() throws {
        let rows = try CLIRunner.run(["list", "--json", "--corpus", CLIRunner.seeds.path]).rows()
        #expect(rows.count == 5)
        #expect(rows.first { ($0["path"] as? String)?.hasPrefix("003") == true }?["source"] as? String == "CNN")
    }
}
