import Foundation

/// One source passage, linked through one entity, scored against candidate passages: the parts
/// of `RelatedPassage.score`, with what the source contributes prepared once per query.
struct LinkScoring {
    let source: ArticleVectors
    let passage: Int
    /// The entity linked by: shared, but not counted as a shared entity.
    let entity: Int
    /// The entities the source speaks of, ascending, and the bonus each adds when shared:
    /// 0.1 · ln(N / passages) / ln N, so an entity that is everywhere adds nothing.
    let entities: [Int32]
    let bonuses: [Double]
    let figures: [Figure]
    /// The source's term weights in an open-addressing table keyed by term id (-1 empty), so a
    /// candidate's vector is matched term by term without a merge.
    private let keys: [Int32]
    private let values: [Double]
    private let shift: Int
    /// Bit `id & filterMask` set for each source term id.
    private let filter: [UInt64]
    private static let filterMask = 4_095

    /// - Parameter bonus: the shared-entity bonus of an entity (`entityBonus(passages:contentPassages:)`).
    init(source: ArticleVectors, passage: Int, entity: Int, bonus: (Int) -> Double) {
        self.source = source
        self.passage = passage
        self.entity = entity
        entities = Array(source.entities(passage))
        bonuses = entities.map { bonus(Int($0)) }
        figures = source.figures(passage)
        let terms = source.terms(passage)
        var bits = 4
        while 1 << bits < 2 * terms.count { bits += 1 }
        shift = 64 - bits
        var keys = [Int32](repeating: -1, count: 1 << bits)
        var values = [Double](repeating: 0, count: 1 << bits)
        var filter = [UInt64](repeating: 0, count: (Self.filterMask + 1) / 64)
        for entry in terms {
            let term = source.termIDs[entry]
            let bit = Int(term) & Self.filterMask
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
            var slot = Self.slot(term, shift: shift)
            while keys[slot] >= 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = term
            values[slot] = source.weights[entry]
        }
        self.keys = keys
        self.values = values
        self.filter = filter
    }

    /// Up to 0.1 a shared entity: rarer entities say more.
    static func entityBonus(passages: Int, contentPassages: Int) -> Double {
        guard passages > 0 else { return 0 }
        let total = Double(max(contentPassages, 2))
        let rarity = log(total / Double(passages)) / log(total)
        return 0.1 * min(max(rarity, 0), 1)
    }

    @inline(__always) private static func slot(_ term: Int32, shift: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: term)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// Visits every content passage of `target` with its score against the source before the
    /// article-context discount (words + shared entities + figures) and whether it names the
    /// entity: one pass over the article's arrays, each part summed as the single-passage
    /// functions sum it.
    func scores(_ target: ArticleVectors, _ visit: (_ passage: Int, _ score: Double, _ namesEntity: Bool) -> Void) {
        target.entityIDs.withUnsafeBufferPointer { entityIDs in
            target.postingIDs.withUnsafeBufferPointer { postingIDs in
                for passage in 0..<target.passageCount where target.isContent[passage] {
                    var score = 0.0
                    matches(target, in: target.terms(passage)) { score += $0 }
                    score += entitySum(entityIDs, Int(target.entityStart[passage])..<Int(target.entityStart[passage + 1]))
                    if !figures.isEmpty, passage < target.figures.count, !target.figures[passage].isEmpty,
                       let figure = figure(target, passage) {
                        score += figure.score
                    }
                    let postings = Int(target.postingStart[passage])..<Int(target.postingStart[passage + 1])
                    visit(passage, score, postings.contains { postingIDs[$0] == Int32(truncatingIfNeeded: entity) })
                }
            }
        }
    }

    /// Cosine of the two passages' vectors, summed in ascending term id.
    func words(_ target: ArticleVectors, _ passage: Int) -> Double {
        var sum = 0.0
        matches(target, in: target.terms(passage)) { sum += $0 }
        return sum
    }

