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

        public var description: String {
            func ms(_ duration: Duration) -> String {
                let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
                return String(Int((value * 100).rounded()) / 100) + "." + String(format2(Int((value * 100).rounded()) % 100)) + " ms"
            }
            return "\(scenario): \(events) events, p50 \(ms(p50)), p99 \(ms(p99)), max \(ms(max))"
        }

        private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
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

    /// Runs every scenario at `width`×`height` and reports per-event latency percentiles.
    public static func measure(index: NewsIndex, width: Int = 140, height: Int = 40) -> [Result] {
        let clock = ContinuousClock()
        var results: [Result] = []
        for scenario in scenarios(index: index) {
            var state = ReaderState(index: index, options: ReaderOptions(width: width, height: height))
            _ = render(state, width: width, height: height)
            var samples: [Duration] = []
            for event in scenario.events {
                var frame: Frame?
                let elapsed = clock.measure {
                    state = update(state, event)
                    frame = render(state, width: width, height: height)
                }
                precondition(frame?.width == width)
                samples.append(elapsed)
            }
            samples.sort()
            func percentile(_ p: Double) -> Duration {
                samples[min(Int((Double(samples.count) * p).rounded(.up)) - 1, samples.count - 1)]
            }
            results.append(Result(scenario: scenario.name, events: samples.count, p50: percentile(0.5),
                                  p99: percentile(0.99), max: samples.last ?? .zero))
        }
        return results
    }
}
