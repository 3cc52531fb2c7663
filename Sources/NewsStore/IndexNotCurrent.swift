/// Why an index cannot be opened as it is, without a refresh: the caller refreshes instead
/// (`IndexStore.openLibrary`), which says what it found.
public struct IndexNotCurrent: Error, CustomStringConvertible, Sendable {
    public enum Reason: Sendable, Hashable {
        /// No index file, or an empty one.
        case missing
        /// Not an index this build can read: damaged, another program's, another format.
        case unusable
        /// Last refreshed from other paths, or with another size limit.
        case otherCorpus
        /// Tagged with other catalogs or options, or its last refresh did not finish.
        case notTagged
    }

    public var reason: Reason
    public var description: String

    init(_ reason: Reason, _ description: String) {
        self.reason = reason
        self.description = description
    }
}
