/// Plain-text columns for the CLI's human output; one flexible column is cut to fit 120 cells.
enum TextTable {
    static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = [],
                       flexible: Int? = nil, width: Int = 120) -> String {
        let all = [header] + rows
        var widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        if let flexible {
            let others = widths.enumerated().filter { $0.offset != flexible }.reduce(0) { $0 + $1.element + 2 }
            widths[flexible] = max(12, min(widths[flexible], width - others))
        }
        return all.map { row in
            row.indices.map { column in
                var cell = row[column]
                if cell.count > widths[column] { cell = String(cell.prefix(widths[column] - 1)) + "…" }
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                if column == row.count - 1 && !rightAligned.contains(column) { return cell }
                return rightAligned.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
