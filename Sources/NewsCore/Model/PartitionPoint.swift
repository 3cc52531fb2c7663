extension RandomAccessCollection {
    /// The index of the first element for which `isAfter` holds, in a collection where every
    /// element for which it holds comes after every element for which it does not (sorted
    /// ranges, offsets): a binary search, so long passages cost no scan per lookup.
    @inlinable public func partitionPoint(_ isAfter: (Element) -> Bool) -> Index {
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

    /// `partitionPoint` for lookups that move forward, as when walking sorted keys: the search
    /// starts at `hint`, gallops ahead (1, 2, 4… elements) to a range and halves that, so each of
    /// a run of ascending lookups costs a few steps. A hint already past the point is not
    /// trusted: the search starts over from the beginning.
    @inlinable public func partitionPoint(from hint: Index, _ isAfter: (Element) -> Bool) -> Index {
        var lower = Swift.min(Swift.max(hint, startIndex), endIndex)
        if lower > startIndex && isAfter(self[index(before: lower)]) { return partitionPoint(isAfter) }
        var upper = lower
        var step = 1
        while upper < endIndex && !isAfter(self[upper]) {
            lower = index(after: upper)
            upper = index(upper, offsetBy: step, limitedBy: endIndex) ?? endIndex
            step *= 2
        }
        return self[lower..<upper].partitionPoint(isAfter)
    }
}
