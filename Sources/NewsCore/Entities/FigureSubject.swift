/// Picks the entity a figure is said of, so a reader can compare what each outlet claims for
/// the same company: in the figure's sentence the nearest preceding organisation or product,
/// else the nearest following one, else any nearest entity in that sentence; failing that the
/// nearest entity in earlier sentences of the passage, then in later ones; else none.
enum FigureSubject {
    static let preferred: Set<EntityType> = [.organisation, .product, .chip]

    /// `mentions` are the passage's non-figure mentions; `types[entity]` their types.
    static func subject(of figure: Range<Int>, mentions: [Mention], sentenceStarts: [Int],
                        type: (Int) -> EntityType) -> Int? {
        let sentence = SentenceBounds.sentence(of: figure.lowerBound, in: sentenceStarts)
        let candidates = mentions.filter { type($0.entity) != .money && type($0.entity) != .percentage }
        let same = candidates.filter { SentenceBounds.sentence(of: $0.range.lowerBound, in: sentenceStarts) == sentence }
        let before = same.filter { $0.range.upperBound <= figure.lowerBound }
        let after = same.filter { $0.range.lowerBound >= figure.upperBound }
        if let pick = before.last(where: { preferred.contains(type($0.entity)) }) { return pick.entity }
        if let pick = after.first(where: { preferred.contains(type($0.entity)) }) { return pick.entity }
        if let pick = before.last ?? after.first { return pick.entity }
        if let pick = candidates.last(where: { $0.range.upperBound <= figure.lowerBound }) { return pick.entity }
        return candidates.first(where: { $0.range.lowerBound >= figure.upperBound })?.entity
    }
}
