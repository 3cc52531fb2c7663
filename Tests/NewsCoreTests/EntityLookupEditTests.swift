import Testing
@testable import NewsCore

@Suite struct EntityLookupEditTests {
    func fuzzy(_ word: String, _ needle: String) -> Bool {
        EntityLookup.withinOneEdit(ofPrefixOf: word.unicodeScalars.map(\.value), from: 0,
                                   needle.unicodeScalars.map(\.value))
    }

    @Test func oneEditOfAPrefixMatches() {
        #expect(fuzzy("nvidia", "nvdia"))       // a letter left out
        #expect(fuzzy("deepseek", "deepsek"))   // a letter left out, prefix
        #expect(fuzzy("deepseek", "deeepseek")) // an extra letter
        #expect(fuzzy("deepseek", "deepzeek"))  // a substitution
        #expect(fuzzy("nvidia", "nivdia"))      // neighbours swapped
        #expect(fuzzy("liang", "liangg"))       // one letter past the end
        #expect(fuzzy("stargate", "stra"))      // swap inside a prefix
    }

    @Test func twoEditsDoNot() {
        #expect(!fuzzy("nvidia", "nvdai"))
        #expect(!fuzzy("deepseek", "dpesek"))
        #expect(!fuzzy("liang", "lianggg"))
        #expect(!fuzzy("openai", "xpenxi"))
    }
}
