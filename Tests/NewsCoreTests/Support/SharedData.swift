import Foundation

/// Locates the project's `../shared` folder (seeds, peer tests, the BBC corpus) and the test
/// fixtures. Tests that need `../shared` are skipped with a message when it is absent.
enum SharedData {
    /// The repository root, found from this file's path.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static let root: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: seeds.path) }

    static let skipMessage = "../shared is not beside the repository: seed and peer tests skipped"

    static var seeds: URL { root.appendingPathComponent("seeds") }
    static var ftfy: URL { root.appendingPathComponent("peer-tests/ftfy") }
    static var bbc: URL { root.appendingPathComponent("corpora/bbc-news") }

    /// The seed file whose name starts with `prefix` ("002").
    static func seed(_ prefix: String) throws -> URL {
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path)
        guard let name = names.sorted().first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return seeds.appendingPathComponent(name)
    }

    static func seedBytes(_ prefix: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: seed(prefix)))
    }

    static var fixtures: URL {
        repositoryRoot.appendingPathComponent("Tests/NewsCoreTests/Fixtures")
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }
}
