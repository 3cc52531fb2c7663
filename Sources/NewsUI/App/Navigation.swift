import NewsCore

/// Moving around: the list selection, the article cursor (a passage and a byte offset, shown as
/// a line), the related selection, articles and history.
extension ReaderState {
    // MARK: Opening and history

    /// Opens a place: marks the article read, puts the cursor there, selects its mention (whose
    /// entity becomes the current one) and scrolls it into view; `record` pushes where the reader
    /// was onto the back history. Leaving an article keeps the cursor's place in it.
    mutating func open(_ target: Location, record: Bool) {
        guard target.article < context.articleCount else { return }
        if record && !(target.article == article && target.passage == passage && target.offset == offset) {
            history.record(location)
        }
        let changedArticle = target.article != article
        if changedArticle { positions[article] = ReadingPosition(passage: passage, offset: offset) }
        article = target.article
        read.insert(article)
        let passages = context.article(article).passages
        passage = passages.isEmpty ? 0 : min(max(target.passage, 0), passages.count - 1)
        offset = target.offset
        mention = target.mention
        if let selected = selectedMention { currentEntity = selected.entity }
        if changedArticle {
            articleTop = 0
            rawTop = 0
        }
        if let row = row(of: article) { listSelection = row }
        keepListSelectionVisible()
        keepCursorVisible(center: record)
    }

    /// Where an article opens: where the cursor was when the reader last left it (this session
    /// or an earlier one), else on its first content passage (body, heading or list item), so
    /// the cursor and the Related pane start on the story rather than on site furniture such
    /// as a "NEW You can now listen" banner. An article with no content opens on passage 0.
    /// A saved position is fitted to the article as it is now (it may have been edited since).
    func start(of article: Int) -> Location {
        let passages = context.article(article).passages
        if let position = positions[article]?.fitted(to: passages) {
            return Location(article: article, passage: position.passage, offset: position.offset, mention: nil)
        }
        let first = passages.firstIndex { $0.kind.isContent } ?? 0
        return Location(article: article, passage: first, offset: 0, mention: nil)
    }

    /// After opening an article from the list (key or click) or with `J`/`K`: its title in view,
    /// unless the cursor resumes further down, which is then shown a third of the way down.
    mutating func showOpenedArticle() {
        articleTop = 0
        keepCursorVisible(center: true)
    }

    mutating func goBack() {
        guard let previous = history.back.popLast() else {
            message = "No earlier place"
            return
        }
        history.forward.append(location)
        let forward = history.forward
        open(previous, record: false)
        history.forward = forward
    }

    mutating func goForward() {
        guard let next = history.forward.popLast() else {
            message = "No later place"
            return
        }
        history.back.append(location)
        open(next, record: false)
    }

    /// The location of a passage with the cursor on its first mention matching `entity`.
    func location(_ target: PassageID, entity: Int?) -> Location {
        let mentions = context.mentions(target.article, target.passage)
        if let entity, let index = mentions.firstIndex(where: { context.mention($0, isOf: entity) }) {
            return Location(article: target.article, passage: target.passage, offset: mentions[index].range.lowerBound, mention: index)
        }
        return Location(article: target.article, passage: target.passage, offset: 0, mention: nil)
    }

    // MARK: Moving in the focused pane

    mutating func move(by delta: Int) {
        switch focus {
        case .articles:
            guard !listRows.isEmpty else { return }
            listSelection = min(max(listSelection + delta, 0), listRows.count - 1)
            keepListSelectionVisible()
        case .article:
            moveCursorLine(by: delta)
        case .related:
            let count = related.items.count
            guard count > 0 else { return }
            related.selection = min(max(related.selection + delta, 0), count - 1)
            keepRelatedSelectionVisible()
        }
    }

