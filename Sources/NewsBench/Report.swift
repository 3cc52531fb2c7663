import Foundation
import NewsCore
import NewsStore

/// Runs every measurement once, in order, and formats the figures for the README.
enum Report {
    static func run(_ arguments: Arguments) throws -> String {
        var lines = ["newsreader bench — \(Machine.describe()); pinned to CPU list \(Machine.allowedCPUs())"]
        let base = CorpusLoader.load(paths: [arguments.source.path])
        let shipped = Arguments.projectRoot.appendingPathComponent("corpus/entities.catalog").path
        let catalog = try AliasCatalog.build(shipped: shipped, corpus: base, target: arguments.aliases)
        let aliasCount = catalog.entities.reduce(0) { $0 + $1.aliases.count }

        try FileManager.default.createDirectory(at: arguments.work, withIntermediateDirectories: true)
        let scale = try ScaleCorpus.build(from: arguments.source, into: arguments.work, megabytes: arguments.megabytes)
        let aliasFile = arguments.work.appendingPathComponent("aliases.txt")
        try AliasCatalog.write(catalog, to: aliasFile)
        let megabytes = Double(scale.bytes) / 1_048_576
        lines.append(String(format: "corpus: %@ — %d files, %.1f MB; catalog: %d entities, %d aliases",
                            scale.folder.path, scale.files.count, megabytes, catalog.entities.count, aliasCount))

        // Tagging alone: read each file and run the alias automaton over its bytes, as rg does.
        // One untimed pass first, so this and rg both read from the page cache, not the disk.
        let matcher = AliasMatcher(entities: catalog.entities)
        var matched = 0
        var reader = FileReader()
        let paths = scale.files.map(\.path)
        for path in paths { _ = try reader.withContents(of: path) { $0.count } }
        let tagStart = DispatchTime.now()
        for path in paths {
            matched += try reader.withContents(of: path) { matcher.matches(inUTF8: $0).count }
        }
        let tagSeconds = Clock.seconds(since: tagStart)
        lines.append(String(format: "tagging (read + match, %d mentions): %.2f s, %.0f MB/s", matched, tagSeconds, megabytes / tagSeconds))

        if arguments.skipRipgrep {
            lines.append("rg: skipped (--skip-rg)")
        } else if let seconds = Ripgrep.time(aliases: aliasFile, folder: scale.folder) {
            lines.append(String(format: "rg -c -F -w -i -f aliases.txt: %.2f s, %.1f MB/s; time ratio newsreader/rg %.3f",
                                seconds, megabytes / seconds, tagSeconds / seconds))
        } else {
            lines.append("rg: not installed (apt-get install ripgrep)")
        }

        let (pipelineLines, tagged) = try pipeline(scale, catalog: catalog)
        lines += pipelineLines

        // The store `--no-index` builds over the same tags: passages, FTS5, tags, postings, terms.
        let storeStart = DispatchTime.now()
        let index = try MemoryIndex.build(tagged).index
        let storeSeconds = Clock.seconds(since: storeStart)
        lines.append(String(format: "search index and stored tags (SQLite in memory, as --no-index builds it): %.2f s, %.1f MB/s",
                            storeSeconds, megabytes / storeSeconds))

        // Related passages on demand, for a sample of passages.
        let articleCount = index.library.articleCount
        let sample = stride(from: 0, to: articleCount, by: max(1, articleCount / 200))
            .map { PassageID(article: $0, passage: 0) }
        let relatedStart = DispatchTime.now()
        var links = 0
        for id in sample { links += index.linker.groups(for: id, limit: 10).reduce(0) { $0 + $1.passages.count } }
        let perQuery = Clock.seconds(since: relatedStart) / Double(max(sample.count, 1)) * 1000
        lines.append(String(format: "related: %.1f ms per passage (all its entities, top 10 each; %d passages, %d links)",
                            perQuery, sample.count, links))
        lines += try SearchLatencyReport.lines(index: index, label: "the replicated corpus")
        lines += try ReaderLatencyReport.lines(source: arguments.source, catalog: shipped)
        return lines.joined(separator: "\n")
    }

    /// The whole pipeline: decode, repair, clean, tag, and count what the linker weighs words
    /// by. Related passages are ranked on demand from these (timed in `run`, per passage).
    static func pipeline(_ scale: ScaleCorpus.Built, catalog: EntityCatalog) throws -> ([String], TaggedCorpus) {
        let megabytes = Double(scale.bytes) / 1_048_576
        let candidates = scale.candidates
        let pipelineStart = DispatchTime.now()
        let articles = normaliseAll(candidates)
        let normaliseSeconds = Clock.seconds(since: pipelineStart)
        let tagged = Tagger.tag(Corpus(name: "bench", articles: articles), catalog: catalog, discover: false)
        let taggedSeconds = Clock.seconds(since: pipelineStart)
        let terms = TermIndex(tagged)
        let totalSeconds = Clock.seconds(since: pipelineStart)
        return ([
            String(format: "pipeline: normalise %.2f s (%.0f MB/s), tag %.2f s (%.0f MB/s), link statistics %.2f s (%.0f MB/s; %d terms)",
                   normaliseSeconds, megabytes / normaliseSeconds,
                   taggedSeconds - normaliseSeconds, megabytes / (taggedSeconds - normaliseSeconds),
                   totalSeconds - taggedSeconds, megabytes / (totalSeconds - taggedSeconds), terms.termCount),
            String(format: "pipeline total: %.2f s, %.1f MB/s (target >= 50 MB/s on one core)", totalSeconds, megabytes / totalSeconds),
        ], tagged)
    }

