import Foundation
import Testing
@testable import NewsStore

/// An entity's postings packed in one blob read back as they went in.
@Suite struct EntityPostingsTests {
    static let postings: [(order: Int64, index: Int, mentions: Int)] = [
        (PathOrder.stride, 0, 1), (PathOrder.stride, 3, 2), (PathOrder.stride, 40, 1),
        (PathOrder.stride * 2, 1, 0), (PathOrder.stride * 9_000, 0, 300), (Int64.max - 1, 70_000, 1),
    ]

    @Test func postingsReadBackAsWritten() throws {
        let bytes = EntityPostings.encode(Self.postings)
        var read: [(order: Int64, index: Int, mentions: Int)] = []
        var order: Int64 = -1
        try EntityPostings.decode(bytes, article: { order = $0 }) { read.append((order, $0, $1)) }
        #expect(read.map(\.order) == Self.postings.map(\.order))
        #expect(read.map(\.index) == Self.postings.map(\.index))
        #expect(read.map(\.mentions) == Self.postings.map(\.mentions))
        // One article header per article: the gap and the count, then two bytes a passage here.
        #expect(bytes.count < Self.postings.count * 4 + 4 * 10)
    }

    @Test func aBlobCutShortIsAnError() {
        let bytes = EntityPostings.encode(Self.postings)
        #expect(throws: ByteReader.Overrun.self) {
            try EntityPostings.decode(Array(bytes.dropLast()), article: { _ in }) { _, _ in }
        }
    }

    @Test func varintsTakeOneByteUnder128() throws {
        var writer = ByteWriter()
        for value: UInt64 in [0, 127, 128, 300, UInt64.max] { writer.varint(value) }
        #expect(writer.bytes.count == 1 + 1 + 2 + 2 + 10)
        var reader = ByteReader(writer.bytes)
        #expect(try [reader.varint(), reader.varint(), reader.varint(), reader.varint(), reader.varint()]
                == [0, 127, 128, 300, UInt64.max])
        #expect(reader.isAtEnd)
    }
}
