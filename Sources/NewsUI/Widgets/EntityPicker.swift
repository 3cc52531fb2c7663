import NewsCore

/// `@` / `+`: the name typed so far and the entities it could mean, best first, each with its
/// type, articles and mentions (the library's `stats`, asked for the rows in view) and the alias
/// that matched, when it is not the name.
enum EntityPicker {
    static func draw(_ state: ReaderState, picker: PickerState, frame: inout Frame) {
        let theme = state.theme
        let title = picker.adding ? "Add an entity — all chosen must appear" : "Entity — type a name or alias"
        let inner = OverlayBox.draw(title: title, width: 80, height: min(frame.height - 4, 26), on: &frame, theme: theme)
        let used = frame.put("@" + picker.text, x: inner.x, y: inner.y, style: theme.heading, clip: inner)
        frame.cursor = (min(inner.x + used, inner.maxX - 1), inner.y)
        let info = picker.text.isEmpty ? "Type to filter " + counted(state.context.library.mentionedEntityCount, "entity", plural: "entities")
            : counted(picker.candidates.count, "candidate")
        frame.put(info, x: inner.x, y: inner.y + 1, style: theme.faint, clip: Frame.row(inner.x, inner.y + 1, inner.width))
        let list = Rect(x: inner.x, y: inner.y + 3, width: inner.width, height: inner.height - 3)
        let top = OverlayBox.follow(picker.selection, height: list.height)
        for slot in 0..<list.height {
            let index = top + slot
            guard index < picker.candidates.count else { break }
            let candidate = picker.candidates[index]
            let entity = state.context.entities[candidate.entity]
            let y = list.y + slot
            let clip = Frame.row(list.x, y, list.width)
            let stats = state.context.library.stats(candidate.entity)
            let counts = "\(entity.type.rawValue) · \(counted(stats.articles, "article")) · \(counted(stats.mentions, "mention"))"
            var nameStyle = theme.entityName(entity, chosenRank: state.chosen.firstIndex(of: candidate.entity))
            var countStyle = theme.faint
            if index == picker.selection {
                nameStyle.reverse = true
                countStyle.reverse = true
                frame.fill(clip, style: countStyle)
            }
            var name = entity.name
            if candidate.alias != entity.name.lowercased() { name += " (\(candidate.alias))" }
            let countWidth = TextWidth.of(counts)
            let nameWidth = max(list.width - countWidth - 2, 8)
            frame.put(Fit.truncate(name, to: nameWidth), x: list.x, y: y, style: nameStyle, clip: clip)
            frame.put(counts, x: max(list.maxX - countWidth, list.x + nameWidth + 1), y: y, style: countStyle, clip: clip)
        }
    }
}
