import Foundation

/// Where the project's embedded corpus lives when no `--corpus` is given.
enum DefaultPaths {
    /// `$NEWSREADER_CORPUS`, else `corpus/` of the source tree this binary was built from.
    static var corpus: String {
        if let path = ProcessInfo.processInfo.environment["NEWSREADER_CORPUS"], !path.isEmpty {
            return path
        }
        return projectRoot.appendingPathComponent("corpus").path
    }

    /// The checkout's root, three levels above this file (Sources/newsreader/DefaultPaths.swift).
    static let projectRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
