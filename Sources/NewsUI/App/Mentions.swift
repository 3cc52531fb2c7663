import NewsCore

/// `n`/`N` within the article (search matches while a query is active, else mentions) and
/// `.`/`,` through the current entity's mentions across the corpus.
extension ReaderState {
    /// Positions `n`/`N` visit in the open article: (passage, offset, mention index).
    func stops() -> [(passage: Int, offset: Int, mention: Int?)] {
        if let query, let hits = query.hits[article], !hits.isEmpty {
            return hits.flatMap { hit in hit.highlights.map { (hit.passage.passage, $0.lowerBound, Int?.none) } }
        }
        var stops: [(Int, Int, Int?)] = []
        for passage in context.article(article).passages.indices {
            for (index, mention) in context.mentions(article, passage).enumerated() {
                stops.append((passage, mention.range.lowerBound, index))
            }
        }
        return stops
    }

    mutating func stepMention(forward: Bool) {
        if showRaw { showRaw = false }
        let stops = stops()
        guard !stops.isEmpty else {
            message = "No mentions in this article"
            return
        }
        let here = (passage, offset)
        // With nothing selected, a mention right at the cursor is the next one.
        let inclusive = mention == nil && query == nil
        let next = forward
            ? stops.first { inclusive ? ($0.passage, $0.offset) >= here : ($0.passage, $0.offset) > here } ?? stops.first!
            : stops.last { ($0.passage, $0.offset) < here } ?? stops.last!
        let wrapped = forward ? (inclusive ? (next.passage, next.offset) < here : (next.passage, next.offset) <= here) : (next.passage, next.offset) >= here
        passage = next.passage
        offset = next.offset
        mention = next.mention ?? context.mentions(article, passage).firstIndex { $0.range.lowerBound == next.offset }
        if let selected = selectedMention { currentEntity = selected.entity }
        if wrapped { message = forward ? "Wrapped to the first" : "Wrapped to the last" }
        keepCursorVisible()
    }

    mutating func stepEntityMention(forward: Bool) {
        guard let entity = currentEntity else {
            message = "No current entity: put the cursor on a mention (n)"
            return
        }
        // Within this passage first.
        let mentions = context.mentions(article, passage)
        let matching = mentions.indices.filter { context.mention(mentions[$0], isOf: entity) }
        let inPassage = forward
            ? matching.first { mentions[$0].range.lowerBound > offset }
            : matching.last { mentions[$0].range.lowerBound < offset }
        if let index = inPassage {
            offset = mentions[index].range.lowerBound
            mention = index
            keepCursorVisible()
            return
        }
        // The next passage in corpus order, else around from the other end.
        let here = currentPassage
        guard let target = context.library.nextMention(of: entity, after: here, forward: forward)
            ?? context.library.nextMention(of: entity, after: nil, forward: forward) else {
            message = "No mentions of \(context.entities[entity].name)"
            return
        }
        var place = location(target, entity: entity)
        if !forward {
            let targetMentions = context.mentions(target.article, target.passage)
            if let last = targetMentions.indices.last(where: { context.mention(targetMentions[$0], isOf: entity) }) {
                place.offset = targetMentions[last].range.lowerBound
                place.mention = last
            }
        }
        if (forward && target <= here) || (!forward && target >= here) { message = "Wrapped around the corpus" }
        let sameArticle = target.article == article
        open(place, record: !sameArticle)
        currentEntity = entity
    }
}
