import Foundation

/// One entry of the reading history: a passage the cursor entered, and when.
public struct ReadingStateVisit: Sendable, Hashable {
    public var path: String
    public var passage: Int
    public var date: Date

    public init(path: String, passage: Int, date: Date) {
        self.path = path
        self.passage = passage
        self.date = date
    }
}
