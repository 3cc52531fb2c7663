import Foundation
import Testing
import NewsCore
@testable import NewsStore

/// A refresh tags again only the articles it must: the added and changed ones while the entity
/// table built from the stored evidence stays the same, every article when it does not. Either
/// way the index equals the in-memory pipeline over the same files and holds the rows a fresh
/// build would.
@Suite struct IncrementalRetagTests {
    typealias S = StoreTestSupport

    typealias Setup = IndexedCopy

    /// No capitalised word outside the title, no figure: nothing that could change the table.
    func quiet(_ day: String) -> String { "a quiet \(day)\n\nnvidia shares barely moved and nothing much happened.\n" }

    @Test func changedArticleAloneIsTagged() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let before = try S.stored(setup.corpus, index: setup.database).index.entities.entities
        let name = "2025-01-30-big-tech-capex.txt"
        let text = try String(contentsOf: setup.file(name), encoding: .utf8)
        try S.write(text + "\nNvidia said nothing more about it.\n", to: setup.file(name))
        let opened = try setup.reopen()
        #expect(opened.report.changed == [name])
        #expect(!opened.report.retagged && opened.report.tagged == 1)
        #expect(opened.index.entities.entities == before)
    }

    @Test func newRecurringNameRetagsEveryArticleAndItsRemovalAgain() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let name = "Zephyr Quantum Labs"
        try S.write("a newcomer\n\nshares of Zephyr Quantum Labs rose after the launch.\n", to: setup.file("zephyr-1.txt"))
        let once = try setup.reopen()
        #expect(!once.report.retagged && once.report.tagged == 1, "a name in one article is not discovered")
        #expect(once.index.entities.id(named: name) == nil)

        try S.write("the newcomer again\n\nanalysts said Zephyr Quantum Labs would grow.\n", to: setup.file("zephyr-2.txt"))
        let twice = try setup.reopen()
        #expect(twice.report.added == ["zephyr-2.txt"])
        #expect(twice.report.retagged && twice.report.tagged == twice.report.articles)
        let id = try #require(twice.index.entities.id(named: name))
        #expect(twice.index.entities[id].origin == .discovered && twice.index.entities[id].type == .organisation)

        try FileManager.default.removeItem(at: setup.file("zephyr-2.txt"))
        let removed = try setup.reopen()
        #expect(removed.report.removed == ["zephyr-2.txt"])
        #expect(removed.report.retagged && removed.report.tagged == removed.report.articles)
        #expect(removed.index.entities.id(named: name) == nil)
        #expect(removed.index.entities.entities == once.index.entities.entities)
    }

    @Test func addedChangedRemovedAndRenamedTogether() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        try S.write(quiet("monday"), to: setup.file("quiet-1.txt"))
        try S.write(quiet("tuesday"), to: setup.file("quiet-2.txt"))
        let first = try setup.reopen()
        #expect(!first.report.retagged && first.report.tagged == 2)

        let (old, new) = ("2025-02-07-api-price-war.txt", "2025-02-07-api-price-war-v2.txt")
        let ids = try S.articleIDs(setup.corpus, index: setup.database)
        let tags = try setup.tags(old)
        #expect(tags.count == 1)
        try S.write(quiet("wednesday"), to: setup.file("quiet-3.txt"))
        try S.write(quiet("monday") + "\nnvidia said nothing more.\n", to: setup.file("quiet-1.txt"))
        try FileManager.default.removeItem(at: setup.file("quiet-2.txt"))
        try FileManager.default.moveItem(at: setup.file(old), to: setup.file(new))
        let opened = try setup.reopen()
        #expect(opened.report.added == ["quiet-3.txt"] && opened.report.changed == ["quiet-1.txt"])
        #expect(opened.report.removed == ["quiet-2.txt"])
        #expect(opened.report.renamed == [IndexReport.Rename(from: old, to: new)])
        #expect(!opened.report.retagged && opened.report.tagged == 2, "the renamed article keeps its tags")
        #expect(try S.articleIDs(setup.corpus, index: setup.database)[new] == ids[old])
        #expect(try setup.tags(new) == tags.map { $0.replacingOccurrences(of: old, with: new) })
        #expect(opened.index.entities.entities == first.index.entities.entities)
    }

    @Test func figureEntitiesComeGoAndKeepTheirOrder() throws {
        let setup = try Setup()
        defer { S.remove(setup.scratch) }
        let before = try S.stored(setup.corpus, index: setup.database).index.entities.entities
        let figures = before.filter { [.money, .percentage].contains($0.type) }
        #expect(figures.count >= 2)
        func story(_ figure: String) -> String { "a deal\n\nthe deal was worth \(figure) in all.\n" }

        // A figure the corpus already names, in an article after its first appearance.
        try S.write(story(figures[1].name), to: setup.file("zz-figure.txt"))
        let later = try setup.reopen()
        #expect(!later.report.retagged && later.report.tagged == 1)
        #expect(later.index.entities.entities == before)

        // The same figure ahead of every article: figures are numbered by first appearance.
        try S.write(story(figures[1].name), to: setup.file("0-figure.txt"))
        let earlier = try setup.reopen()
        #expect(earlier.report.retagged && earlier.report.tagged == earlier.report.articles)
        #expect(earlier.index.entities.id(named: figures[1].name)! < earlier.index.entities.id(named: figures[0].name)!)

        // A figure nobody named: one more entity; gone with the article that named it.
        try S.write(story("$987.6 billion"), to: setup.file("zz-figure.txt"))
        let added = try setup.reopen()
        #expect(added.report.changed == ["zz-figure.txt"] && added.report.retagged)
        #expect(added.index.entities.entities.count == before.count + 1)
        try FileManager.default.removeItem(at: setup.file("zz-figure.txt"))
        let removed = try setup.reopen()
        #expect(removed.report.removed == ["zz-figure.txt"] && removed.report.retagged)
        #expect(removed.index.entities.entities == earlier.index.entities.entities)
    }
}

private extension IndexedCopy {
    /// The stored tag blobs of the article at `path`.
    func tags(_ path: String) throws -> [String] {
        try TagTables.rows(database)["article_tags"]!.filter { $0.contains("path:\"\(path)\"") }
    }
}