    /// Calls `add` with source weight × target weight for each entry of `entries` whose term
    /// the source has, in entry order. A bitmap of the source's term ids turns most other
    /// terms away before the table is probed.
    @inline(__always)
    private func matches(_ target: ArticleVectors, in entries: Range<Int>, _ add: (Double) -> Void) {
        let mask = keys.count - 1, shift = shift
        keys.withUnsafeBufferPointer { keys in
            values.withUnsafeBufferPointer { values in
                filter.withUnsafeBufferPointer { filter in
                    target.termIDs.withUnsafeBufferPointer { termIDs in
                        target.weights.withUnsafeBufferPointer { weights in
                            for entry in entries {
                                let term = termIDs[entry]
                                let bit = Int(truncatingIfNeeded: term) & Self.filterMask
                                guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
                                var slot = Self.slot(term, shift: shift)
                                while true {
                                    let key = keys[slot]
                                    if key == term { add(values[slot] * weights[entry]); break }
                                    if key < 0 { break }
                                    slot = (slot &+ 1) & mask
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The bonuses of the other entities both passages speak of, in ascending id, at most
    /// `PassageLinker.maximumEntityScore`.
    func entityScore(_ target: ArticleVectors, _ passage: Int) -> Double {
        target.entityIDs.withUnsafeBufferPointer { entityIDs in
            entitySum(entityIDs, Int(target.entityStart[passage])..<Int(target.entityStart[passage + 1]))
        }
    }

    /// `entityScore` over a target passage's entities `ids[range]` (ascending): a merge.
    @inline(__always)
    private func entitySum(_ ids: UnsafeBufferPointer<Int32>, _ range: Range<Int>) -> Double {
        entities.withUnsafeBufferPointer { entities in
            bonuses.withUnsafeBufferPointer { bonuses in
                var i = 0, j = range.lowerBound
                var sum = 0.0
                while i < entities.count && j < range.upperBound {
                    let x = entities[i], y = ids[j]
                    if x == y {
                        if Int(x) != entity { sum += bonuses[i] }
                        i += 1; j += 1
                    } else if x < y {
                        i += 1
                    } else {
                        j += 1
                    }
                }
                return min(sum, PassageLinker.maximumEntityScore)
            }
        }
    }

    /// The best figure pair; two subjects are one entity when they are, or share a maker
    /// ("DeepSeek R1" and "DeepSeek").
    func figure(_ target: ArticleVectors, _ passage: Int) -> FigureMatch? {
        let source = source
        return FigureMatch.best(figures, target.figures(passage)) { a, b in a == b || source.maker(a) == target.maker(b) }
    }

    /// The other entities both passages speak of, the rarest (largest bonus) first.
    func sharedEntities(_ target: ArticleVectors, _ passage: Int) -> [Int] {
        let other = target.entities(passage)
        return entities.indices.filter { entities[$0] != Int32(entity) && other.contains(entities[$0]) }
            .sorted { bonuses[$0] > bonuses[$1] || (bonuses[$0] == bonuses[$1] && entities[$0] < entities[$1]) }
            .map { Int(entities[$0]) }
    }

    /// The words both passages weigh, heaviest contribution to their cosine first (ties by
    /// word); `names` names the source's terms.
    func sharedWords(_ target: ArticleVectors, _ passage: Int, names: [Int32: String]) -> [String] {
        var shared: [(term: String, weight: Double)] = []
        for entry in source.terms(self.passage) {
            let term = source.termIDs[entry]
            let other = target.terms(passage)
            guard let match = binarySearch(target.termIDs, term, in: other) else { continue }
            let weight = source.weights[entry] * target.weights[match]
            if weight > 0, let name = names[term] { shared.append((name, weight)) }
        }
        return shared.sorted { $0.weight > $1.weight || ($0.weight == $1.weight && $0.term < $1.term) }.map(\.term)
    }

    private func binarySearch(_ ids: [Int32], _ id: Int32, in range: Range<Int>) -> Int? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper {
            let middle = (lower + upper) / 2
            if ids[middle] < id { lower = middle + 1 } else { upper = middle }
        }
        return lower < range.upperBound && ids[lower] == id ? lower : nil
    }
}
