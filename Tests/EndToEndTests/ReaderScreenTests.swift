import Foundation
import Testing

/// The reader on a real terminal (tmux): what appears on screen, how keys, resizes and hostile
/// text are handled, and that the terminal is always given back.
@Suite(.serialized) struct ReaderScreenTests {
    /// The first words of each seed article's title, from `newsreader list` (a list pane may
    /// cut a title short, so only its start is looked for).
    static func seedTitlePrefixes() throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxPane.binary)
        process.arguments = ["list", "--json", "--corpus", TmuxPane.seeds.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        return rows.compactMap { $0["title"] as? String }.map { String($0.prefix(14)) }
    }

    /// The share of rows two screens have in common.
    static func sameRows(_ a: [String], _ b: [String]) -> Double {
        let count = max(a.count, b.count)
        guard count > 0 else { return 1 }
        return Double(zip(a, b).filter { $0 == $1 }.count) / Double(count)
    }

    func openSeeds(width: Int = 140, height: Int = 40) throws -> (TmuxPane, [String])? {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return nil }
        guard TmuxPane.seedsAvailable else { print("skipped: \(TmuxPane.seeds.path) is absent"); return nil }
        let titles = try Self.seedTitlePrefixes()
        let pane = try TmuxPane(width: width, height: height)
        try pane.startReader([TmuxPane.seeds.path])
        try pane.waitFor("every seed title in the article list") { screen in
            titles.allSatisfy { title in screen.contains { $0.contains(title) } }
        }
        return (pane, titles)
    }

    @Test func opensOnTheSeedsWithEveryTitleListed() throws {
        guard let (pane, titles) = try openSeeds() else { return }
        let screen = try pane.settle()
        #expect(titles.count == 5)
        // Three panes side by side: rows where the list, the article and the related pane each
        // have text, separated by runs of blanks or rules.
        let title = try #require(titles.first)
        let row = try #require(screen.first { $0.contains(title) })
        #expect(row.count > 70, "the list shares its rows with the article pane: \(row)")
        try pane.press("q")
        let (status, restored) = try pane.exitStatusAndTTYRestored()
        #expect(status == 0)
        #expect(restored, "q leaves the terminal in cooked mode with echo")
    }

    @Test func jumpsFromAMentionToARelatedPassageAndBack() throws {
        guard let (pane, _) = try openSeeds() else { return }
        let start = try pane.settle()
        try pane.press("n")
        let atMention = try pane.settle()
        #expect(atMention != start, "n moves to a mention")
        try pane.press("Enter")
        let related = try pane.settle()
        #expect(related != atMention, "Enter on a mention shows its related passages")
        try pane.press("Enter")
        let jumped = try pane.settle()
        #expect(jumped != related, "Enter on a related item opens the other article")
        try pane.press("BSpace")
        let back = try pane.settle()
        // Back where the jump started: nearly every row as before the jump (a read count or an
        // unread mark may change), while the jump itself changed most of them.
        #expect(Self.sameRows(jumped, related) < 0.7, "the jump shows another article")
        #expect(max(Self.sameRows(back, related), Self.sameRows(back, atMention)) > 0.85,
                "Backspace returns to the article the jump left")
        try pane.press("q")
        #expect(try pane.exitStatusAndTTYRestored().status == 0)
    }

    @Test func entityPickerFindsNvidiaFromFourLetters() throws {
        guard let (pane, _) = try openSeeds() else { return }
        let before = try pane.settle()
        try pane.press("@")
        try pane.typeText("nvid")
        // The picker echoes the query (article text spells the name Nvidia or NVIDIA).
        let picking = try pane.waitFor(text: "nvid")
        #expect(picking.contains { $0.contains("Nvidia") })
        try pane.press("Enter")
        let after = try pane.settle()
        #expect(after != before, "Enter on the picked entity changes the view")
        #expect(after.contains { $0.contains("Nvidia") || $0.contains("NVIDIA") })
        try pane.press("q")
    }

    /// The SGR parameter lists (`ESC [ … m`) in styled screen text.
    static func sgrParameters(_ styled: String) -> [String] {
        styled.components(separatedBy: "\u{1B}[").dropFirst().compactMap { rest in
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";" || $0 == ":") }), rest[end] == "m" else { return nil }
            return String(rest[..<end])
        }
    }

    /// Whether an SGR parameter list sets a colour: 30–37, 40–47, 90–97, 100–107, or 38/48 (extended).
    static func setsColour(_ parameters: String) -> Bool {
        parameters.split(separator: ";").contains { field in
            guard let number = Int(field.split(separator: ":").first ?? "") else { return false }
            return (30...38).contains(number) || (40...48).contains(number)
                || (90...97).contains(number) || (100...107).contains(number)
        }
    }

    @Test func mentionsAreColouredOnA256ColourTerminal() throws {
        guard let (pane, _) = try openSeeds() else { return }
        try pane.settle()
        let codes = Self.sgrParameters(try pane.styledScreen())
        #expect(codes.contains { $0.contains("38;5;") }, "256-colour foregrounds on screen: \(Set(codes))")
        try pane.press("q")
        #expect(try pane.exitStatusAndTTYRestored().status == 0)
    }

    @Test func noColorKeepsEveryDistinctionWithoutColour() throws {
        guard TmuxPane.available, TmuxPane.seedsAvailable else { print("skipped: no tmux or seeds"); return }
        let titles = try Self.seedTitlePrefixes()
        let pane = try TmuxPane()
        try pane.type("export NO_COLOR=1; clear")
        try pane.startReader([TmuxPane.seeds.path])
        try pane.waitFor("every seed title in the article list") { screen in
            titles.allSatisfy { title in screen.contains { $0.contains(title) } }
        }
        try pane.settle()
        let codes = Self.sgrParameters(try pane.styledScreen())
        #expect(!codes.contains(where: Self.setsColour), "no colour at all: \(Set(codes).filter(Self.setsColour))")
        func has(_ attribute: String) -> Bool { codes.contains { $0.split(separator: ";").contains(Substring(attribute)) } }
        #expect(has("4"), "mentions still underlined: \(Set(codes))")
        #expect(has("7"), "the selection still reversed: \(Set(codes))")
        #expect(has("1"), "the current entity or a heading still bold: \(Set(codes))")
        try pane.press("q")
        #expect(try pane.exitStatusAndTTYRestored().status == 0)
    }

    @Test func followsResizesDownToATinyWindow() throws {
        guard let (pane, titles) = try openSeeds() else { return }
        let wide = try pane.settle()
        try pane.tmux(["resize-window", "-x", "60", "-y", "15"])
        let medium = try pane.waitFor("a 60×15 layout") { $0 != wide }
        let settledMedium = try pane.settle()
        #expect(settledMedium.count <= 16 && settledMedium.allSatisfy { $0.count <= 60 })
        #expect(settledMedium.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }, "\(medium)")

        try pane.tmux(["resize-window", "-x", "20", "-y", "5"])
        // Wait for the message itself: before the reader redraws, tmux shows its own cropped copy
        // of the previous frame, which is also a changed, non-empty screen.
        let tiny = try pane.waitFor("a 20×5 screen with a message") { screen in
            screen.joined(separator: " ").contains("too small")
        }
        #expect(tiny.allSatisfy { $0.count <= 20 })

        // Still alive: back to full size, the list is there again.
        try pane.tmux(["resize-window", "-x", "140", "-y", "40"])
        try pane.waitFor("the titles after growing again") { screen in
            titles.allSatisfy { title in screen.contains { $0.contains(title) } }
        }
        try pane.press("q")
        let (status, restored) = try pane.exitStatusAndTTYRestored()
        #expect(status == 0)
        #expect(restored)
    }

    /// An article full of escape sequences a terminal would obey.
    static let hostileArticle: String = {
        let esc = "\u{1B}", bel = "\u{07}"
        return """
            Hostile terminal bytes in a news article

            Markets fell sharply today\(esc)[2J as traders\(esc)[31m reacted to the chip news.\(bel)

            A second paragraph sets a title \(esc)]0;pwned-title\(bel) and the clipboard \(esc)]52;c;aGVsbG8=\(bel) quietly.

            A third paragraph has an eight-bit CSI \u{9B}1;1H and a cursor move \(esc)[10;10H right here.
            """
    }()

    @Test func showOnATerminalMakesControlsVisible() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let pane = try TmuxPane()
        let folder = pane.scratch.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.hostileArticle.write(to: folder.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        let before = try pane.tmux(["display-message", "-p", "#{pane_title}"])
        for raw in [false, true] {
            try pane.type("clear; '\(TmuxPane.binary)' show hostile --corpus '\(folder.path)'\(raw ? " --raw" : ""); echo SHOWN-$((40+2))")
            let screen = try pane.waitFor(text: "SHOWN-42")
            #expect(screen.contains { $0.contains("Markets fell") }, "ESC[2J did not clear the screen (raw: \(raw))")
            #expect(screen.contains { $0.contains("^[]0;pwned-title^G") }, "the OSC shows as text (raw: \(raw))")
            #expect(try pane.tmux(["display-message", "-p", "#{pane_title}"]) == before, "OSC 0 did not retitle the pane")
        }
    }

    @Test func showPipedKeepsTheTextExact() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsreader-show-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.hostileArticle.write(to: folder.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxPane.binary)
        process.arguments = ["show", "hostile", "--raw", "--corpus", folder.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == Self.hostileArticle + "\n", "piped, the raw text is exact")
    }

    @Test func escapeSequencesInAnArticleAreShownNotObeyed() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let pane = try TmuxPane()
        let folder = pane.scratch.appendingPathComponent("hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let article = Self.hostileArticle
        try article.write(to: folder.appendingPathComponent("hostile.txt"), atomically: true, encoding: .utf8)
        let before = try pane.tmux(["display-message", "-p", "#{pane_title}"])
        try pane.startReader([folder.path])
        let screen = try pane.waitFor(text: "^[")
        #expect(screen.contains { $0.contains("Hostile terminal") }, "the title is still on screen")
        #expect(screen.contains { $0.contains("Markets fell") }, "the text before ESC[2J was not cleared")
        #expect(try pane.tmux(["display-message", "-p", "#{pane_title}"]) == before, "OSC 0 did not retitle the pane")
        #expect(!screen.joined().contains("pwned") || screen.contains { $0.contains("^[]0;pwned") },
                "an OSC shows as text, if at all")
        try pane.press("q")
        let (status, restored) = try pane.exitStatusAndTTYRestored()
        #expect(status == 0)
        #expect(restored)
    }

    /// The cell a character of a captured row starts in: tmux prints a wide character once, so
    /// the emoji before it (all from the planes above U+1F000 here) count two cells.
    static func column(of target: Character, after start: String.Index, in row: String) -> Int? {
        guard let index = row[start...].firstIndex(of: target) else { return nil }
        return row[..<index].unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1F000 ? 2 : 1) }
    }

    @Test func flagsAndJoinedEmojiDoNotShiftTheText() throws {
        guard TmuxPane.available else { print("skipped: tmux is not installed (make deps installs it)"); return }
        let pane = try TmuxPane()
        let folder = pane.scratch.appendingPathComponent("emoji")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Each emoji takes two cells: X belongs 7 cells after the F, Y 15.
        let article = """
            Emoji sequences in a news article

            Flag 🇺🇸X and 👨\u{200D}👩\u{200D}👧Y end.
            """
        try article.write(to: folder.appendingPathComponent("emoji.txt"), atomically: true, encoding: .utf8)
        try pane.startReader([folder.path])
        let screen = try pane.waitFor(text: "Flag ")
        let row = try #require(screen.first { $0.contains("Flag ") })
        let flag = try #require(row.range(of: "Flag ")).lowerBound
        let start = try #require(Self.column(of: "F", after: flag, in: row))
        #expect(row[flag...].hasPrefix("Flag USX"), "the flag as its letters: \(row)")
        #expect(Self.column(of: "X", after: flag, in: row) == start + 7, "\(row)")
        #expect(Self.column(of: "Y", after: flag, in: row) == start + 15, "\(row)")
        try pane.press("q")
        #expect(try pane.exitStatusAndTTYRestored().status == 0)
    }

    /// SIGTERM (kill, a shutdown) and SIGHUP (the terminal window closed) quit cleanly; a crash
    /// (a Swift trap is SIGILL on x86-64, SIGTRAP on arm64; a bad pointer SIGSEGV) still gives
    /// the terminal back before the process dies of the signal. Either way: 128 + the signal.
    @Test(arguments: [SIGTERM, SIGHUP, SIGSEGV, SIGILL, SIGTRAP])
    func signalRestoresTheTerminal(signal: Int32) throws {
        guard let (pane, _) = try openSeeds() else { return }
        let pid = try pane.readerPid()
        #expect(kill(pid, signal) == 0)
        let (status, restored) = try pane.exitStatusAndTTYRestored()
        #expect(status == 128 + Int(signal))
        #expect(restored, "signal \(signal) leaves the terminal in cooked mode with echo")
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        guard let (pane, _) = try openSeeds() else { return }
        try pane.press("C-c")
        let (status, restored) = try pane.exitStatusAndTTYRestored()
        #expect(status == 130)
        #expect(restored)
    }
}

/// Without a terminal the reader refuses at once and points at the script commands.
@Suite struct NotATerminalTests {
    @Test func pipedRunExitsTwoWithOneLine() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxPane.binary)
        process.arguments = []
        let out = Pipe(), err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(stdout.isEmpty)
        let lines = stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(stderr.contains("not a terminal") && stderr.contains("newsreader list"))
    }
}
