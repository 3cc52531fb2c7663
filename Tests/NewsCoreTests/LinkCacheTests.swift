import Foundation
import Testing
@testable import NewsCore

/// The linker's on-demand vectors: kept for the next query, bounded, shared safely between
/// threads, and read only for the articles a library picks.
@Suite struct LinkCacheTests {
    let tagged = LinkRankingTests.tagged
    var library: TaggedLibrary { TaggedLibrary(tagged) }

    /// Every passage × each of its entities: what the default linker says, and what `linker` says
    /// differently.
    func differences(_ linker: PassageLinker, checking check: () -> Void = {}) -> [String] {
        let reference = PassageLinker(tagged)
        var found: [String] = []
        for (a, article) in tagged.corpus.articles.enumerated() {
            for p in article.passages.indices {
                let source = PassageID(article: a, passage: p)
                for entity in reference.entities(of: source) {
                    found += LinkComparison.differences(linker.related(to: source, entity: entity),
                                                        reference.related(to: source, entity: entity))
                    check()
                }
            }
        }
        return found
    }

    @Test func movingWithinAnArticleReadsNothingAgain() {
        let linker = PassageLinker(tagged)
        _ = linker.groups(for: PassageID(article: 0, passage: 0))
        // The source's article and every article naming DeepSeek or Nvidia.
        #expect(linker.cache.built == 4)
        _ = linker.groups(for: PassageID(article: 0, passage: 1))
        _ = linker.explain(PassageID(article: 0, passage: 1), PassageID(article: 2, passage: 1), entity: 0)
        #expect(linker.cache.built == 4)
    }

    @Test func keepsAtMostItsCapacity() {
        let cache = ArticleVectorCache(library: library, terms: TermIndex(tagged), capacity: 2)
        let linker = PassageLinker(library: library, terms: TermIndex(tagged), cache: cache)
        var largest = 0
        #expect(differences(linker) { largest = max(largest, cache.count) } == [])
        #expect(largest == 2)
        // Dropped articles were read again when asked for.
        #expect(cache.built > tagged.corpus.articles.count)
    }

    /// Each worker numbers terms its own way; the cache renames them to its own.
    @Test func tokenisesInParallel() throws {
        let tagged = try #require(LinkEquivalenceTests.projectCorpus)
        let library = TaggedLibrary(tagged), terms = TermIndex(tagged)
        let cache = ArticleVectorCache(library: library, terms: terms, articlesPerWorker: 1)
        let linker = PassageLinker(library: library, terms: terms, cache: cache)
        let (differences, links) = LinkEquivalenceTests.compare(tagged, linker)
        #expect(links > 5_000)
        #expect(Array(differences.prefix(5)) == [], "\(differences.count) differences")
    }

    @Test func startsOverWhenTooManyTermsWereSeen() {
        let cache = ArticleVectorCache(library: library, terms: TermIndex(tagged), maximumTerms: 5)
        let linker = PassageLinker(library: library, terms: TermIndex(tagged), cache: cache)
        #expect(differences(linker) == [])
        #expect(cache.built > tagged.corpus.articles.count)
    }

    @Test func answersTheSameFromManyThreads() {
        let cache = ArticleVectorCache(library: library, terms: TermIndex(tagged), capacity: 2, maximumTerms: 20,
                                       articlesPerWorker: 1)
        let linker = PassageLinker(library: library, terms: TermIndex(tagged), cache: cache)
        let reference = PassageLinker(tagged)
        let sources = tagged.corpus.articles.indices.flatMap { a in
            tagged.corpus.articles[a].passages.indices.map { PassageID(article: a, passage: $0) }
        }
        let queries = (0..<64).map { sources[$0 % sources.count] }
        let answers = Parallel.map(queries) { linker.groups(for: $0) }
        for (source, new) in zip(queries, answers) {
            let old = reference.groups(for: source)
            #expect(new.map(\.entity) == old.map(\.entity))
            for (x, y) in zip(new, old) { #expect(LinkComparison.differences(x.passages, y.passages) == []) }
        }
    }

    @Test func scoresOnlyTheArticlesTheLibraryPicks() {
        // The source's own article, a repeat and an article that does not exist are ignored.
        let narrowing = NarrowingLibrary(base: library, picks: [2, 0, 2, 99])
        let linker = PassageLinker(library: narrowing, terms: TermIndex(tagged))
        let source = PassageID(article: 0, passage: 0)
        let narrowed = linker.related(to: source, entity: 0)
        let all = PassageLinker(tagged).related(to: source, entity: 0)
        #expect(all.contains { $0.target.article != 2 })
        #expect(!narrowed.isEmpty)
        #expect(LinkComparison.differences(narrowed, all.filter { $0.target.article == 2 }) == [])
        #expect(narrowing.asked.all.map(\.limit) == [PassageLinker.candidateLimit])
        #expect(narrowing.asked.all.map(\.source) == [source])
        // Articles the library did not pick were never read.
        #expect(linker.cache.built == 2)
    }
}
