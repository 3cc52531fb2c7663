import Foundation
import NewsCore

/// Time to rank one passage's related passages, every entity's group (what fills the reader's
/// Related pane), straight through the linker: for profiling what the reader does off its
/// thread. Passages with at least one entity, drawn with a fixed seed.
enum RelatedLatencyReport {
    static let passages = 60

    static func lines(index: NewsIndex) -> [String] {
        var random = SplitMix(state: 13)
        let library = index.library
        var sources: [PassageID] = []
        var attempts = 0
        while sources.count < passages && attempts < 100_000 {
            attempts += 1
            let article = Int.random(in: 0..<library.articleCount, using: &random)
            let count = library.summary(article).passageCount
            guard count > 0 else { continue }
            let source = PassageID(article: article, passage: Int.random(in: 0..<count, using: &random))
            if !index.linker.entities(of: source).isEmpty { sources.append(source) }
        }
        var times: [Double] = [], groups = 0
        for source in sources {
            let start = DispatchTime.now()
            groups += index.linker.groups(for: source).count
            times.append(Clock.seconds(since: start) * 1000)
        }
        let slowest = zip(sources, times).max { $0.1 < $1.1 }
        return ["related passages of one passage, every entity's group (\(sources.count) passages, \(groups) groups): "
                + SearchLatencyReport.summary(times)
                + (slowest.map { String(format: " (slowest: %@ ¶%d, %d entities)", library.summary($0.0.article).path,
                                        $0.0.passage, index.linker.entities(of: $0.0).count) } ?? "")]
    }
}