    mutating func page(by direction: Int) {
        switch focus {
        case .articles:
            let rows = max(listBodyHeight / 2 - 1, 1)
            move(by: direction * rows)
        case .related:
            move(by: direction * max(relatedBodyHeight / 3 - 1, 1))
        case .article:
            let step = max(articleBodyHeight - 1, 1)
            if showRaw {
                scrollRaw(by: direction * step)
                return
            }
            let lines = articleLines()
            let maxTop = max(lines.lines.count - articleBodyHeight, 0)
            let newTop = min(max(articleTop + direction * step, 0), maxTop)
            let moved = newTop - articleTop
            articleTop = newTop
            if moved == 0 {
                moveToEnd(last: direction > 0)
            } else {
                placeCursor(onLine: cursorLine(in: lines) + moved, in: lines, preferDown: direction > 0)
                keepCursorVisible()
            }
        }
    }

    mutating func moveToEnd(last: Bool) {
        switch focus {
        case .articles:
            guard !listRows.isEmpty else { return }
            listSelection = last ? listRows.count - 1 : 0
            keepListSelectionVisible()
        case .related:
            let count = related.items.count
            guard count > 0 else { return }
            related.selection = last ? count - 1 : 0
            keepRelatedSelectionVisible()
        case .article:
            if showRaw {
                rawTop = last ? Int.max : 0
                scrollRaw(by: 0)
                return
            }
            let lines = articleLines()
            placeCursor(onLine: last ? lines.lines.count - 1 : 0, in: lines, preferDown: !last)
            if !last { articleTop = 0 }
            keepCursorVisible()
        }
    }

    // MARK: The article cursor

    func cursorLine(in lines: ArticleLines) -> Int { lines.line(passage: passage, offset: offset) }

    /// Moves the cursor to the passage line nearest `line` (searching down first when
    /// `preferDown`); title and blank lines are skipped.
    mutating func placeCursor(onLine line: Int, in lines: ArticleLines, preferDown: Bool) {
        guard !lines.lines.isEmpty else { return }
        let line = min(max(line, 0), lines.lines.count - 1)
        let down = (line..<lines.lines.count).first { lines.lines[$0].passage != nil }
        let up = (0...line).reversed().first { lines.lines[$0].passage != nil }
        guard let target = preferDown ? (down ?? up) : (up ?? down),
              case .passage(let index, let range) = lines.lines[target].role else { return }
        passage = index
        offset = range.lowerBound
        mention = nil
    }

    mutating func moveCursorLine(by delta: Int) {
        if showRaw {
            scrollRaw(by: delta)
            return
        }
        let lines = articleLines()
        let current = cursorLine(in: lines)
        var target = current + delta
        while target >= 0 && target < lines.lines.count && lines.lines[target].passage == nil { target += delta > 0 ? 1 : -1 }
        if target < 0 || target >= lines.lines.count {
            // Nothing further: show the title when going up, keep the cursor where it is.
            if delta < 0 { articleTop = 0 }
            return
        }
        placeCursor(onLine: target, in: lines, preferDown: delta > 0)
        keepCursorVisible()
    }

    mutating func stepPassage(by delta: Int) {
        let count = context.article(article).passages.count
        guard count > 0 else { return }
        if delta < 0 && (offset > 0 || mention != nil) {
            // First back to the start of this passage, like `[` in an editor.
            offset = 0
        } else {
            let target = passage + delta
            guard target >= 0 && target < count else {
                message = delta > 0 ? "Last passage" : "First passage"
                return
            }
            passage = target
            offset = 0
        }
        mention = nil
        keepCursorVisible()
    }

    mutating func scrollRaw(by delta: Int) {
        let lines = articleLines()
        let maxTop = max(lines.lines.count - articleBodyHeight, 0)
        rawTop = min(max(rawTop == Int.max ? maxTop : rawTop + delta, 0), maxTop)
    }

    /// Scrolls the article so the cursor line shows (in the middle after a jump).
    ///
    /// When the view has to move, or the text was just reflowed (`reflowed`: after a resize the
    /// old first line number points anywhere), the start of the cursor's passage is shown too
    /// if it fits with the cursor line: a passage seen from its middle reads as a fragment.
    /// A view the reader scrolled on purpose (paging) is left alone.
    mutating func keepCursorVisible(center: Bool = false, reflowed: Bool = false) {
        guard context.articleCount > 0, !showRaw else { return }
        let lines = articleLines()
        let height = articleBodyHeight
        let line = cursorLine(in: lines)
        let hidden = line < articleTop || line >= articleTop + height
        if center && hidden {
            articleTop = line - height / 3
        } else if line < articleTop {
            articleTop = line
        } else if line >= articleTop + height {
            articleTop = line - height + 1
        }
        let start = lines.line(passage: passage, offset: 0)
        if (hidden || reflowed) && start < articleTop && line - start < height { articleTop = start }
        articleTop = min(max(articleTop, 0), max(lines.lines.count - height, 0))
        if articleTop > 0 && line < articleTop { articleTop = line }
    }

