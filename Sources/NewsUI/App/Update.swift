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

    /// Sets the Related pane to the cursor's passage when that changed since it was last set:
    /// its groups when they are known or cheap to know, else pending and asked for in the
    /// background (`RelatedSource`). Narrowing to one entity (`only`) outlives the wait.
    mutating func refreshRelated() {
        guard context.articleCount > 0 else { return }
        let source = currentPassage
        guard related.source != source else { return }
        let articlePassages = context.article(article).passages
        let only = related.only
        if !(passage < articlePassages.count && articlePassages[passage].kind.isContent) {
            related = RelatedState(source: source, groups: [])
        } else if let groups = context.related.cached(source) {
            related = RelatedState(source: source, groups: groups)
        } else if context.related.inBackground {
            related = RelatedState(source: source, groups: [], pending: true)
            related.only = only
            context.related.request(source)
            return
        } else {
            related = RelatedState(source: source, groups: context.related.now(source))
        }
        if let only, related.groups.contains(where: { $0.entity == only }) { related.only = only }
    }

    /// Fills a pending Related pane now, on this thread: for Enter, which needs the groups.
    mutating func settleRelated() {
        guard related.pending, let source = related.source else { return }
        fill(related: context.related.now(source))
    }

    mutating func fill(related groups: [RelatedGroup]) {
        related.groups = groups
        related.pending = false
        if let only = related.only, !groups.contains(where: { $0.entity == only }) { related.only = nil }
        related.selection = min(related.selection, max(related.items.count - 1, 0))
    }
}

/// Work the reader asked for off its thread, now done.
extension ReaderState {
    /// This state with the Related pane filled, when its groups were pending and are ready
    /// now, or with the groups ranked so far when there are more than it shows (the pane still
    /// pending); nil when there is nothing new to show. The terminal loop asks between
    /// keystrokes.
    public func withFinishedWork() -> ReaderState? {
        guard related.pending, let source = related.source else { return nil }
        var next = self
        if let groups = context.related.cached(source) {
            next.fill(related: groups)
        } else if let groups = context.related.progress(source), groups.count > related.groups.count {
            next.related.groups = groups
            next.related.selection = min(next.related.selection, max(next.related.items.count - 1, 0))
        } else {
            return nil
        }
        return next
    }

    /// Waits until the work asked for in the background is done (tests, the benchmark).
    public func waitForBackgroundWork() { context.related.waitUntilIdle() }

    /// Whether nothing is being worked on in the background.
    public var backgroundIsIdle: Bool { context.related.isIdle }
}
