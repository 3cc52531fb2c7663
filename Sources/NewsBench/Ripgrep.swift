import Foundation

/// Times ripgrep searching the same alias list over the same files, the yardstick for tagging.
enum Ripgrep {
    /// Best wall time of `runs` runs of `rg -c -F -w -i -f aliases folder`, or nil without rg.
    static func time(aliases: URL, folder: URL, runs: Int = 1) -> Double? {
        guard let rg = executable("rg") else { return nil }
        var best = Double.infinity
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: rg)
            process.arguments = ["-c", "-F", "-w", "-i", "-f", aliases.path, folder.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now()
            do { try process.run() } catch { return nil }
            process.waitUntilExit()
            best = min(best, Clock.seconds(since: start))
        }
        return best
    }

    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

enum Clock {
    static func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