    /// `--stage pipeline`: the pipeline figures alone, for profiling it.
    static func runPipeline(_ arguments: Arguments) throws -> String {
        let base = CorpusLoader.load(paths: [arguments.source.path])
        let shipped = Arguments.projectRoot.appendingPathComponent("corpus/entities.catalog").path
        let catalog = try AliasCatalog.build(shipped: shipped, corpus: base, target: arguments.aliases)
        let scale = try ScaleCorpus.build(from: arguments.source, into: arguments.work, megabytes: arguments.megabytes)
        return try pipeline(scale, catalog: catalog).0.joined(separator: "\n")
    }

    /// `--stage tag`: tagging alone, three times (the best counts), for profiling the matcher on
    /// its own; then the same over texts held in memory.
    static func runTagging(_ arguments: Arguments) throws -> String {
        let base = CorpusLoader.load(paths: [arguments.source.path])
        let shipped = Arguments.projectRoot.appendingPathComponent("corpus/entities.catalog").path
        let catalog = try AliasCatalog.build(shipped: shipped, corpus: base, target: arguments.aliases)
        let scale = try ScaleCorpus.build(from: arguments.source, into: arguments.work, megabytes: arguments.megabytes)
        let megabytes = Double(scale.bytes) / 1_048_576
        let matcher = AliasMatcher(entities: catalog.entities)
        var reader = FileReader()
        let paths = scale.files.map(\.path)
        var best = Double.infinity, matched = 0
        for _ in 0..<3 {
            matched = 0
            let start = DispatchTime.now()
            for path in paths { matched += try reader.withContents(of: path) { matcher.countMatches(inUTF8: $0) } }
            best = min(best, Clock.seconds(since: start))
        }
        // The same matching over texts already in memory: what the automaton costs without the
        // 46,000 opens and reads.
        let texts = try paths.map { path in try reader.withContents(of: path) { Array($0) } }
        var scanBest = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now()
            var count = 0
            for text in texts { count += text.withUnsafeBufferPointer { matcher.countMatches(inUTF8: $0) } }
            precondition(count == matched)
            scanBest = min(scanBest, Clock.seconds(since: start))
        }
        return String(format: "tagging (read + match, %d mentions, %d states): best of 3 %.2f s, %.0f MB/s; match alone (texts in memory) %.2f s, %.0f MB/s",
                      matched, matcher.stateCount, best, megabytes / best, scanBest, megabytes / scanBest)
    }

    /// `--stage normalise`: only the read + parse step of the pipeline, timed the same way, so
    /// ingest work can be measured without building the catalog or running ripgrep.
    static func runNormalise(_ arguments: Arguments) throws -> String {
        let scale = try ScaleCorpus.build(from: arguments.source, into: arguments.work, megabytes: arguments.megabytes)
        let megabytes = Double(scale.bytes) / 1_048_576
        let candidates = scale.candidates
        let start = DispatchTime.now()
        let articles = normaliseAll(candidates)
        let seconds = Clock.seconds(since: start)
        return String(format: "normalise (read + parse, %d articles, %.1f MB): %.2f s, %.0f MB/s",
                      articles.count, megabytes, seconds, megabytes / seconds)
    }

    /// Reads and parses every file of the scaled corpus, as the pipeline's first step, the way
    /// the loader reads them.
    static func normaliseAll(_ candidates: [CorpusLoader.Candidate]) -> [Article] {
        var articles: [Article] = []
        articles.reserveCapacity(candidates.count)
        for candidate in candidates {
            guard case .bytes(let bytes) = CorpusLoader.read(candidate) else { continue }
            if let article = try? ArticleParser.parse(path: candidate.path, bytes: bytes) { articles.append(article) }
        }
        return articles
    }
}

/// What machine the figures were taken on.
enum Machine {
    static func describe() -> String {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: .whitespaces) } ?? "unknown CPU"
        return "\(model), \(ProcessInfo.processInfo.processorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
    }

    /// The CPUs this process may run on, as the kernel lists them ("0" after `taskset -c 0`).
    static func allowedCPUs() -> String {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").first { $0.hasPrefix("Cpus_allowed_list") }
            .map { $0.split(separator: ":").last!.trimmingCharacters(in: .whitespaces) } ?? "?"
    }
}
