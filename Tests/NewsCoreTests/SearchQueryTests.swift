import Testing
@testable import NewsCore

@Suite struct SearchQueryTests {
    @Test func mixesEntitiesPhrasesAndWords() throws {
        let query = try SearchQuery.parse(#"@nvidia entity:"Liang Wenfeng" "sputnik moment" chips entity:DeepSeek"#)
        #expect(query.entities == ["nvidia", "Liang Wenfeng", "DeepSeek"])
        #expect(query.phrases == ["sputnik moment"])
        #expect(query.words == ["chips"])
    }

    @Test func quotedEntityNamesAndCurlyQuotes() throws {
        let query = try SearchQuery.parse("@“Liang Wenfeng” “export controls”")
        #expect(query.entities == ["Liang Wenfeng"])
        #expect(query.phrases == ["export controls"])
    }

    @Test func errorsSayWhatWentWrongAndWhere() {
        #expect(throws: SearchQueryError(message: "unclosed quote: add a closing \" to end the phrase", column: 7)) {
            try SearchQuery.parse(#"chips "sputnik moment"#)
        }
        #expect(throws: SearchQueryError(message: "@ needs an entity name: @nvidia or @\"Liang Wenfeng\"", column: 7)) {
            try SearchQuery.parse("chips @ export")
        }
        #expect(throws: SearchQueryError(message: "unknown field \"author:\"; the only field is entity: (or write @name)", column: 1)) {
            try SearchQuery.parse("author:smith")
        }
        #expect(throws: SearchQueryError(message: "empty query: type words, a \"phrase\" or @entity", column: 1)) {
            try SearchQuery.parse("   \"\" ")
        }
        #expect(throws: SearchQueryError.self) { try SearchQuery.parse("entity:") }
    }

    @Test func aTrailingStarMarksAPrefix() throws {
        let query = try SearchQuery.parse("robo* chips \"deep lea*\" **")
        #expect(query.words == ["robo*", "chips", "**"])
        #expect(query.phrases == ["deep lea*"])
        #expect(SearchQuery.prefix(of: "robo*") == ("robo", true))
        #expect(SearchQuery.prefix(of: "robo**") == ("robo", true))
        #expect(SearchQuery.prefix(of: "robo") == ("robo", false))
        #expect(SearchQuery.prefix(of: "**") == ("", true))
    }

    @Test func colonsInsideNumbersAreWords() throws {
        #expect(try SearchQuery.parse("9:30 chips").words == ["9:30", "chips"])
    }
}
