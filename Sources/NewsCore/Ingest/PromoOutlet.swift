/// The outlet a site's own promo lines name: "You can now listen to Fox News articles!",
/// "CLICK HERE TO GET THE FOX NEWS APP", "Click here for more Fox News opinion". Sites promote
/// themselves by name, so a chrome line of one of these shapes is as good as a "Source:" line;
/// the lowest-trust source, asked only when nothing else names one.
public enum PromoOutlet {
    /// Word sequences around the name: what comes before it and what must follow it.
    private static let shapes: [(before: [String], after: [String])] = [
        (["listen", "to"], ["articles"]),
        (["get", "the"], ["app"]),
        (["download", "the"], ["app"]),
        (["for", "more"], ["opinion"]),
        (["sign", "up", "for", "the"], ["newsletter"]),
    ]

    /// Words that cannot be (or start) an outlet's name in these shapes.
    private static let notNames: Set<String> = ["this", "these", "our", "the", "all", "more", "free", "latest", "new", "full"]

    /// The name one promo line gives, as written (1–4 capitalised words), or nil.
    public static func name(in text: String) -> String? {
        let words = text.split(whereSeparator: { $0.isWhitespace })
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { !$0.isEmpty }
        let lowered = words.map { $0.lowercased() }
        for shape in shapes {
            var start = 0
            while start + shape.before.count < lowered.count {
                defer { start += 1 }
                guard Array(lowered[start..<start + shape.before.count]) == shape.before else { continue }
                let nameStart = start + shape.before.count
                for length in 1...4 where nameStart + length + shape.after.count <= lowered.count {
                    let after = nameStart + length
                    guard Array(lowered[after..<after + shape.after.count]) == shape.after else { continue }
                    let name = words[nameStart..<after]
                    guard !notNames.contains(lowered[nameStart]),
                          name.allSatisfy({ $0.first?.isUppercase == true || $0.first?.isNumber == true }) else { break }
                    return name.joined(separator: " ")
                }
            }
        }
        return nil
    }

    /// The outlet the chrome blocks name; a mixed-case spelling wins over a shouted one
    /// ("Fox News" over "FOX NEWS") when both name the same words.
    public static func outlet(of blocks: [SourceBlock]) -> String? {
        let names = blocks.lazy.filter { $0.kind == .chrome }.compactMap { name(in: $0.text) }
        guard let first = names.first else { return nil }
        let mixed = names.first { $0 != $0.uppercased() && $0.lowercased() == first.lowercased() }
        return mixed ?? first
    }
}
