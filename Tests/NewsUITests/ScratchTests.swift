import Testing
@testable import NewsUI

@Suite struct Scratch {
    @Test func dump() {
        for (w, h, s) in [(140, 40, ""), (100, 30, "n<Enter>"), (60, 20, ""), (140, 40, "?"), (140,40,"@ac"), (140,40,"@ac<Enter>"), (140,40,"/rover")] {
            let state = Fixture.state(width: w, height: h).after(s)
            print("=== \(w)x\(h) \(s)")
            for l in state.lines { print("|" + l) }
        }
    }
}
