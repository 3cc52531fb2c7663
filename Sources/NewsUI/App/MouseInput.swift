import NewsCore

/// A click selects the row under it and focuses its pane; the wheel scrolls the pane under the
/// pointer. While an overlay is open the wheel moves its selection and a click outside closes it.
extension ReaderState {
    mutating func handle(_ mouse: MouseEvent) {
        if overlay != nil {
            switch mouse.kind {
            case .wheelDown: handle(.down, in: overlay!)
            case .wheelUp: handle(.up, in: overlay!)
            default: break
            }
            return
        }
        let layout = layout
        guard let (pane, rect) = layout.panes.first(where: { $0.rect.contains(x: mouse.x, y: mouse.y) }) else { return }
        let row = mouse.y - rect.y - 1
        switch mouse.kind {
        case .wheelDown, .wheelUp:
            let delta = mouse.kind == .wheelDown ? 3 : -3
            switch pane {
            case .articles:
                let visible = max(listBodyHeight / 2, 1)
                listTop = min(max(listTop + delta / 3, 0), max(listRows.count - visible, 0))
            case .article:
                scrollArticle(by: delta)
            case .related:
                related.top = min(max(related.top + delta, 0), max(related.rows.count - 1, 0))
            }
        case .press(button: 1):
            setFocus(pane)
            guard row >= 0 else { return }
            click(pane: pane, row: row, column: mouse.x - rect.x)
        default:
            break
        }
    }

    mutating func click(pane: Pane, row: Int, column: Int) {
        switch pane {
        case .articles:
            let index = listTop + row / 2
            guard index < listRows.count else { return }
            listSelection = index
            open(start(of: listRows[index]), record: true)
            showOpenedArticle()
        case .article:
            guard !showRaw else { return }
            let lines = articleLines()
            let number = articleTop + row
            guard number < lines.lines.count, case .passage(let index, let range) = lines.lines[number].role else { return }
            passage = index
            offset = range.lowerBound
            mention = nil
            // The column within the text (after the two-cell margin and any bullet) to a byte.
            let line = lines.lines[number]
            var cells = column - 2 - TextWidth.of(line.prefix)
            var byte = range.lowerBound
            for character in line.text {
                let width = TextWrap.cells(character)
                if cells < width { break }
                cells -= width
                byte += character.utf8.count
            }
            let mentions = context.mentions(article, passage)
            if cells >= 0, let hit = mentions.firstIndex(where: { $0.range.contains(byte) }) {
                mention = hit
                offset = mentions[hit].range.lowerBound
                currentEntity = mentions[hit].entity
            }
        case .related:
            let rows = related.rows
            let number = related.top + row
            guard number < rows.count, let item = rows[number].item else { return }
            related.selection = item
        }
    }
}
