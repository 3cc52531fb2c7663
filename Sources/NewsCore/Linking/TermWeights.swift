import Foundation

/// A passage's TF-IDF vector weights: `(1 + ln tf') · ln(N / df)` per term, divided by the
/// vector's length so that a dot product of two vectors is their cosine.
///
/// tf' counts only occurrences outside mentions and figures (`TermCounter`), df every
/// occurrence; N is the corpus's content passage count. A term whose occurrences are all
/// inside mentions weighs nothing, but still counts for df.
enum TermWeights {
    /// Weights in the order of `linkCounts`; all zero when no term links.
    static func normalised(linkCounts: [UInt16], documentFrequencies: [Int], passages: Int) -> [Double] {
        let total = Double(max(passages, 1))
        var weights = [Double](repeating: 0, count: linkCounts.count)
        var norm = 0.0
        for index in linkCounts.indices where linkCounts[index] > 0 {
            let idf = log(total / Double(max(documentFrequencies[index], 1)))
            let weight = (1 + log(Double(linkCounts[index]))) * idf
            weights[index] = weight
            norm += weight * weight
        }
        guard norm > 0 else { return weights }
        let scale = 1 / norm.squareRoot()
        for index in weights.indices { weights[index] *= scale }
        return weights
    }
}
