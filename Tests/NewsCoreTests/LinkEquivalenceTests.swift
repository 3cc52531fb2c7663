import Foundation
import Testing
@testable import NewsCore

/// The linker reading through `ArticleLibrary`, its vectors built on demand, equals the linker
/// that built every vector up front (`ReferenceLinker`): every passage, every entity whose
/// postings hold it, every link in full (not only the top few), the same "why".
@Suite struct LinkEquivalenceTests {
    static let projectCorpus: TaggedCorpus? = {
        let folder = SharedData.repositoryRoot.appendingPathComponent("corpus")
        return try? NewsIndex.tag(paths: [folder.path], catalogFiles: [folder.appendingPathComponent("entities.catalog").path],
                                  discover: true)
    }()

    /// What differs, and how many links were compared.
    static func compare(_ tagged: TaggedCorpus, _ linker: PassageLinker) -> (differences: [String], links: Int) {
        let reference = ReferenceLinker(tagged)
        var differences: [String] = [], links = 0
        var postingEntities: [Int] = []
        for (a, article) in tagged.corpus.articles.enumerated() {
            for p in article.passages.indices {
                let source = PassageID(article: a, passage: p)
                let entities = linker.entities(of: source)
                if entities != reference.entities(of: source) { differences.append("\(source): entities \(entities)") }
                // Makers of makers too: their postings hold the passage, though it does not list them.
                Tagger.postingEntities(of: tagged.mentions(in: source), parent: tagged.entities.parent(of:), into: &postingEntities)
                for entity in Set(entities + postingEntities).sorted() {
                    let new = linker.related(to: source, entity: entity, limit: 1_000)
                    let old = reference.related(to: source, entity: entity, limit: 1_000)
                    links += old.count
                    differences += LinkComparison.differences(new, old).map { "\(source) entity \(entity): \($0)" }
                    for link in old.prefix(3) {
                        let why = linker.explain(source, link.target, entity: entity)
                        differences += LinkComparison.differences(why, reference.explain(source, link.target, entity: entity))
                            .map { "explain \(source) \(link.target) entity \(entity): \($0)" }
                    }
                }
            }
        }
        return (differences, links)
    }

    @Test func onTheProjectCorpus() throws {
        let tagged = try #require(Self.projectCorpus)
        let (differences, links) = Self.compare(tagged, PassageLinker(tagged))
        #expect(links > 5_000)
        #expect(Array(differences.prefix(5)) == [], "\(differences.count) differences")
    }

    @Test func onTheRankingFixture() {
        let (differences, links) = Self.compare(LinkRankingTests.tagged, PassageLinker(LinkRankingTests.tagged))
        #expect(links > 10)
        #expect(differences == [])
    }

    @Test(.enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    func onTheSeeds() throws {
        let tagged = try SeedPassages.corpus()
        let (differences, links) = Self.compare(tagged, PassageLinker(tagged))
        #expect(links > 1_000)
        #expect(Array(differences.prefix(5)) == [], "\(differences.count) differences")
    }

    @Test func groupsAreTheRelatedPassagesOfEachEntity() throws {
        let tagged = try #require(Self.projectCorpus)
        let linker = PassageLinker(tagged), reference = ReferenceLinker(tagged)
        var compared = 0
        for (a, article) in tagged.corpus.articles.enumerated() {
            for p in article.passages.indices where p % 3 == 0 {
                let source = PassageID(article: a, passage: p)
                let new = linker.groups(for: source, limit: 5), old = reference.groups(for: source, limit: 5)
                #expect(new.map(\.entity) == old.map(\.entity))
                for (x, y) in zip(new, old) { #expect(LinkComparison.differences(x.passages, y.passages) == []) }
                compared += new.count
            }
        }
        #expect(compared > 50)
    }

    /// The comparison itself would see a link moved, rescored or explained otherwise.
    @Test func comparisonSeesDifferences() {
        let links = PassageLinker(LinkRankingTests.tagged).related(to: PassageID(article: 0, passage: 0), entity: 0)
        #expect(links.count >= 2)
        var rescored = links
        rescored[0].score += 1e-8
        var explained = links
        explained[0].why.sharedWords.reverse()
        explained[0].why.sharedWords.append("extra")
        #expect(LinkComparison.differences(links, links) == [])
        #expect(LinkComparison.differences(Array(links.reversed()), links) != [])
        #expect(LinkComparison.differences(rescored, links) != [])
        #expect(LinkComparison.differences(explained, links) != [])
    }
}
