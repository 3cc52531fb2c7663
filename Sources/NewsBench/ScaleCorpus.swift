import Foundation
import NewsCore

/// Builds the benchmark corpus outside the repository: the BBC folder copied into numbered
/// replicas (distinct paths) until it holds at least the wanted size.
enum ScaleCorpus {
    struct Built {
        var folder: URL
        var files: [URL]
        var bytes: Int

        /// The files as the loader lists them: path on disk, path in the corpus.
        var candidates: [CorpusLoader.Candidate] {
            let root = folder.path
            return files.map { file in
                let path = file.path
                return CorpusLoader.Candidate(filePath: path, path: String(path.dropFirst(root.count + 1)))
            }
        }
    }

    static func build(from source: URL, into work: URL, megabytes: Int) throws -> Built {
        let sourceBytes = try bytes(of: articleFiles(in: source))
        guard sourceBytes > 0 else { throw BenchError("no .txt articles under \(source.path)") }
        return try build(from: source, into: work,
                         replicas: max(1, Int((Double(megabytes) * 1_048_576 / Double(sourceBytes)).rounded(.up))))
    }

    /// At least `articles` files: the store's scale (issue: ~200,000 articles).
    static func build(from source: URL, into work: URL, articles: Int) throws -> Built {
        let count = try articleFiles(in: source).count
        guard count > 0 else { throw BenchError("no .txt articles under \(source.path)") }
        return try build(from: source, into: work, replicas: max(1, (articles + count - 1) / count))
    }

    private static func bytes(of files: [URL]) throws -> Int {
        try files.reduce(0) { $0 + (try FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int ?? 0) }
    }

    private static func build(from source: URL, into work: URL, replicas: Int) throws -> Built {
        let fm = FileManager.default
        let sourceFiles = try articleFiles(in: source)
        let sourceBytes = try bytes(of: sourceFiles)
        let folder = work.appendingPathComponent("bbc-x\(replicas)")
        let marker = folder.appendingPathComponent(".complete")
        if !fm.fileExists(atPath: marker.path) {
            try? fm.removeItem(at: folder)
            for replica in 0..<replicas {
                for file in sourceFiles {
                    let relative = String(file.path.dropFirst(source.path.count + 1))
                    let target = folder.appendingPathComponent(String(format: "r%03d", replica))
                        .appendingPathComponent(relative)
                    try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try fm.copyItem(at: file, to: target)
                }
            }
            try Data().write(to: marker)
        }
        let files = try articleFiles(in: folder)
        return Built(folder: folder, files: files, bytes: sourceBytes * replicas)
    }

    static func articleFiles(in folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            throw BenchError("cannot read \(folder.path)")
        }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
            .sorted { $0.path < $1.path }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
