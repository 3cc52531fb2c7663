import NewsCore

/// The reader's one state transition: a new state for an event. Pure: the old state is untouched.
public func update(_ state: ReaderState, _ event: Event) -> ReaderState {
    var next = state
    next.message = nil
    switch event {
    case .resize(let width, let height):
        next.width = max(width, 0)
        next.height = max(height, 0)
        next.keepCursorVisible(reflowed: true)
    case .key(let key):
        next.handle(key)
    case .mouse(let mouse):
        next.handle(mouse)
    }
    next.refreshRelated()
    return next
}

extension ReaderState {
    mutating func handle(_ key: Key) {
        if let overlay {
            handle(key, in: overlay)
            return
        }
        guard let action = keymap.action(for: key) else { return }
        perform(action)
    }

    /// Runs an action outside any overlay.
    mutating func perform(_ action: Action) {
        switch action {
        case .moveDown: move(by: 1)
        case .moveUp: move(by: -1)
        case .pageDown: page(by: 1)
        case .pageUp: page(by: -1)
        case .moveFirst: moveToEnd(last: false)
        case .moveLast: moveToEnd(last: true)
        case .nextPassage: stepPassage(by: 1)
        case .previousPassage: stepPassage(by: -1)
        case .nextArticle: stepArticle(by: 1)
        case .previousArticle: stepArticle(by: -1)
        case .focusNext: setFocus(focus.next)
        case .focusPrevious: setFocus(focus.previous)
        case .nextMention: stepMention(forward: true)
        case .previousMention: stepMention(forward: false)
        case .open: openSelection()
        case .back: goBack()
        case .forward: goForward()
        case .nextEntityMention: stepEntityMention(forward: true)
        case .previousEntityMention: stepEntityMention(forward: false)
        case .search: overlay = .search(SearchPromptState())
        case .pickEntity: overlay = .picker(PickerState())
        case .addEntity:
            if chosen.isEmpty { overlay = .picker(PickerState()) } else { overlay = .picker(PickerState(adding: true)) }
        case .filterArticles: toggleFilter()
        case .clear: clearChoices()
        case .toggleRaw:
            showRaw.toggle()
            rawTop = 0
            keepCursorVisible()
        case .bookmark: toggleBookmark()
        case .help: overlay = .help(top: 0)
        case .quit: finished = true
        }
    }

    mutating func setFocus(_ pane: Pane) {
        focus = pane
        if pane != .article { side = pane }
    }

    mutating func clearChoices() {
        if query == nil && chosen.isEmpty && !filtering && related.only == nil {
            message = "Nothing to clear"
            return
        }
        query = nil
        chosen = []
        related.only = nil
        related.selection = 0
        related.top = 0
        if filtering { setFilter(false) }
        message = "Cleared entities, filter and query"
    }

    mutating func toggleBookmark() {
        let target = focus == .articles && listSelection < listRows.count ? listRows[listSelection] : article
        if bookmarks.remove(target) == nil {
            bookmarks.insert(target)
            message = "Bookmarked"
        } else {
            message = "Bookmark removed"
        }
    }

    mutating func toggleFilter() {
        guard !chosen.isEmpty else {
            message = "Choose an entity first (@)"
            return
        }
        setFilter(!filtering)
    }

    mutating func setFilter(_ on: Bool) {
        filtering = on
        listRows = on ? context.library.articles(mentioningAll: chosen) : Array(0..<context.articleCount)
        listSelection = row(of: article) ?? 0
        listTop = 0
        keepListSelectionVisible()
        // The verb agrees too: "1 article mentions", "2 articles mention".
        let verb = listRows.count == 1 ? "mentions" : "mention"
        message = on ? "\(counted(listRows.count, "article")) \(verb) \(chosenNames)" : "Showing every article"
    }

    var chosenNames: String { chosen.map { context.entities[$0].name }.joined(separator: " + ") }

    /// Passages speaking of every entity given (products count for their maker), in corpus order:
    /// in each article the library finds them all in, the passages they share.
    func passagesMentioningAll(_ entities: [Int]) -> [PassageID] {
        guard let first = entities.first else { return [] }
        return context.library.articles(mentioningAll: entities).flatMap { article in
            var shared = context.passages(speakingOf: first, in: article)
            for entity in entities.dropFirst() {
                let other = Set(context.passages(speakingOf: entity, in: article))
                shared = shared.filter(other.contains)
            }
            return shared
        }
    }

    /// Recomputes the Related pane when the cursor's passage changed since it was last computed.
    mutating func refreshRelated() {
        guard context.articleCount > 0 else { return }
        let source = currentPassage
        guard related.source != source else { return }
        let articlePassages = context.article(article).passages
        let groups = passage < articlePassages.count && articlePassages[passage].kind.isContent
            ? context.index.linker.groups(for: source, limit: 5) : []
        let only = related.only
        related = RelatedState(source: source, groups: groups)
        if let only, groups.contains(where: { $0.entity == only }) { related.only = only }
    }
}
