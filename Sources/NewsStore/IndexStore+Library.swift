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

    /// Opens the index at `indexPath` as it is, without walking the files: for showing a first
    /// screen at once and refreshing afterwards (`openLibrary`). The library is what the last
    /// refresh left, problems included.
    ///
    /// - Throws: `IndexNotCurrent` when there is no index, it cannot be read, or its last
    ///   refresh was from other paths or size limit, with other catalogs or `discover`, or did
    ///   not finish.
    public static func openCurrent(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                                   maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes) throws -> StoredIndex {
        let pool: DatabasePool
        do {
            guard let existing = try IndexDatabase.openExisting(path: indexPath) else {
                throw IndexNotCurrent(.missing, "no index at \(indexPath)")
            }
            pool = existing
        } catch let error as IndexNotCurrent {
            throw error
        } catch {
            throw IndexNotCurrent(.unusable, "the index \(indexPath) cannot be read as it is (\(error))")
        }
        let snapshot = try pool.makeSnapshot()
        let (corpusKey, tagKey, ordered) = try snapshot.read { db in
            (try IndexMeta.get(IndexMeta.corpusKey, db), try IndexMeta.get(IndexMeta.tagKey, db),
             try IndexMeta.get(IndexMeta.ordered, db))
        }
        guard corpusKey == CorpusKey.make(paths: paths, maxFileBytes: maxFileBytes) else {
            throw IndexNotCurrent(.otherCorpus, "the index \(indexPath) was last refreshed from other paths or options")
        }
        guard let tagKey, ordered != nil else {
            throw IndexNotCurrent(.notTagged, "the last refresh of \(indexPath) did not finish")
        }
        guard tagKey == TagKey.make(catalogFiles: catalogFiles, discover: discover) else {
            throw IndexNotCurrent(.notTagged, "the index \(indexPath) was tagged with other catalogs or options")
        }
        let library: StoredLibrary
        do {
            library = try StoredLibrary(database: snapshot) { CorpusLoader.name(paths: paths, articleCount: $0) }
        } catch {
            throw IndexNotCurrent(.unusable, "the index \(indexPath) cannot be read as it is (\(error))")
        }
        guard library.articleCount > 0 else { throw IndexNotCurrent(.missing, "the index \(indexPath) holds no articles") }
        return StoredIndex(library: library)
    }
}
