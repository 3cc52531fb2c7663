import Dispatch
import Foundation
import NewsCore

/// Where the Related pane's groups come from. Ranking a passage's related passages reads and
/// weighs up to a few hundred candidate articles per entity: milliseconds on a small corpus, a
/// good part of a second on 200,000 articles, far over a frame. So the reader on a terminal asks
/// for them in the background (`request`) and draws the frame at once, the pane saying it is
/// looking. The background ranks one entity's group at a time: the groups done so far are shown
/// while the rest are ranked (`progress`), and a newer request stops the work on an older
/// passage between two groups, so moving on quickly never waits for a passage left behind.
/// Finished groups are shared by every state through the cache and picked up between
/// keystrokes. Without a background queue (tests, scripts) they are computed on the caller's
/// thread.
final class RelatedSource: @unchecked Sendable {
    /// Groups per source passage, at most this many per group.
    static let limit = 5

    private let linker: PassageLinker
    private let cache = BoundedCache<PassageID, [RelatedGroup]>(capacity: 256)
    private let queue: DispatchQueue?
    private let lock = NSLock()
    /// The passage asked for last and not yet started; only the latest is worked on.
    private var wanted: PassageID?
    private var working = false
    /// The groups ranked so far for the passage being worked on.
    private var partial: (source: PassageID, groups: [RelatedGroup])?

    init(linker: PassageLinker, inBackground: Bool) {
        self.linker = linker
        queue = inBackground ? DispatchQueue(label: "newsreader.related", qos: .userInitiated) : nil
    }

    var inBackground: Bool { queue != nil }

    /// The groups when they are known already.
    func cached(_ source: PassageID) -> [RelatedGroup]? { cache.peek(source) }

    /// The groups ranked so far while the background works on `source`, if any.
    func progress(_ source: PassageID) -> [RelatedGroup]? {
        lock.withLock { partial?.source == source ? partial?.groups : nil }
    }

    /// The groups, computed on this thread unless known: for when the reader needs them now
    /// (Enter on a mention).
    func now(_ source: PassageID) -> [RelatedGroup] {
        cache.value(source) { linker.groups(for: source, limit: Self.limit) }
    }

    /// Asks for the groups in the background; a later request replaces one not yet started
    /// and stops one being worked on.
    func request(_ source: PassageID) {
        guard let queue else { return }
        let start: Bool = lock.withLock {
            wanted = source
            if working { return false }
            working = true
            return true
        }
        if start { queue.async { self.work() } }
    }

    /// Works through requests until none is left, the latest first.
    private func work() {
        while true {
            let next: PassageID? = lock.withLock {
                defer { wanted = nil }
                if wanted == nil { working = false }
                return wanted
            }
            guard let next else { return }
            if cached(next) != nil { continue }
            // Stopped for another passage only: asked again for this one (there and back), it
            // goes on.
            let groups = linker.groups(for: next, limit: Self.limit, shown: { publish($0, for: next) }, stop: {
                lock.withLock {
                    if wanted == next { wanted = nil }
                    return wanted != nil
                }
            })
            if let groups { _ = cache.value(next) { groups } }
            lock.withLock { partial = nil }
        }
    }

    /// Makes the groups ranked so far for `source` what `progress` gives.
    func publish(_ groups: [RelatedGroup], for source: PassageID) {
        lock.withLock { partial = (source, groups) }
    }

    /// Waits until every request has been worked through (tests, the benchmark), looking
    /// every millisecond.
    func waitUntilIdle() {
        while !isIdle { usleep(1_000) }
    }

    var isIdle: Bool { lock.withLock { !working } }
}
