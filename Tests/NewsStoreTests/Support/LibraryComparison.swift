import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Every question of `ArticleLibrary` asked of a stored library and of the in-memory reference
/// (`TaggedLibrary` over the same files tagged in memory), answer by answer. Failures name the
/// question and the first few arguments that differ.
enum LibraryComparison {
    /// The reference for a folder: the files read and tagged in memory.
    static func reference(_ folder: URL, catalogs: [URL] = [StoreTestSupport.embeddedCatalog],
                          discover: Bool = true) throws -> TaggedLibrary {
        TaggedLibrary(try NewsIndex.tag(paths: [folder.path], catalogFiles: catalogs.map(\.path), discover: discover))
    }

    static func expectSame(_ stored: any ArticleLibrary, _ reference: any ArticleLibrary,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        func differing<T: Equatable, A>(_ what: String, _ arguments: [A], _ answer: (any ArticleLibrary) -> [T],
                                        _ expected: (any ArticleLibrary) -> [T]) {
            let got = answer(stored), want = expected(reference)
            let wrong = zip(got, want).enumerated().filter { $0.element.0 != $0.element.1 }.prefix(3).map { "\(arguments[$0.offset])" }
            #expect(got.count == want.count && wrong.isEmpty, "\(what) differs for \(wrong)", sourceLocation: sourceLocation)
        }
        #expect(stored.name == reference.name, sourceLocation: sourceLocation)
        #expect(stored.articleCount == reference.articleCount, sourceLocation: sourceLocation)
        #expect(stored.problems == reference.problems, sourceLocation: sourceLocation)
        #expect(stored.entities.entities == reference.entities.entities, "entities", sourceLocation: sourceLocation)
        guard stored.articleCount == reference.articleCount else { return }
        let articles = Array(0..<reference.articleCount)
        differing("summary", articles, { s in articles.map(s.summary) }, { r in articles.map(r.summary) })
        differing("article", articles, { s in articles.map(s.article) }, { r in articles.map(r.article) })
        differing("tags", articles, { s in articles.map(s.tags) }, { r in articles.map(r.tags) })

        let entities = Array(0..<reference.entities.entities.count)
        differing("stats", entities, { s in entities.map(s.stats) }, { r in entities.map(r.stats) })
        differing("postings", entities, { s in entities.map(s.postings) }, { r in entities.map(r.postings) })
        #expect(stored.stats(-1) == .none && stored.stats(entities.count) == .none, sourceLocation: sourceLocation)
        #expect(stored.postings(entities.count).isEmpty, sourceLocation: sourceLocation)

        let mentioned = entities.filter { !reference.postings($0).isEmpty }
        var groups: [[Int]] = [[], [entities.count], Array(mentioned.prefix(3)), Array(mentioned.prefix(1)) + [-1]]
        for a in mentioned.prefix(12) {
            groups.append([a])
            for b in mentioned.prefix(12) where b > a { groups.append([a, b]) }
        }
        differing("articles(mentioningAll:)", groups, { s in groups.map(s.articles(mentioningAll:)) },
                  { r in groups.map(r.articles(mentioningAll:)) })

        var probes: [(Int, PassageID?, Bool)] = []
        for entity in mentioned.prefix(20) + [entities.count] {
            let around = reference.postings(entity).prefix(6).flatMap { posting in
                [posting, PassageID(article: posting.article, passage: posting.passage + 1),
                 PassageID(article: posting.article, passage: -1), PassageID(article: posting.article, passage: 10_000)]
            }
            let edges = [nil, PassageID(article: -1, passage: 0), PassageID(article: reference.articleCount, passage: 0),
                         PassageID(article: reference.articleCount / 2, passage: 0)]
            for passage in around + edges { probes += [(entity, passage, true), (entity, passage, false)] }
        }
        differing("nextMention", probes.map { "\($0)" }, { s in probes.map { s.nextMention(of: $0.0, after: $0.1, forward: $0.2) } },
                  { r in probes.map { r.nextMention(of: $0.0, after: $0.1, forward: $0.2) } })

        let paths = articles.map { reference.summary($0).path } + ["no/such/file.txt", ""]
        differing("articleIndex(path:)", paths, { s in paths.map(s.articleIndex(path:)) }, { r in paths.map(r.articleIndex(path:)) })
        let fileNames = articles.map { String(reference.summary($0).path.split(separator: "/").last ?? "") }
        let suffixes = fileNames.map { String($0.suffix(7)) } + fileNames.map { String($0.prefix(4)) } + ["txt", ".md", "", "zzz"]
        let queries = suffixes.flatMap { suffix in [0, 1, 2, 100].map { (suffix, $0) } }
        differing("articleIndices(matching:limit:)", queries, { s in queries.map { s.articleIndices(matching: $0.0, limit: $0.1) } },
                  { r in queries.map { r.articleIndices(matching: $0.0, limit: $0.1) } })

        // Every entity is in fewer articles than the corpus holds: no narrowing, as in memory.
        let sources = mentioned.prefix(10).compactMap { entity in reference.postings(entity).first.map { (entity, $0) } }
        differing("candidateArticles", sources, { s in sources.map { s.candidateArticles(for: $0.0, near: $0.1, limit: s.articleCount) } },
                  { r in sources.map { r.candidateArticles(for: $0.0, near: $0.1, limit: r.articleCount) } })
    }

    /// The stored `terms` table and N against `TermIndex` built over the same corpus in memory.
    static func expectSameTerms(_ stored: StoredLibrary, _ reference: TaggedLibrary,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let index = TermIndex(reference.tagged)
        let table = try stored.database.read { db in
            Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT term, df FROM terms").map { ($0[0] as String, $0[1] as Int) })
        }
        let expected = index.documentFrequencyTable()
        #expect(!expected.isEmpty, sourceLocation: sourceLocation)
        #expect(stored.contentPassageCount == index.contentPassageCount, sourceLocation: sourceLocation)
        let wrong = Set(table.keys).union(expected.keys).filter { table[$0] != expected[$0] }.sorted().prefix(5)
        #expect(table.count == expected.count && wrong.isEmpty, "document frequencies differ for \(Array(wrong))",
                sourceLocation: sourceLocation)
        let sample = Array(expected.keys.sorted().prefix(50)) + ["no-such-term"]
        #expect(stored.documentFrequencies(sample) == sample.map { expected[$0] ?? 0 }, sourceLocation: sourceLocation)
    }
}
