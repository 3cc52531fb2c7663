import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// For an entity in more articles than the linker may score, the candidates are other articles
/// that mention the entity and share the source passage's rarer words, best match first.
@Suite struct CandidateArticlesTests {
    /// Article 0 is the source. Articles 1–7 mention Nvidia; 1 shares two rare words with the
    /// source, 2 one, 3–7 only "Nvidia". Article 8 shares both rare words but never names Nvidia.
    static let tagged = try! SearchFixture.tagged([
        SearchFixture.ArticleSpec(path: "a0.txt", passages: ["Intro.", "Nvidia sold accelerators to Zephyrcorp in Reykjavik."]),
        SearchFixture.ArticleSpec(path: "a1.txt", passages: ["Nvidia shipped accelerators to Zephyrcorp."]),
        SearchFixture.ArticleSpec(path: "a2.txt", passages: ["Nvidia opened an office in Reykjavik."]),
        SearchFixture.ArticleSpec(path: "a3.txt", passages: ["Nvidia reported earnings."]),
        SearchFixture.ArticleSpec(path: "a4.txt", passages: ["Nvidia hired staff."]),
        SearchFixture.ArticleSpec(path: "a5.txt", passages: ["Nvidia won a contract."]),
        SearchFixture.ArticleSpec(path: "a6.txt", passages: ["Nvidia lost a lawsuit."]),
        SearchFixture.ArticleSpec(path: "a7.txt", passages: ["Nvidia raised prices."]),
        SearchFixture.ArticleSpec(path: "b8.txt", passages: ["Zephyrcorp bought accelerators in Reykjavik."]),
    ], catalog: "organisation: Nvidia\n")
    static let library = try! MemoryIndex.build(tagged).library
    static let nvidia = tagged.entities.id(named: "Nvidia")!
    static let source = PassageID(article: 0, passage: 1)

    @Test func noNarrowingWhileTheEntityIsInFewArticles() {
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: Self.source, limit: 8) == nil)
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: Self.source, limit: 100) == nil)
    }

    @Test func candidatesMentionTheEntityShareWordsAndRankByThem() {
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: Self.source, limit: 1) == [1])
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: Self.source, limit: 2) == [1, 2])
        // Every other Nvidia article shares the word "Nvidia"; the source's own and article 8 never come.
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: Self.source, limit: 7) == [1, 2, 3, 4, 5, 6, 7])
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: Self.source, limit: 0) == [])
    }

    /// Rarest first, ties by term; words no other passage holds ("sold") are left out.
    @Test func theRarestWordsAreSearched() {
        #expect(Self.library.rareWords(in: Self.tagged.corpus.passage(Self.source).text)
                    == ["accelerator", "reykjavik", "zephyrcorp", "nvidia"])
    }

    @Test func aSourceOutsideTheCorpusIsNotNarrowed() {
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: PassageID(article: 0, passage: 5), limit: 1) == nil)
        #expect(Self.library.candidateArticles(for: Self.nvidia, near: PassageID(article: 9, passage: 0), limit: 1) == nil)
    }
}
