import Foundation
import Testing
@testable import NewsCore

@Suite struct IngestDumpTests {
    @Test func dump() throws {
        guard let target = ProcessInfo.processInfo.environment["INGEST_DUMP"] else { return }
        let start = Date()
        let corpus = CorpusLoader.load(paths: target.split(separator: ",").map(String.init))
        var out = "name=\(corpus.name) articles=\(corpus.articles.count) problems=\(corpus.problems) time=\(Date().timeIntervalSince(start))\n"
        for article in corpus.articles {
            out += "=== \(article.path) | title: \(article.title) | source: \(article.source ?? "-") | words \(article.wordCount)\n"
            for p in article.passages {
                out += "  [\(p.index)] \(p.kind.rawValue)\(p.repeatOf.map { "→\($0)" } ?? "") \(p.lines): \(p.text)\n"
            }
        }
        try out.write(toFile: "/tmp/ingest-dump.txt", atomically: true, encoding: .utf8)
    }
}
