/// Why the reading state could not be opened: printed as one line, and the reader runs without
/// saving its state.
public struct ReadingStateError: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) { self.description = description }
}
