extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, in a collection where every
    /// element for which it holds comes after every element for which it does not (sorted
    /// ranges, offsets): a binary search, so long passages cost no scan per lookup.
    public func partitionPoint(_ isAfter: (Element) -> Bool) -> Index {
        var lower = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(lower, offsetBy: half)
            if isAfter(self[middle]) {
                count = half
            } else {
                lower = index(after: middle)
                count -= half + 1
            }
        }
        return lower
    }
}
