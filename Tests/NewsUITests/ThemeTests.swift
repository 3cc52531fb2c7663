import Testing
import NewsCore
@testable import NewsUI

@Suite struct ThemeTests {
    @Test func noColorMeansMonochrome() {
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1"], colors: 256) == .monochrome)
        #expect(ColorDepth.detect(environment: [:], colors: 256) == .full256)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": ""], colors: 8) == .eight)
        #expect(ColorDepth.detect(environment: [:], colors: 2) == .monochrome)
    }

    @Test func monochromeKeepsEveryDistinction() {
        let state = Fixture.state(width: 140, height: 30, depth: .monochrome).after("@lisb<Enter><Esc>nn")
        let frame = state.screen()
        #expect(!frame.cells.contains { $0.style.foreground != .default || $0.style.background != .default })
        let row = frame.row(containing: "Acme Robotics showed")!
        let mention = frame.style(of: "Acme Robotics", row: row)!
        #expect(mention.underline && !mention.bold)
        // Current entity (Acme Rover, the selected mention) bold + underline + reversed cursor.
        let rover = frame.style(of: "Rover, at", row: row + 1)!
        #expect(rover.bold && rover.underline && rover.reverse)
        // A chosen entity (Lisbon) has its own attribute: italic.
        #expect(frame.style(of: "in Lisbon", row: row + 1, offset: 3)!.italic)
        #expect(frame.style(of: "Advertisement", row: frame.row(containing: "Advertisement")!)!.dim)
        #expect(frame[0, 0].style.reverse)  // header
    }

    @Test func entityColoursAreStableAndByType() {
        let entities = Fixture.index.entities
        let acme = entities[Fixture.entity("Acme Robotics")]
        #expect(EntityPalette.color(for: acme, depth: .full256) == EntityPalette.color(for: acme, depth: .full256))
        #expect(EntityPalette.family256(.organisation).contains { .indexed($0) == EntityPalette.color(for: acme, depth: .full256) })
        #expect(EntityPalette.color(for: acme, depth: .eight) == .indexed(4))
        #expect(EntityPalette.color(for: entities[Fixture.entity("Mara Quist")], depth: .eight) == .indexed(2))
        #expect(EntityPalette.stableHash("a") == 0xaf63_dc4c_8601_ec8c)  // FNV-1a, the same in every run
    }
}
