import NewsCore

/// A window drawn over the panes that takes the keys while open.
public enum Overlay: Sendable, Hashable {
    case help(top: Int)
    case search(SearchPromptState)
    case picker(PickerState)
    case results(ResultsState)

    /// Overlays that read typed text (printable keys are input, not actions).
    var takesText: Bool {
        switch self {
        case .search, .picker: true
        default: false
        }
    }
}

/// The `/` prompt: the query as typed and what it finds so far.
public struct SearchPromptState: Sendable, Hashable {
    public var text = ""
    public var hits: [PassageHit] = []
    public var totalPassages = 0
    public var error: String?
    public var selection = 0
}

/// The `@` / `+` entity picker.
public struct PickerState: Sendable, Hashable {
    public var text = ""
    /// True for `+`: the choice narrows the entities already chosen instead of replacing them.
    public var adding = false
    public var candidates: [EntityCandidate] = []
    public var selection = 0
}

/// Every passage mentioning all chosen entities, grouped by article in corpus order.
public struct ResultsState: Sendable, Hashable {
    public var entities: [Int]
    public var passages: [PassageID]
    public var selection = 0
}

/// The last query opened from `/`: its matches in the articles it found, for `n`/`N`.
public struct ActiveQuery: Sendable, Hashable {
    public var text: String
    public var hits: [Int: [PassageHit]]
}
