import Foundation
import NewsCore
import NewsStore

/// A fresh folder per test for state files, removed at the end.
final class ScratchFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("newsstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// The names in the folder, sorted.
    func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
}

/// 27 January 2025, 09:30:00 UTC: a fixed "now" so moved-aside names are known in advance.
let fixedNow = Date(timeIntervalSince1970: 1_737_970_200)

/// Opens a store that must come up without a notice.
func openClean(_ path: String) throws -> ReadingStateStore {
    let (store, notice) = try ReadingStateStore.open(at: path)
    guard notice == nil else { throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: notice!]) }
    return store
}

/// The four bytes at `offset` of a file, big-endian, as SQLite writes its header fields.
func headerField(_ path: String, at offset: Int) throws -> UInt32 {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)).prefix(100))
    return bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
}
