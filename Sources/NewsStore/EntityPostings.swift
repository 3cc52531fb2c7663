import Foundation
import GRDB

/// The postings of each entity in the most passages, in one blob per entity
/// (`entity_postings`): an entity filter needs all of an entity's passages, and reading
/// 100,000 rows of `postings` costs a search most of its time where one blob costs a
/// millisecond. Written with `entity_heads`, after every change to the tags (`HeadTerms
/// .rebuildEntities`), so it always says what `postings` says.
///
/// The blob lists articles in path order: the gap from the previous article's path order and
/// its count of passages, then each passage's gap from the previous index and its mentions,
/// all as varints.
enum EntityPostings {
    static func encode(_ postings: [(order: Int64, index: Int, mentions: Int)]) -> [UInt8] {
        var writer = ByteWriter()
        var start = 0
        var previousOrder: Int64 = 0
        while start < postings.count {
            let order = postings[start].order
            var end = start
            while end < postings.count && postings[end].order == order { end += 1 }
            writer.varint(UInt64(bitPattern: order &- previousOrder))
            writer.varint(UInt64(end - start))
            var previousIndex = 0
            for posting in postings[start..<end] {
                writer.varint(UInt64(posting.index - previousIndex))
                writer.varint(UInt64(max(posting.mentions, 0)))
                previousIndex = posting.index
            }
            previousOrder = order
            start = end
        }
        return writer.bytes
    }

    /// Calls `article` once per article (its path order) and `passage` for each of its postings.
    static func decode(_ bytes: [UInt8], article: (Int64) -> Void, passage: (_ index: Int, _ mentions: Int) -> Void) throws {
        try bytes.withUnsafeBytes { raw in
            var reader = VarintCursor(raw)
            var order: Int64 = 0
            while !reader.isAtEnd {
                order &+= Int64(bitPattern: try reader.next())
                article(order)
                let count = try reader.next()
                var index = 0
                for _ in 0..<count {
                    index += Int(truncatingIfNeeded: try reader.next())
                    passage(index, Int(truncatingIfNeeded: try reader.next()))
                }
            }
        }
    }

    /// The entity's blob, when it has one.
    static func stored(_ entity: Int, _ db: Database) throws -> [UInt8]? {
        try Data.fetchOne(db.cachedStatement(sql: "SELECT postings FROM entity_postings WHERE entity = ?"),
                          arguments: [entity]).map { [UInt8]($0) }
    }
}
