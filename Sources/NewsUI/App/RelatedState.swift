import NewsCore

/// The Related pane: groups for one source passage, computed when that passage changes (never
/// per frame), optionally narrowed to one entity's group.
public struct RelatedState: Sendable, Hashable {
    public var source: PassageID?
    public var groups: [RelatedGroup] = []
    /// The groups for `source` are being ranked in the background (`RelatedSource`).
    public var pending = false
    /// Show only this entity's group (set by Enter on a mention).
    public var only: Int?
    /// Index into `items`.
    public var selection = 0
    /// First row shown.
    public var top = 0

    public var shownGroups: [RelatedGroup] {
        guard let only else { return groups }
        return groups.filter { $0.entity == only }
    }

    public var items: [RelatedPassage] { shownGroups.flatMap(\.passages) }

    /// The pane's rows: a header per group, then three rows per passage (title, snippet, why).
    public var rows: [RelatedRow] {
        var rows: [RelatedRow] = []
        var item = 0
        for group in shownGroups {
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.header(group.entity, count: group.passages.count))
            for passage in group.passages {
                rows.append(.title(item, passage))
                rows.append(.snippet(item, passage))
                rows.append(.why(item, passage))
                item += 1
            }
        }
        return rows
    }
}

public enum RelatedRow: Sendable, Hashable {
    case header(Int, count: Int)
    case title(Int, RelatedPassage)
    case snippet(Int, RelatedPassage)
    case why(Int, RelatedPassage)
    case blank

    var item: Int? {
        switch self {
        case .title(let item, _), .snippet(let item, _), .why(let item, _): item
        default: nil
        }
    }
}
