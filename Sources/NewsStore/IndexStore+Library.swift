import Foundation
import GRDB
import NewsCore

/// Opening an index for reading on demand: a `StoredLibrary` and what is built over it, with no
/// corpus loaded (unless the tags have to be made again, which needs the whole corpus once).
extension IndexStore {
    /// A refreshed index opened for reading, and what refreshing it did.
    public struct OpenedLibrary: Sendable {
        public var index: StoredIndex
        public var report: IndexReport
    }

    /// Refreshes the index as `open` does and opens it for reading on demand. When nothing
    /// changed this reads the files table (to compare sizes and times), the per-article rows and
    /// the entities, nothing more.
    public static func openLibrary(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                                   maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes,
                                   progress: @escaping (IndexProgress) -> Void = { _ in }) throws -> OpenedLibrary {
        let refreshed = try refreshDatabase(paths: paths, catalogFiles: catalogFiles, discover: discover, indexPath: indexPath,
                                            maxFileBytes: maxFileBytes, loading: false, progress: progress)
        // Read through a snapshot: another process may refresh the file while this one reads,
        // and the rows loaded here must keep meaning the same articles.
        let library = try StoredLibrary(database: try refreshed.database.makeSnapshot()) {
            CorpusLoader.name(paths: paths, articleCount: $0)
        }
        guard library.articleCount > 0 else { throw noArticles(paths, library.problems) }
        var report = refreshed.report
        report.articles = library.articleCount
        report.problems = library.problems.count
        let index = StoredIndex(library: library)
        report.seconds = refreshed.elapsed()
        return OpenedLibrary(index: index, report: report)
    }
}