    /// Wheel scrolling in the article: the view moves, the cursor is pulled back into it.
    mutating func scrollArticle(by delta: Int) {
        if showRaw {
            scrollRaw(by: delta)
            return
        }
        let lines = articleLines()
        let height = articleBodyHeight
        articleTop = min(max(articleTop + delta, 0), max(lines.lines.count - height, 0))
        let line = cursorLine(in: lines)
        if line < articleTop {
            placeCursor(onLine: articleTop, in: lines, preferDown: true)
        } else if line >= articleTop + height {
            placeCursor(onLine: articleTop + height - 1, in: lines, preferDown: false)
        }
    }

    // MARK: Articles

    mutating func stepArticle(by delta: Int) {
        guard !listRows.isEmpty else { return }
        let row = row(of: article) ?? (delta > 0 ? -1 : listRows.count)
        let target = row + delta
        guard target >= 0 && target < listRows.count else {
            message = delta > 0 ? "Last article" : "First article"
            return
        }
        open(start(of: listRows[target]), record: true)
        showOpenedArticle()
    }

    var listBodyHeight: Int {
        let shown = ScreenLayout(width: width, height: height, focus: .articles, side: .articles)
        return max((shown.rect(of: .articles)?.height ?? height) - 1, 2)
    }

    var relatedBodyHeight: Int {
        let shown = ScreenLayout(width: width, height: height, focus: .related, side: .related)
        return max((shown.rect(of: .related)?.height ?? height) - 1, 3)
    }

    /// The list row showing an article: a binary search, `listRows` being ascending.
    func row(of article: Int) -> Int? {
        var lower = 0, upper = listRows.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if listRows[middle] < article { lower = middle + 1 } else { upper = middle }
        }
        return lower < listRows.count && listRows[lower] == article ? lower : nil
    }

    /// Two rows per article; keeps the selected one on screen.
    mutating func keepListSelectionVisible() {
        let visible = max(listBodyHeight / 2, 1)
        if listSelection < listTop { listTop = listSelection }
        if listSelection >= listTop + visible { listTop = listSelection - visible + 1 }
        listTop = min(max(listTop, 0), max(listRows.count - visible, 0))
    }

    mutating func keepRelatedSelectionVisible() {
        let rows = related.rows
        guard let first = rows.firstIndex(where: { $0.item == related.selection }) else { return }
        let height = relatedBodyHeight
        // Show the group header above the first item of a group.
        let wanted = first > 0 && rows[first - 1].item == nil ? first - 1 : first
        if wanted < related.top { related.top = wanted }
        if first + 3 > related.top + height { related.top = first + 3 - height }
        related.top = max(related.top, 0)
    }

    // MARK: Enter

    mutating func openSelection() {
        switch focus {
        case .articles:
            guard listSelection < listRows.count else { return }
            open(start(of: listRows[listSelection]), record: true)
            showOpenedArticle()
            setFocus(.article)
        case .article:
            if let selected = selectedMention {
                refreshRelated()
                settleRelated()
                guard related.groups.contains(where: { $0.entity == selected.entity }) else {
                    message = "No related passages for \(context.entities[selected.entity].name)"
                    return
                }
                related.only = selected.entity
            } else {
                refreshRelated()
                settleRelated()
                guard !related.groups.isEmpty else {
                    message = RelatedView.emptyReason(self)
                    return
                }
                related.only = nil
            }
            related.selection = 0
            related.top = 0
            setFocus(.related)
        case .related:
            let items = related.items
            guard related.selection < items.count else { return }
            let target = items[related.selection]
            open(location(target.target, entity: target.entity), record: true)
            currentEntity = target.entity
            setFocus(.article)
        }
    }
}
