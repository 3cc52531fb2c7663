import Foundation
import NewsCore

/// Which entity catalogs apply, in merge order: the project's own, one kept in the corpus
/// folder being read, the user's (XDG config dir), then `--entities`.
enum CatalogFiles {
    static let fileName = "entities.catalog"

    static func resolve(corpusPaths: [String], extra: String?, environment: [String: String]) throws -> [String] {
        let fm = FileManager.default
        var files: [String] = []
        func addIfPresent(_ path: String) {
            let standard = URL(fileURLWithPath: path).standardizedFileURL.path
            if fm.fileExists(atPath: standard), !files.contains(standard) { files.append(standard) }
        }
        addIfPresent(DefaultPaths.projectRoot.appendingPathComponent("corpus/\(fileName)").path)
        for path in corpusPaths {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                addIfPresent(URL(fileURLWithPath: path).appendingPathComponent(fileName).path)
            }
        }
        if let user = EntityCatalog.defaultUserCatalogPath(environment: environment) { addIfPresent(user) }
        if let extra {
            guard fm.isReadableFile(atPath: extra) else { throw UserError("cannot read entity catalog \(extra)") }
            files.append(extra)
        }
        return files
    }
}
