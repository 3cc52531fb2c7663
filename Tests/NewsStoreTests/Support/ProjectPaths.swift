import Foundation

/// The project's `corpus/` and the `../shared` folder beside the repository (seed articles, the
/// BBC corpus); tests that need `../shared` are skipped with a message when it is absent.
enum ProjectPaths {
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var corpus: URL { repositoryRoot.appendingPathComponent("corpus") }
    static var catalog: URL { corpus.appendingPathComponent("entities.catalog") }
    static var seeds: URL { repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds") }

    static var sharedIsAvailable: Bool { FileManager.default.fileExists(atPath: seeds.path) }
    static let skipMessage = "../shared is not beside the repository: seed search tests skipped"
}
