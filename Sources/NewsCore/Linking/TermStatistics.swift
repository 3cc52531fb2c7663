/// How common each linking term is across the corpus: the idf of the linker's TF-IDF vectors.
///
/// A term is what `Tokenizer.terms(in:)` gives (lowercased, stemmed, stop words dropped); its
/// document frequency counts the content passages whose terms include it, words inside entity
/// mentions and figures included. `TermIndex` answers from memory; a store answers from a
/// table it keeps up to date as articles come and go, so an article's vectors can be built on
/// demand with the same weights the in-memory index gives.
public protocol TermStatistics: Sendable {
    /// Content passages in the corpus: the N of every idf.
    var contentPassageCount: Int { get }
    /// Per term, in the order given, its document frequency (0 for a term never seen).
    func documentFrequencies(_ terms: [String]) -> [Int]
}
