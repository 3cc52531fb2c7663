import Foundation

/// The document frequency of every linking term of a corpus held in memory: the in-memory
/// `TermStatistics`, built in one pass. The linker builds passage vectors on demand from these
/// counts (`ArticleVectorCache`); search has its own index (FTS5, in NewsStore).
public struct TermIndex: TermStatistics {
    private let vocabulary: Vocabulary
    /// Content passages holding each term, by term id.
    private let documentFrequency: [Int32]
    public let contentPassageCount: Int

    /// Counts every word of the content passages, those inside mentions and figures included:
    /// they do not link, but they make a word common.
    public init(_ tagged: TaggedCorpus) {
        self.init(tagged.corpus)
    }

    public init(_ corpus: Corpus) {
        var counter = TermCounter()
        var documentFrequency: [Int32] = []
        var contentPassages: Int32 = 0
        for article in corpus.articles {
            // By index: a `for passage in` copied each passage out, a retain per field.
            for p in article.passages.indices where article.passages[p].kind.isContent {
                counter.countDocument(article.passages[p].text, passage: contentPassages, into: &documentFrequency)
                contentPassages += 1
            }
        }
        vocabulary = counter.vocabulary
        self.documentFrequency = documentFrequency
        contentPassageCount = Int(contentPassages)
    }

    /// Every term with its document frequency: what a store's own table must equal.
    public func documentFrequencyTable() -> [String: Int] {
        var table: [String: Int] = [:]
        for id in documentFrequency.indices { table[vocabulary.term(Int32(id))] = Int(documentFrequency[id]) }
        return table
    }

    public var termCount: Int { vocabulary.count }

    public func documentFrequencies(_ terms: [String]) -> [Int] {
        terms.map { term in vocabulary.find(term).map { Int(documentFrequency[Int($0)]) } ?? 0 }
    }
}
