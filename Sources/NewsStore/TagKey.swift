import Foundation
import NewsCore

/// Names what the stored tags were built from: the catalog files' contents in merge order, the
/// discovery switch and the tagging code's version. Equal keys mean tagging the same articles
/// again would give the same tags, so they can be loaded instead.
enum TagKey {
    static func make(catalogs: [[UInt8]], discover: Bool, taggingVersion: Int) -> String {
        var hash = ContentHash.fnv1a("tagging \(taggingVersion) discover \(discover) catalogs \(catalogs.count)".utf8)
        for catalog in catalogs {
            // The length first, so moving bytes from one file to the next changes the key.
            hash = ContentHash.fnv1a(" \(catalog.count) ".utf8, seed: hash)
            hash = ContentHash.fnv1a(catalog, seed: hash)
        }
        return ContentHash.hex(hash)
    }

    /// The key of the catalog files as they are now (a file that cannot be read counts as empty;
    /// loading the catalog reports it).
    static func make(catalogFiles: [String], discover: Bool) -> String {
        let catalogs = catalogFiles.map { [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: $0))) ?? Data()) }
        return make(catalogs: catalogs, discover: discover, taggingVersion: PipelineVersion.tagging)
    }
}
