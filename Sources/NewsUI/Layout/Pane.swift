/// The three panes, in Tab order.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case articles, article, related

    public var title: String {
        switch self {
        case .articles: "Articles"
        case .article: "Article"
        case .related: "Related"
        }
    }

    var next: Pane { Pane(rawValue: (rawValue + 1) % 3)! }
    var previous: Pane { Pane(rawValue: (rawValue + 2) % 3)! }
}
