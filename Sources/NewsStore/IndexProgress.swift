/// How far an open has got, for a progress bar: reported after each small group of files read,
/// and once as each later stage begins.
public struct IndexProgress: Sendable, Hashable {
    public enum Stage: String, Sendable, Hashable {
        /// Reading, hashing and parsing new or changed files.
        case reading
        /// Tagging the whole corpus (no finer steps to report).
        case tagging
        /// Loading the stored articles back, to tag them again after a catalog change.
        case loading
    }

    public var stage: Stage
    /// Files read so far, of those this open has to read (new or changed on disk).
    public var files: Int
    public var totalFiles: Int
    public var bytes: Int
    public var totalBytes: Int
    /// Seconds since the open began.
    public var elapsed: Double

    public init(stage: Stage, files: Int, totalFiles: Int, bytes: Int, totalBytes: Int, elapsed: Double) {
        self.stage = stage
        self.files = files
        self.totalFiles = totalFiles
        self.bytes = bytes
        self.totalBytes = totalBytes
        self.elapsed = elapsed
    }
}
