import NewsCore

/// Draws a state at a size: header, the panes the width allows (separated by a rule), status
/// line, and the overlay on top. Pure; only the visible rows are styled.
public func render(_ state: ReaderState, width: Int, height: Int) -> Frame {
    var frame = Frame(width: width, height: height)
    let layout = ScreenLayout(width: width, height: height, focus: state.focus, side: state.side)
    if layout.isTooSmall || state.context.articleCount == 0 {
        let lines = state.context.articleCount == 0 ? ["No articles"]
            : ["Terminal too small", "\(width)×\(height): need \(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight)"]
        let top = max((height - lines.count) / 2, 0)
        for (number, line) in lines.enumerated() {
            let shown = Fit.truncate(line, to: width)
            frame.put(shown, x: max((width - TextWidth.of(shown)) / 2, 0), y: top + number, style: Style(bold: number == 0))
        }
        return frame
    }
    Header.draw(state, in: layout.header, frame: &frame)
    let articleRect = layout.rect(of: .article) ?? state.articleRect
    let lines = state.articleLines(width: articleRect.width)
    let bodyHeight = articleRect.height - 1
    for (pane, rect) in layout.panes {
        let focused = pane == state.focus && state.overlay == nil
        switch pane {
        case .articles: ArticleList.draw(state, in: rect, focused: focused, frame: &frame)
        case .article: ArticleView.draw(state, in: rect, focused: focused, lines: lines, frame: &frame)
        case .related: RelatedView.draw(state, in: rect, focused: focused, frame: &frame)
        }
        if rect.maxX < width {
            for y in rect.y..<rect.maxY { frame.put("│", x: rect.maxX, y: y, style: state.theme.separator) }
        }
    }
    let top = ArticleView.top(state, lines: lines, height: bodyHeight)
    StatusLine.draw(state, in: layout.status, articleLines: lines, top: top, bodyHeight: bodyHeight, frame: &frame)
    switch state.overlay {
    case .help(let top)?: HelpOverlay.draw(state, top: top, frame: &frame)
    case .search(let prompt)?: SearchPrompt.draw(state, prompt: prompt, frame: &frame)
    case .picker(let picker)?: EntityPicker.draw(state, picker: picker, frame: &frame)
    case .results(let results)?: ResultsList.draw(state, results: results, frame: &frame)
    case nil: break
    }
    return frame
}
