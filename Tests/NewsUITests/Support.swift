import Foundation
import NewsCore
import NewsStore
@testable import NewsUI

/// The fixture corpus (four short articles and a catalog), opened once for every test.
enum Fixture {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast()
        return parts.joined(separator: "/") + "/Fixtures"
    }()

    static let index: NewsIndex = {
        try! MemoryIndex.open(paths: [directory + "/corpus"], catalogFiles: [directory + "/entities.catalog"], discover: false).index
    }()

    static func state(width: Int = 140, height: Int = 40, depth: ColorDepth = .full256,
                      keymap: Keymap = .defaults) -> ReaderState {
        ReaderState(index: index, options: ReaderOptions(colorDepth: depth, keymap: keymap, width: width, height: height))
    }

    static func entity(_ name: String) -> Int { index.entities.id(named: name)! }

    static var catalogText: String { try! String(contentsOfFile: directory + "/entities.catalog", encoding: .utf8) }

    /// A reader on a corpus written for one test: `files` (name → text) in a fresh folder, read
    /// with `catalog` alone (the fixture catalog when nil).
    static func state(files: [String: String], catalog: String? = nil, width: Int = 140, height: Int = 30) -> ReaderState {
        ReaderState(index: index(files: files, catalog: catalog),
                    options: ReaderOptions(colorDepth: .full256, keymap: .defaults, width: width, height: height))
    }

    /// The index of such a corpus.
    static func index(files: [String: String], catalog: String? = nil) -> NewsIndex {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsui-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        for (name, text) in files {
            try! text.write(to: folder.appendingPathComponent("corpus/" + name), atomically: true, encoding: .utf8)
        }
        let catalogPath = folder.appendingPathComponent("entities.catalog")
        try! (catalog ?? catalogText).write(to: catalogPath, atomically: true, encoding: .utf8)
        return try! MemoryIndex.open(paths: [folder.appendingPathComponent("corpus").path], catalogFiles: [catalogPath.path],
                                     discover: false).index
    }
}

/// Keys as a script: each character is typed, `<Name>` is a named key (`<Enter>`, `<Down>`).
func keys(_ script: String) -> [Event] {
    var events: [Event] = []
    var rest = Substring(script)
    while let first = rest.first {
        if first == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex),
           let key = KeyName.parse(String(rest[rest.index(after: rest.startIndex)..<close])) {
            events.append(.key(key))
            rest = rest[rest.index(after: close)...]
        } else {
            events.append(.key(.character(first)))
            rest = rest.dropFirst()
        }
    }
    return events
}

extension ReaderState {
    func after(_ script: String) -> ReaderState { keys(script).reduce(self, update) }
    func after(_ events: [Event]) -> ReaderState { events.reduce(self, update) }
    func screen() -> Frame { render(self, width: width, height: height) }
    var lines: [String] { screen().lines }
}

extension Frame {
    /// The column where `text` starts on row `y`, counted in cells.
    func column(of text: String, row y: Int) -> Int? {
        let line = self.line(y)
        guard let range = line.range(of: text) else { return nil }
        return TextWidth.of(line[..<range.lowerBound])
    }

    /// The row holding `text`, first from the top.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    func style(of text: String, row y: Int, offset: Int = 0) -> Style? {
        column(of: text, row: y).map { self[$0 + offset, y].style }
    }
}
