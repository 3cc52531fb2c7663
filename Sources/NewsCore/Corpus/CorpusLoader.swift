import Dispatch
import Foundation

/// Loads a corpus from folders (walked recursively) and files: every supported file becomes an
/// article, every file that cannot becomes a `LoadProblem`, and nothing stops the rest loading.
public enum CorpusLoader {
    /// Files larger than this are reported, not read: no news article is 16 MB.
    public static let defaultMaxFileBytes = 16 * 1024 * 1024

    /// `paths` are folders or files. Article paths are relative to the folder they were found in
    /// (prefixed with that folder's name when several paths are given) or, for files named
    /// directly, the path as given. Articles and problems are sorted by path; files are parsed
    /// concurrently but the result does not depend on scheduling.
    public static func load(paths: [String], maxFileBytes: Int = defaultMaxFileBytes) -> Corpus {
        let found = walk(paths: paths)
        let outcomes = Parallel.map(found.files) { file -> Outcome in
            switch read(file, maxFileBytes: maxFileBytes) {
            case .bytes(let bytes): parse(path: file.path, bytes: bytes)
            case .problem(let problem): .problem(problem)
            }
        }
        var articles: [Article] = []
        var problems = found.problems
        for outcome in outcomes {
            switch outcome {
            case .article(let article): articles.append(article)
            case .problem(let problem): problems.append(problem)
            }
        }
        problems.sort { $0.path < $1.path }
        return Corpus(name: name(paths: paths, articleCount: articles.count), articles: articles, problems: problems)
    }

    /// The files a load would read, sorted by path, and the paths it reports without reading
    /// (missing, unsupported). Reads no file's contents.
    public static func walk(paths: [String]) -> Walk {
        var files: [Candidate] = []
        var problems: [LoadProblem] = []
        for path in paths {
            collect(path, prefixed: paths.count > 1, into: &files, problems: &problems)
        }
        files.sort { $0.path < $1.path }
        return Walk(files: files, problems: problems)
    }

    /// What `walk` found.
    public struct Walk: Sendable {
        public var files: [Candidate]
        public var problems: [LoadProblem]
    }

    /// What became of one candidate file.
    public enum Outcome: Sendable {
        case article(Article)
        case problem(LoadProblem)
    }

    /// A file's contents, or why they were not read.
    public enum Contents: Sendable {
        case bytes([UInt8])
        case problem(LoadProblem)
    }

    /// A file to read: where it is on disk and the path it will be known by.
    public struct Candidate: Sendable, Hashable {
        /// Where the file is on disk.
        public var filePath: String
        /// The path the article is known by.
        public var path: String

        public init(filePath: String, path: String) {
            self.filePath = filePath
            self.path = path
        }

        public var url: URL { URL(fileURLWithPath: filePath) }
    }

    /// Shown in the reader's header: the folder's name when one folder is read, else "N files".
    public static func name(paths: [String], articleCount: Int) -> String {
        corpusName(paths, articleCount: articleCount)
    }

    private static func corpusName(_ paths: [String], articleCount: Int) -> String {
        var isFolder: ObjCBool = false
        if paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isFolder), isFolder.boolValue {
            return URL(fileURLWithPath: paths[0]).standardizedFileURL.lastPathComponent
        }
        return articleCount == 1 ? "1 file" : "\(articleCount) files"
    }

    private static func collect(_ path: String, prefixed: Bool, into candidates: inout [Candidate],
                                problems: inout [LoadProblem]) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            problems.append(LoadProblem(path: path, reason: "no such file or folder"))
            return
        }
        let url = URL(fileURLWithPath: path)
        guard isFolder.boolValue else {
            let name = url.lastPathComponent
            switch CorpusFileRules.decision(forFileNamed: name, foundInFolder: false) {
            case .article: candidates.append(Candidate(filePath: path, path: path))
            case .ignore: break
            case .unsupported: problems.append(LoadProblem(path: path, reason: unsupportedReason(name)))
            }
            return
        }
        let root = url.standardizedFileURL.resolvingSymlinksInPath()
        let prefix = prefixed ? root.lastPathComponent + "/" : ""
        let found = FolderWalk.files(under: root.path)
        if found.files.isEmpty && !FolderWalk.isReadable(root.path) {
            problems.append(LoadProblem(path: path, reason: "folder could not be read"))
            return
        }
        for folder in found.unreadable {
            problems.append(LoadProblem(path: prefix + folder, reason: "folder could not be read"))
        }
        for file in found.files {
            let name = String(file.relative.split(separator: "/").last ?? Substring(file.relative))
            switch CorpusFileRules.decision(forFileNamed: name, foundInFolder: true) {
            case .article: candidates.append(Candidate(filePath: file.filePath, path: prefix + file.relative))
            case .ignore: break
            case .unsupported: problems.append(LoadProblem(path: prefix + file.relative, reason: unsupportedReason(name)))
            }
        }
    }

    private static func unsupportedReason(_ name: String) -> String {
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last.map { ".\($0)" } : nil
        return "unsupported file type" + (ext.map { " (\($0))" } ?? " (no extension)") + "; skipped"
    }

    /// Reads one file, refusing files over `maxFileBytes` before reading them.
    public static func read(_ candidate: Candidate, maxFileBytes: Int = defaultMaxFileBytes) -> Contents {
        do throws(FileBytes.Failure) {
            return .bytes(try FileBytes.read(candidate.filePath, limit: maxFileBytes))
        } catch {
            let reason = error.tooLarge.map { "too large (\($0) bytes; the limit is \(maxFileBytes))" } ?? "unreadable (\(error.reason))"
            return .problem(LoadProblem(path: candidate.path, reason: reason))
        }
    }

    /// One file's bytes as the article known by `path`, or why they are not one.
    public static func parse(path: String, bytes: [UInt8]) -> Outcome {
        do throws(ArticleParseError) {
            return .article(try ArticleParser.parse(path: path, bytes: bytes))
        } catch {
            return .problem(LoadProblem(path: path, reason: error.reason))
        }
    }
}
