@testable import NewsCore

/// Compares two linkers' answers: the same passages in the same order, the same "why", scores
/// within a tolerance. Says what differs, so a failure names the passage.
enum LinkComparison {
    static let tolerance = 1e-9

    static func differences(_ new: [RelatedPassage], _ old: [RelatedPassage]) -> [String] {
        guard new.map(\.target) == old.map(\.target) else {
            return ["targets \(new.map { "\($0.target)" }) != \(old.map { "\($0.target)" })"]
        }
        return zip(new, old).flatMap { a, b in
            var found: [String] = []
            if abs(a.score - b.score) > tolerance { found.append("\(a.target) score \(a.score) != \(b.score)") }
            found += differences(a.why, b.why).map { "\(a.target) \($0)" }
            return found
        }
    }

    static func differences(_ a: LinkExplanation, _ b: LinkExplanation) -> [String] {
        var found: [String] = []
        if a.description != b.description { found.append("why \(a) != \(b)") }
        if a.entityMentioned != b.entityMentioned || a.sharedEntities != b.sharedEntities || a.figure != b.figure {
            found.append("why parts \(a) != \(b)")
        }
        for (name, x, y) in [("words", a.wordScore, b.wordScore), ("entities", a.entityScore, b.entityScore),
                             ("figures", a.figureScore, b.figureScore)] where abs(x - y) > tolerance {
            found.append("\(name) \(x) != \(y)")
        }
        return found
    }
}
