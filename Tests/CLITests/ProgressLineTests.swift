import NewsStore
import Testing
@testable import newsreader

/// The index build's progress line: figures, rate, ETA, fitted to the terminal's width.
@Suite struct ProgressLineTests {
    let halfway = IndexProgress(stage: .reading, files: 1000, totalFiles: 2000, bytes: 5_000_000,
                                totalBytes: 10_000_000, elapsed: 2)

    @Test func readingShowsFilesMegabytesRateAndETA() {
        let line = ProgressLine.render(halfway, width: 100)
        #expect(line.hasPrefix("indexing [###############...............] "), "\(line)")
        #expect(line.hasSuffix("] 1000/2000 files  5.0/10.0 MB  2.5 MB/s  ETA 2.0s"), "\(line)")
        #expect(line.count <= 100)
    }

    @Test func narrowTerminalsLoseTheBarThenTheTail() {
        let narrow = ProgressLine.render(halfway, width: 60)
        #expect(narrow == "indexing 1000/2000 files  5.0/10.0 MB  2.5 MB/s  ETA 2.0s")
        #expect(ProgressLine.render(halfway, width: 20) == "indexing 1000/2000 f")
        let medium = ProgressLine.render(halfway, width: 72)
        #expect(medium.count <= 72 && medium.contains("[#"))
    }

    @Test func laterStagesNameThemselves() {
        var tagging = halfway
        tagging.stage = .tagging
        tagging.elapsed = 75
        #expect(ProgressLine.render(tagging, width: 80) == "indexing: tagging the corpus… 1m15s")
        tagging.stage = .loading
        #expect(ProgressLine.render(tagging, width: 80) == "indexing: loading the index… 1m15s")
    }

    @Test func noRateYetMeansNoETA() {
        let start = IndexProgress(stage: .reading, files: 0, totalFiles: 10, bytes: 0, totalBytes: 100, elapsed: 0)
        #expect(ProgressLine.render(start, width: 200).hasSuffix("0.0 MB/s  ETA --"))
    }

    @Test func secondsRead() {
        #expect(ProgressLine.seconds(0.42) == "0.4s")
        #expect(ProgressLine.seconds(12.4) == "12s")
        #expect(ProgressLine.seconds(125) == "2m05s")
        #expect(ProgressLine.seconds(.infinity) == "--")
    }
}
