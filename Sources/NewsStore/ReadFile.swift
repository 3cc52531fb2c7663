import NewsCore

/// One file read during a refresh: what its bytes hash to and what became of them.
struct ReadFile: Sendable {
    enum Contents: Sendable {
        /// The bytes hash as stored: nothing to parse.
        case same
        /// Parsed (or refused before parsing: unreadable, too large).
        case parsed(CorpusLoader.Outcome)
        /// A new file whose bytes hash as a gone file's did: kept unparsed until it is known
        /// whether it is that file renamed.
        case pending([UInt8])
    }

    var plan: RefreshPlan.Read
    /// 16 hex digits; empty when the bytes could not be read.
    var hash: String
    var byteCount: Int
    var contents: Contents

    var path: String { plan.file.path }

    /// Reads and hashes the file, and parses it unless its contents are the stored ones or may
    /// be a gone file's under a new name. Pure apart from reading the file; runs in parallel.
    static func read(_ plan: RefreshPlan.Read, renameHashes: Set<String>, maxFileBytes: Int) -> ReadFile {
        switch CorpusLoader.read(plan.file.candidate, maxFileBytes: maxFileBytes) {
        case .problem(let problem):
            return ReadFile(plan: plan, hash: "", byteCount: 0, contents: .parsed(.problem(problem)))
        case .bytes(let bytes):
            let hash = ContentHash.hex(bytes)
            let contents: Contents
            if let stored = plan.stored, stored.hash == hash {
                contents = .same
            } else if plan.stored == nil && renameHashes.contains(hash) {
                contents = .pending(bytes)
            } else {
                contents = .parsed(CorpusLoader.parse(path: plan.file.path, bytes: bytes))
            }
            return ReadFile(plan: plan, hash: hash, byteCount: bytes.count, contents: contents)
        }
    }
}
