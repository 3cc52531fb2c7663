import Foundation

/// Two figures from two passages that speak of the same quantity, as found by `match(_:_:)`.
///
/// Comparable figures are money of one currency within a factor of 2 ("$5.6 million" ~
/// "$6 million"), or percentages within 2 points or a quarter of the larger one. A figure of the
/// same kind said of the same subject entity but not comparable ("$5.6 million" vs "$1.6 billion"
/// for DeepSeek's cost) is the same *topic*: it scores a little, closeness scores more. A shared
/// known subject adds to a comparable pair; differing subjects do not veto it, because the
/// tagger's subject is the nearest entity and often not the one the figure is about ("spent just
/// $5.6 million … US companies spend" gets "US").
public struct FigureMatch: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        case comparable
        case sameTopic = "same topic"
    }

    public var source: Figure
    public var target: Figure
    public var kind: Kind
    /// 1 for equal values, falling to 0 at the edge of comparable; 0 for `.sameTopic`.
    public var closeness: Double
    /// What the pair adds to a link's score: 0.15…0.45 when comparable (0.1 of it for a shared
    /// known subject), 0.05 for the same topic.
    public var score: Double

    /// "$5.6 million ~ $6 million" when comparable, "$5.6 million vs $1.6 billion" otherwise.
    public var description: String {
        "\(source.text) \(kind == .comparable ? "~" : "vs") \(target.text)"
    }

    /// How `source` relates to `target`, or nil when they are not about the same quantity.
    public static func match(_ source: Figure, _ target: Figure) -> FigureMatch? {
        guard source.kind == target.kind, source.value > 0, target.value > 0 else { return nil }
        if source.kind == .money, let a = source.currency, let b = target.currency, a != b { return nil }
        let sameSubject = source.subject != nil && source.subject == target.subject
        let closeness: Double
        switch source.kind {
        case .money:
            let ratio = max(source.value, target.value) / min(source.value, target.value)
            closeness = ratio <= 2 ? 1 - log(ratio) / log(2) : -1
        case .percentage:
            let limit = max(2, 0.25 * max(source.value, target.value))
            let difference = abs(source.value - target.value)
            closeness = difference <= limit ? 1 - difference / limit : -1
        }
        if closeness >= 0 {
            let score = 0.15 + 0.2 * closeness + (sameSubject ? 0.1 : 0)
            return FigureMatch(source: source, target: target, kind: .comparable, closeness: closeness, score: score)
        }
        guard sameSubject else { return nil }
        return FigureMatch(source: source, target: target, kind: .sameTopic, closeness: 0, score: 0.05)
    }

    /// The highest-scoring pair between two passages' figures; ties go to the earlier figures.
    public static func best(_ sources: [Figure], _ targets: [Figure]) -> FigureMatch? {
        var best: FigureMatch?
        for source in sources {
            for target in targets {
                guard let found = match(source, target) else { continue }
                if found.score > (best?.score ?? 0) { best = found }
            }
        }
        return best
    }
}
