import Testing
@testable import NewsCore

/// The byte-keyed term table: terms of eight bytes or fewer are told apart by their slot alone,
/// longer ones by their bytes, and a scanner's padded key is the same as the plain one.
@Suite struct VocabularyTests {
    func bytes(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Int32?) -> Int32? {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func termsThatShareTheirFirstEightBytesAreDifferentTerms() {
        var vocabulary = Vocabulary()
        let terms = ["abcdefgh", "abcdefgh1", "abcdefgh2", "abcdefg", "abcdefghabcdefgh", "abcdefghabcdefgi",
                     "a", "ab", String(repeating: "x", count: 300), String(repeating: "x", count: 301)]
        let ids = terms.map { term in bytes(term) { vocabulary.intern($0) }! }
        #expect(ids == Array(0..<Int32(terms.count)))
        for (term, id) in zip(terms, ids) {
            #expect(bytes(term) { vocabulary.find($0) } == id)
            #expect(vocabulary.term(id) == term)
        }
        #expect(bytes("abcdefgh3") { vocabulary.find($0) } == nil)
        #expect(bytes("abcdef") { vocabulary.find($0) } == nil)
        #expect(bytes("") { vocabulary.find($0) } == nil)
    }

    @Test func lookupsSurviveTheTableGrowing() {
        var vocabulary = Vocabulary()
        let terms = (0..<5_000).map { "term\($0)" }
        for term in terms { _ = bytes(term) { vocabulary.intern($0) } }
        #expect(vocabulary.count == 5_000)
        for (id, term) in terms.enumerated() { #expect(bytes(term) { vocabulary.find($0) } == Int32(id)) }
        // Interning again finds the same id and adds nothing.
        #expect(bytes("term42") { vocabulary.intern($0) } == 42)
        #expect(vocabulary.count == 5_000)
    }

    @Test func aPaddedKeyIsThePlainKey() {
        // Garbage after the word, as in a scanner's reused scratch buffer.
        let scratch = Array("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        scratch.withUnsafeBufferPointer { buffer in
            for length in 0...48 {
                let plain = Vocabulary.key(UnsafeBufferPointer(rebasing: buffer[0..<length]))
                let padded = Vocabulary.key(padded: buffer.baseAddress!, count: length)
                #expect(plain.hash == padded.hash && plain.prefix == padded.prefix, "length \(length)")
            }
        }
    }

    @Test func anotherTablesTermKeepsItsBytes() {
        var first = Vocabulary(), second = Vocabulary()
        for term in ["nvidia", "deepseek-r1x", "chip"] { _ = bytes(term) { first.intern($0) } }
        _ = bytes("chip") { second.intern($0) }
        #expect(second.intern(1, of: first) == 1)
        #expect(second.intern(2, of: first) == 0)
        #expect(bytes("deepseek-r1x") { second.find($0) } == 1)
    }
}
