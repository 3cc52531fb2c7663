import Foundation
import GRDB
import NewsCore

/// Opening an index as it is, for a first screen before the files are compared.
extension IndexStore {
    /// Opens the index at `indexPath` as it is, without walking the files: for showing a first
    /// screen at once and refreshing afterwards (`open`). The library is what the last
    /// refresh left, problems included.
    ///
    /// - Throws: `IndexNotCurrent` when there is no index, it cannot be read, or its last
    ///   refresh was from other paths or size limit, with other catalogs or `discover`, or did
    ///   not finish.
    public static func openCurrent(paths: [String], catalogFiles: [String], discover: Bool, indexPath: String,
                                   maxFileBytes: Int = CorpusLoader.defaultMaxFileBytes) throws -> StoredIndex {
        if IndexDamageMark.recorded(indexPath: indexPath) != nil {
            throw IndexNotCurrent(.unusable, "the index \(indexPath) was found damaged and is to be rebuilt")
        }
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
        let snapshot = try SnapshotReaders.make(pool, lockPath: indexPath + ".lock")
        let (corpusKey, tagKey, ordered, headTerms) = try snapshot.read { db in
            (try IndexMeta.get(IndexMeta.corpusKey, db), try IndexMeta.get(IndexMeta.tagKey, db),
             try IndexMeta.get(IndexMeta.ordered, db), try IndexMeta.get(IndexMeta.headTerms, db))
        }
        guard corpusKey == CorpusKey.make(paths: paths, maxFileBytes: maxFileBytes) else {
            throw IndexNotCurrent(.otherCorpus, "the index \(indexPath) was last refreshed from other paths or options")
        }
        // Search's stored answers are rebuilt after the tags: without them they may be stale.
        guard let tagKey, ordered != nil, headTerms != nil else {
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
