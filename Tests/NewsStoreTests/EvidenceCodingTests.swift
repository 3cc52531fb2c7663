import Foundation
import GRDB
import NewsCore
import Testing
@testable import NewsStore

/// Discovery's evidence survives the index: each field of a name's evidence is stored per
/// article and summed in `discovery_names`, so an entity table built from the index types
/// names as one built in memory does.
@Suite struct EvidenceCodingTests {
    static let names: [String: EntityDiscovery.Evidence] = [
        "Chelsea": EntityDiscovery.Evidence(articles: 1, occurrences: 9, midSentence: 7, afterHonorific: 1, lowercase: 2,
                                            organisationCues: 4, kind: .name),
        "BBC": EntityDiscovery.Evidence(articles: 1, occurrences: 3, midSentence: 3, kind: .acronym),
        "H800": EntityDiscovery.Evidence(articles: 1, occurrences: 1, kind: .model),
    ]

    @Test func everyFieldReadsBackFromTheArticleBlob() throws {
        #expect(try EvidenceCoding.decodeNames(EvidenceCoding.encode(names: Self.names)) == Self.names)
    }

    @Test func everyFieldIsSummedOverArticles() throws {
        let database = try DatabaseQueue()
        let summed = try database.write { db -> [String: EntityDiscovery.Evidence] in
            try IndexSchema.create(db)
            var counts = DiscoveryCounts()
            counts.add(Self.names)
            counts.add(Self.names)
            try counts.write(db)
            return try DiscoveryCounts.recurring(db)
        }
        var twice = Self.names
        for name in twice.keys { twice[name]!.merge(Self.names[name]!) }
        #expect(summed == twice)
    }
}
