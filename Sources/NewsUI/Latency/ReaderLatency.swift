import Foundation
import NewsCore

/// Times `update` + `render` per event on a real corpus, for `make bench`: key scripts replayed
/// from a fresh state, each event timed from the event to the finished frame.
public enum ReaderLatency {
    public struct Result: Sendable, Hashable, CustomStringConvertible {
        public var scenario: String
        public var events: Int
        public var p50: Duration
        public var p99: Duration
        public var max: Duration
        /// Events after which the Related pane was pending, and from each such event until the
        /// frame with the pane filled: what ranking in the background costs in waiting.
        public var filled: Int = 0
        public var filledP50: Duration = .zero
        public var filledP99: Duration = .zero
        /// From each such event until the frame showing the pane's first group, when it had one.
        public var firstGroupP50: Duration = .zero
        public var firstGroupP99: Duration = .zero

        public var description: String {
            var line = "\(scenario): \(events) events, p50 \(Self.ms(p50)), p99 \(Self.ms(p99)), max \(Self.ms(max))"
            if filled > 0 {
                line += "; related pane filled in after \(filled) of them, p50 \(Self.ms(filledP50)), p99 \(Self.ms(filledP99))"
                line += ", its first group p50 \(Self.ms(firstGroupP50)), p99 \(Self.ms(firstGroupP99))"
            }
            return line
        }

        static func ms(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
            let hundredths = Int((value * 100).rounded())
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) ms"
        }
    }

    /// The scripts: scrolling an article (lines, pages, passages, mentions, next article),
    /// jumping to related passages and back, typing in the entity picker, and `.` across the corpus.
    public static func scenarios(index: NewsIndex) -> [(name: String, events: [Event])] {
        func keys(_ text: String) -> [Event] { text.map { .key(.character($0)) } }
        var scroll: [Event] = []
        for _ in 0..<6 {
            scroll += Array(repeating: .key(.character("j")), count: 30)
            scroll += [.key(.character(" ")), .key(.character(" ")), .key(.character("b"))]
            scroll += keys("]]][nnnN") + [.key(.character("G")), .key(.character("g"))]
            scroll += keys("J")
        }
        var related: [Event] = []
        for _ in 0..<20 {
            related += keys("nn") + [.key(.enter), .key(.character("j")), .key(.enter)]
            related += [.key(.backspace), .key(.character("l"))]
        }
        var picker: [Event] = []
        for name in ["gordon brown", "blair", "microsoft", "chelsea", "london"] {
            picker += [.key(.character("@"))] + keys(name)
            picker += Array(repeating: .key(.backspace), count: 3) + keys("xyz") + [.key(.down), .key(.enter)]
            picker += [.key(.character("j")), .key(.enter)]
        }
        var corpusWalk: [Event] = keys("n")
        corpusWalk += Array(repeating: .key(.character(".")), count: 60)
        corpusWalk += Array(repeating: .key(.character(",")), count: 20)
        return [("scroll", scroll), ("related jump", related), ("entity picker typing", picker), ("next entity mention", corpusWalk)]
    }

    /// Runs every scenario at `width`×`height` as the reader on a terminal runs (related passages
    /// ranked in the background) and reports per-event latency percentiles: event → frame, and,
    /// where the frame left the Related pane pending, event → the frame that shows its first
    /// group and → the frame that fills it, taking the background's work every half millisecond
    /// as the terminal loop takes it between keystrokes. Between events the background work is
    /// let finish, as a reader's pauses would.
    public static func measure(index: NewsIndex, width: Int = 140, height: Int = 40) -> [Result] {
        let clock = ContinuousClock()
        var results: [Result] = []
        for scenario in scenarios(index: index) {
            var state = ReaderState(index: index, options: ReaderOptions(width: width, height: height, relatedInBackground: true))
            state.waitForBackgroundWork()
            state = state.withFinishedWork() ?? state
            _ = render(state, width: width, height: height)
            var samples: [Duration] = []
            var filled: [Duration] = []
            var firstGroup: [Duration] = []
            for event in scenario.events {
                var frame: Frame?
                let start = clock.now
                state = update(state, event)
                frame = render(state, width: width, height: height)
                samples.append(clock.now - start)
                precondition(frame?.width == width)
                var shown = false
                while state.related.pending {
                    guard let next = state.withFinishedWork() else {
                        if state.backgroundIsIdle && state.withFinishedWork() == nil { break }
                        usleep(500)
                        continue
                    }
                    state = next
                    _ = render(state, width: width, height: height)
                    if !shown && !state.related.groups.isEmpty {
                        firstGroup.append(clock.now - start)
                        shown = true
                    }
                    if !state.related.pending { filled.append(clock.now - start) }
                }
            }
            var result = Result(scenario: scenario.name, events: samples.count, p50: percentile(samples, 0.5),
                                p99: percentile(samples, 0.99), max: samples.max() ?? .zero)
            if !filled.isEmpty {
                result.filled = filled.count
                result.filledP50 = percentile(filled, 0.5)
                result.filledP99 = percentile(filled, 0.99)
                result.firstGroupP50 = percentile(firstGroup, 0.5)
                result.firstGroupP99 = percentile(firstGroup, 0.99)
            }
            results.append(result)
        }
        return results
    }

    private static func percentile(_ samples: [Duration], _ p: Double) -> Duration {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(Int((Double(sorted.count) * p).rounded(.up)) - 1, sorted.count - 1)]
    }
}
