import Foundation

/// Two figures from two passages that speak of the same quantity, as found by `match(_:_:sameEntity:)`.
///
/// Comparable figures are money of one currency within a factor of 2 ("$5.6 million" ~
/// "$6 million"), or percentages within 2 points or a quarter of the larger one. Closeness alone
/// says little — any two sums of one size are comparable — so what the figures are said of
/// decides how much it counts:
///
/// - the same subject: full score, and a figure of the same kind that is not comparable
///   ("$5.6 million" vs "$1.6 billion" for DeepSeek's cost) is still the same *topic*;
/// - a subject unknown on either side: half the score, since they may be the same claim;
/// - two known, different subjects (DeepSeek's sell-off vs Stargate's budget): nothing.
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
    /// What the pair adds to a link's score: 0.25…0.45 when comparable with a shared subject,
    /// 0.075…0.175 when comparable and a subject is unknown, 0.05 for the same topic.
    public var score: Double

    /// "$5.6 million ~ $6 million" when comparable, "$5.6 million vs $1.6 billion" otherwise.
    public var description: String {
        "\(source.text) \(kind == .comparable ? "~" : "vs") \(target.text)"
    }

    /// How `source` relates to `target`, or nil when they are not about the same quantity.
    /// `sameEntity` says whether two subjects are one entity (a product and its maker are).
    public static func match(_ source: Figure, _ target: Figure,
                             sameEntity: (Int, Int) -> Bool = { $0 == $1 }) -> FigureMatch? {
        guard source.kind == target.kind, source.value > 0, target.value > 0 else { return nil }
        if source.kind == .money, let a = source.currency, let b = target.currency, a != b { return nil }
        let subjects = Subjects(source.subject, target.subject, sameEntity: sameEntity)
        guard subjects != .different else { return nil }
        guard let closeness = closeness(source, target) else {
            guard subjects == .same else { return nil }
            return FigureMatch(source: source, target: target, kind: .sameTopic, closeness: 0, score: 0.05)
        }
        let base = 0.15 + 0.2 * closeness
        let score = subjects == .same ? base + 0.1 : base / 2
        return FigureMatch(source: source, target: target, kind: .comparable, closeness: closeness, score: score)
    }

    /// How the two figures' subjects relate.
    enum Subjects {
        case same, different, unknown

        init(_ a: Int?, _ b: Int?, sameEntity: (Int, Int) -> Bool) {
            guard let a, let b else { self = .unknown; return }
            self = sameEntity(a, b) ? .same : .different
        }
    }

    /// 1 for equal values, falling to 0 at the edge of comparable; nil beyond it.
    static func closeness(_ source: Figure, _ target: Figure) -> Double? {
        let closeness: Double
        switch source.kind {
        case .money:
            let ratio = max(source.value, target.value) / min(source.value, target.value)
            closeness = 1 - log(ratio) / log(2)
        case .percentage:
            let limit = max(2, 0.25 * max(source.value, target.value))
            closeness = 1 - abs(source.value - target.value) / limit
        }
        return closeness >= 0 ? closeness : nil
    }

    /// The highest-scoring pair between two passages' figures; ties go to the earlier figures.
    public static func best(_ sources: [Figure], _ targets: [Figure],
                            sameEntity: (Int, Int) -> Bool = { $0 == $1 }) -> FigureMatch? {
        var best: FigureMatch?
        for source in sources {
            for target in targets {
                guard let found = match(source, target, sameEntity: sameEntity) else { continue }
                if found.score > (best?.score ?? 0) { best = found }
            }
        }
        return best
    }
}
