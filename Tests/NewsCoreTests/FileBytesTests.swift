import Foundation
import Testing
@testable import NewsCore

/// Whole files read with POSIX calls: exact bytes, limits, and why a file could not be read.
@Suite struct FileBytesTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("file-bytes-\(UUID().uuidString)")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test(arguments: [0, 1, 4095, 4096, 4097, 200_000])
    func readsExactlyTheFile(size: Int) throws {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let path = try file(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path, limit: 1 << 20) == bytes)
    }

    @Test func aFileOverTheLimitIsRefusedWithItsSize() throws {
        let path = try file(Array(repeating: 65, count: 101))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try FileBytes.read(path, limit: 101).count == 101)
        #expect(throws: FileBytes.Failure(reason: "", tooLarge: 101)) { try FileBytes.read(path, limit: 100) }
    }

    @Test func aMissingFileOrAFolderSaysWhy() throws {
        #expect(throws: FileBytes.Failure(reason: "No such file or directory")) {
            try FileBytes.read("/nonexistent/\(UUID().uuidString)", limit: 100)
        }
        #expect(throws: FileBytes.Failure(reason: "Is a directory")) {
            try FileBytes.read(FileManager.default.temporaryDirectory.path, limit: 1 << 30)
        }
    }

    /// A file whose stated size is 0 but that has bytes (Linux's procfs) is read to its end,
    /// not stopped at the size it gave.
    @Test func aFileThatUnderstatesItsSizeIsReadToItsEnd() throws {
        let path = "/proc/self/status"
        guard FileManager.default.fileExists(atPath: path) else { return }
        let bytes = try FileBytes.read(path, limit: 1 << 20)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.hasPrefix("Name:"))
        #expect(text.contains("VmPeak") || text.contains("Threads"))
        #expect(bytes.last == 0x0A)
    }
}
