import Foundation
import NewsCore
import NewsStore

/// The reader's side of the state store: what was saved for this corpus, and a place to write
/// each event's changes. Without a store (it could not be opened, or a write failed) it records
/// nothing, and the reader carries on; the terminal is never left to an error.
final class ReadingStateRecorder {
    private var store: ReadingStateStore?
    let corpus: String
    /// What earlier sessions saved for this corpus (empty without a store).
    let saved: SavedReading
    /// A line for the user about the file (moved aside, or not used at all), printed at start.
    let notice: String?
    /// The same, short enough for the status line: the full line is on the terminal after quitting.
    let screenNotice: String?
    /// Why writing stopped mid-session, printed once the terminal is restored.
    private(set) var failure: String?

    init(store: ReadingStateStore?, corpus: String, saved: SavedReading, notice: String?) {
        self.store = store
        self.corpus = corpus
        self.saved = saved
        self.notice = notice
        screenNotice = notice == nil ? nil
            : store == nil ? "Reading state is not being saved (why: on the terminal after quitting)"
            : "Old reading state file moved aside, started afresh (details after quitting)"
    }

    /// Opens the store at `path` (nil: no place for it) and reads the corpus's saved state.
    static func open(path: String?, corpus: String) -> ReadingStateRecorder {
        guard let path else {
            return ReadingStateRecorder(store: nil, corpus: corpus, saved: .empty,
                                        notice: "reading state not saved: neither XDG_STATE_HOME nor HOME is set")
        }
        do {
            let (store, notice) = try ReadingStateStore.open(at: path)
            return ReadingStateRecorder(store: store, corpus: corpus, saved: try store.saved(corpus: corpus), notice: notice)
        } catch {
            return ReadingStateRecorder(store: nil, corpus: corpus, saved: .empty,
                                        notice: "reading state not saved: \(error)")
        }
    }

    /// Writes the changes of one event (one transaction); the first failure turns recording off.
    func record(_ changes: [ReadingChange]) {
        guard let store, !changes.isEmpty else { return }
        do {
            try store.apply(changes, corpus: corpus)
        } catch {
            failure = "reading state not saved after a failed write to \(store.path): \(error)"
            self.store = nil
        }
    }
}
