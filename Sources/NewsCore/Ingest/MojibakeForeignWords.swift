extension MojibakeRepair {
    /// Strong matches plus the weak pairs that complete their words.
    ///
    /// Arabic, Cyrillic or Greek read as Windows-1252 often gives two letters ("ÙŠ" for ي), which
    /// alone is no evidence. Next to a strong match that decodes to the same script, it is the
    /// rest of the same word ("Ø¹ÙŠØ¯" is عيد), so it joins; repeated until the word is whole.
    static func joiningForeignWords(_ strong: [MojibakeMatch], _ pairs: [MojibakeMatch]) -> [MojibakeMatch] {
        var matches = strong
        var waiting = pairs
        while true {
            let ends = Dictionary(matches.map { ($0.end, $0) }, uniquingKeysWith: { a, _ in a })
            let starts = Dictionary(matches.map { ($0.start, $0) }, uniquingKeysWith: { a, _ in a })
            let joining = waiting.filter { pair in
                guard let script = pair.output.first.map(MojibakeScalars.script) else { return false }
                let overlaps = matches.contains { $0.start < pair.end && pair.start < $0.end }
                let neighbours = [ends[pair.start], starts[pair.end]].compactMap { $0 }
                return !overlaps && neighbours.contains { $0.output.first.map(MojibakeScalars.script) == script }
            }
            guard !joining.isEmpty else { return matches.sorted { $0.start < $1.start } }
            // Two waiting pairs may overlap each other; keep the first of any such run.
            for pair in joining where !matches.contains(where: { $0.start < pair.end && pair.start < $0.end }) {
                matches.append(pair)
            }
            matches.sort { $0.start < $1.start }
            waiting.removeAll { pair in matches.contains { $0.start == pair.start } }
        }
    }
}
