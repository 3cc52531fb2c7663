/// Row-id lists in ascending order, as `postings` returns a passage list for an entity.
enum SortedRowIDs {
    /// The items both lists hold, ascending: passages that mention every entity asked for.
    static func intersect(_ a: [Int64], _ b: [Int64]) -> [Int64] {
        var result: [Int64] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { result.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return result
    }

    /// Whether the list holds `value`, by binary search.
    static func contains(_ sorted: [Int64], _ value: Int64) -> Bool {
        var lower = 0, upper = sorted.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if sorted[middle] < value { lower = middle + 1 } else { upper = middle }
        }
        return lower < sorted.count && sorted[lower] == value
    }
}
