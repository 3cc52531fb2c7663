import Foundation
import NewsCore
import NewsStore
import NewsUI

/// Keystroke → frame time of the reader (update + render, what a key costs before ncurses
/// draws) on the BBC corpus as it is, opened the way `newsreader` opens it.
enum ReaderLatencyReport {
    static func lines(source: URL, catalog: String) throws -> [String] {
        let index = try MemoryIndex.open(paths: [source.path], catalogFiles: [catalog], discover: true).index
        let results = ReaderLatency.measure(index: index)
        return ["reader keystroke → frame at 140×40 on \(index.library.articleCount) articles (target p99 ≤ 16 ms):"]
            + results.map { "  \($0)" }
    }
}
