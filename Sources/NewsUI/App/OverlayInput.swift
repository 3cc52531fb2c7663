import Foundation
import NewsCore

/// Keys while an overlay is open. Prompts take printable keys as text; Esc closes; Enter chooses;
/// arrows (and Ctrl-N/Ctrl-P) move the selection. The help and results overlays use the keymap.
extension ReaderState {
    mutating func handle(_ key: Key, in overlay: Overlay) {
        switch overlay {
        case .help(let top):
            switch keymap.action(for: key) {
            case .moveDown?: self.overlay = .help(top: top + 1)
            case .moveUp?: self.overlay = .help(top: max(top - 1, 0))
            case .pageDown?: self.overlay = .help(top: top + max(height - 6, 1))
            case .pageUp?: self.overlay = .help(top: max(top - max(height - 6, 1), 0))
            case .moveFirst?: self.overlay = .help(top: 0)
            case .clear?, .help?, .quit?: self.overlay = nil
            default: break
            }
        case .search(var prompt):
            guard let edit = lineEdit(key, text: &prompt.text, selection: &prompt.selection, count: prompt.hits.count) else { return }
            switch edit {
            case .changed:
                runSearch(&prompt)
                self.overlay = .search(prompt)
            case .moved:
                self.overlay = .search(prompt)
            case .cancel:
                self.overlay = nil
            case .choose:
                chooseSearchHit(prompt)
            }
        case .picker(var picker):
            guard let edit = lineEdit(key, text: &picker.text, selection: &picker.selection, count: picker.candidates.count) else { return }
            switch edit {
            case .changed:
                picker.candidates = entityCandidates(for: picker.text)
                picker.selection = 0
                self.overlay = .picker(picker)
            case .moved:
                self.overlay = .picker(picker)
            case .cancel:
                self.overlay = nil
            case .choose:
                choose(picker)
            }
        case .results(var results):
            switch keymap.action(for: key) {
            case .moveDown?: results.selection = min(results.selection + 1, max(results.passages.count - 1, 0))
            case .moveUp?: results.selection = max(results.selection - 1, 0)
            case .pageDown?: results.selection = min(results.selection + max(height - 8, 1), max(results.passages.count - 1, 0))
            case .pageUp?: results.selection = max(results.selection - max(height - 8, 1), 0)
            case .moveFirst?: results.selection = 0
            case .moveLast?: results.selection = max(results.passages.count - 1, 0)
            case .open?:
                guard results.selection < results.passages.count else { return }
                self.overlay = nil
                open(location(results.passages[results.selection], entity: results.entities.last), record: true)
                setFocus(.article)
                return
            case .addEntity?:
                self.overlay = .picker(PickerState(adding: true))
                return
            case .filterArticles?:
                self.overlay = nil
                toggleFilter()
                return
            case .clear?, .quit?:
                self.overlay = nil
                return
            default: return
            }
            self.overlay = .results(results)
        }
    }

    enum LineEdit { case changed, moved, cancel, choose }

    /// Editing keys of a one-line prompt; nil when the key means nothing here.
    func lineEdit(_ key: Key, text: inout String, selection: inout Int, count: Int) -> LineEdit? {
        switch key {
        case .character(let character):
            text.append(character)
            return .changed
        case .backspace, .delete:
            guard !text.isEmpty else { return .cancel }
            text.removeLast()
            return .changed
        case .control("u"):
            text = ""
            return .changed
        case .down, .control("n"), .tab:
            selection = min(selection + 1, max(count - 1, 0))
            return .moved
        case .up, .control("p"), .backTab:
            selection = max(selection - 1, 0)
            return .moved
        case .pageDown:
            selection = min(selection + 10, max(count - 1, 0))
            return .moved
        case .pageUp:
            selection = max(selection - 10, 0)
            return .moved
        case .escape, .control("c"), .control("g"):
            return .cancel
        case .enter:
            return .choose
        default:
            return nil
        }
    }

    /// Runs the prompt's query; an empty prompt shows nothing, a bad one says why.
    func runSearch(_ prompt: inout SearchPromptState) {
        prompt.selection = 0
        prompt.error = nil
        prompt.hits = []
        prompt.totalPassages = 0
        guard !prompt.text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        do {
            let results = try context.index.search.search(prompt.text, limit: 50)
            prompt.hits = results.articles.flatMap(\.passages)
            prompt.totalPassages = results.totalPassages
        } catch {
            prompt.error = "\(error)"
        }
    }

    mutating func chooseSearchHit(_ prompt: SearchPromptState) {
        guard prompt.selection < prompt.hits.count else {
            message = prompt.error ?? "No match"
            return
        }
        let hit = prompt.hits[prompt.selection]
        var byArticle: [Int: [PassageHit]] = [:]
        for each in prompt.hits { byArticle[each.passage.article, default: []].append(each) }
        query = ActiveQuery(text: prompt.text, hits: byArticle)
        overlay = nil
        let first = hit.highlights.first?.lowerBound ?? 0
        open(Location(article: hit.passage.article, passage: hit.passage.passage, offset: first, mention: nil), record: true)
        setFocus(.article)
        message = "n/N: matches of \"\(prompt.text)\" in the article; Esc clears"
    }

    mutating func choose(_ picker: PickerState) {
        guard picker.selection < picker.candidates.count else {
            message = "No entity matches \"\(picker.text)\""
            return
        }
        let entity = picker.candidates[picker.selection].entity
        if picker.adding {
            if !chosen.contains(entity) { chosen.append(entity) }
        } else {
            chosen = [entity]
        }
        currentEntity = entity
        if filtering { setFilter(true) }
        overlay = .results(ResultsState(entities: chosen, passages: passagesMentioningAll(chosen)))
    }
}

extension ReaderState {
    /// The picker's list: the lookup's best matches, with entities the corpus never mentions
    /// (catalog entries for other stories) after every entity it does, each part in match order.
    ///
    /// They are sorted last rather than hidden: the catalog is the reader's own, and a name that
    /// vanished when typed would look like a typo or a missing entry, where "0 articles" answers
    /// the question. The lookup scores every entity anyway, so asking it for all matches before
    /// cutting to 20 loses no mentioned entity to unmentioned ones; the library's `stats` are
    /// asked only until 20 mentioned ones are found.
    func entityCandidates(for text: String, limit: Int = 20) -> [EntityCandidate] {
        var mentioned: [EntityCandidate] = [], unmentioned: [EntityCandidate] = []
        for candidate in context.index.lookup.candidates(for: text, limit: .max) {
            if mentioned.count == limit { break }
            if context.library.stats(candidate.entity).mentions > 0 {
                mentioned.append(candidate)
            } else if unmentioned.count < limit {
                unmentioned.append(candidate)
            }
        }
        return Array((mentioned + unmentioned).prefix(limit))
    }
}
