import Foundation
import Testing
@testable import NewsCore

@Suite struct FigureScannerTests {
    @Test(arguments: [
        ("it cost $5.6 million to train", "$5.6 million", 5_600_000.0, "USD", "$5.6 million"),
        ("roughly $6 million dollars and", "$6 million dollars", 6_000_000, "USD", "$6 million"),
        ("a $1.6 billion bet", "$1.6 billion", 1_600_000_000, "USD", "$1.6 billion"),
        ("the $500bn plan", "$500bn", 500_000_000_000, "USD", "$500 billion"),
        ("a $500 billion AI project", "$500 billion", 500_000_000_000, "USD", "$500 billion"),
        ("only US$5.6m spent", "US$5.6m", 5_600_000, "USD", "$5.6 million"),
        ("(around £195 billion)", "£195 billion", 195_000_000_000, "GBP", "£195 billion"),
        ("just €5 each", "€5", 5, "EUR", "€5"),
        ("lent ¥1.91 trillion", "¥1.91 trillion", 1_910_000_000_000, "JPY", "¥1.91 trillion"),
        ("loans of 1.91 trillion yuan to", "1.91 trillion yuan", 1_910_000_000_000, "CNY", "1.91 trillion yuan"),
        ("$0.55 per million tokens", "$0.55", 0.55, "USD", "$0.55"),
        ("a $969 billion selloff", "$969 billion", 969_000_000_000, "USD", "$969 billion"),
        ("paid $5,600,000 in", "$5,600,000", 5_600_000, "USD", "$5.6 million"),
        ("spent RMB 380 billion on", "RMB 380 billion", 380_000_000_000, "CNY", "380 billion yuan"),
        ("plans $60-65 billion of capex", "$60-65 billion", 62_500_000_000, "USD", "$60 billion–$65 billion"),
        ("between $60bn–$65bn this year", "$60bn–$65bn", 62_500_000_000, "USD", "$60 billion–$65 billion"),
    ])
    func money(_ text: String, _ written: String, _ value: Double, _ currency: String, _ canonical: String) throws {
        let figures = FigureScanner.scan(text)
        try #require(figures.count == 1)
        let figure = figures[0]
        #expect(TextOffsets.slice(text, figure.range) == written)
        #expect(figure.kind == .money)
        #expect(abs(figure.value - value) < 1e-6 * max(1, value))
        #expect(figure.currency == currency)
        #expect(figure.canonical == canonical)
    }

    @Test(arguments: [
        ("dropped 12 percent early", "12 percent", 12.0, "12%"),
        ("dropped 12% early", "12%", 12, "12%"),
        ("a 17 per cent rise", "17 per cent", 17, "17%"),
        ("grew 3.1% in", "3.1%", 3.1, "3.1%"),
        ("a 10-15% cut", "10-15%", 12.5, "10%–15%"),
    ])
    func percentages(_ text: String, _ written: String, _ value: Double, _ canonical: String) throws {
        let figures = FigureScanner.scan(text)
        try #require(figures.count == 1)
        #expect(TextOffsets.slice(text, figures[0].range) == written)
        #expect(figures[0].kind == .percentage)
        #expect(abs(figures[0].value - value) < 1e-9)
        #expect(figures[0].currency == nil)
        #expect(figures[0].canonical == canonical)
    }

    @Test func plainNumbersAreNotFigures() {
        #expect(FigureScanner.scan("2,048 NVIDIA H800 chips, 40-50 times, in 2024, a 5m wall, 2 million times, H800 3.1.2, the 2023-24 season, RMB reform").isEmpty)
    }
}

@Suite struct FigureNameTests {
    @Test func smallFiguresKeepTheirSignificantDigits() {
        #expect(FigureScanner.canonicalName(kind: .percentage, value: 0.0001, currency: nil) == "0.0001%")
        #expect(FigureScanner.canonicalName(kind: .percentage, value: 0.5, currency: nil) == "0.5%")
        #expect(FigureScanner.canonicalName(kind: .percentage, value: 17, currency: nil) == "17%")
        #expect(FigureScanner.canonicalName(kind: .money, value: 5_600_000, currency: "USD") == "$5.6 million")
        #expect(FigureScanner.canonicalName(kind: .money, value: 30_000, currency: "USD") == "$30,000")
        #expect(FigureScanner.canonicalName(kind: .money, value: 1_250.5, currency: "GBP") == "£1,250.50")
    }

    /// Numbers are converted without a string where that is exact; the value must be C's.
    @Test func numbersConvertAsCDoes() {
        var seed: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        var numbers = ["0", "5.6", "2,048", "0.1", "0.3", "1.91", "500", "1,000,000", "123456789012345", "0.0000001",
                       "9007199254740993", "1234567890123456789", "3.14159265358979", "0.1234567890123456789012"]
        for _ in 0..<20_000 {
            let whole = String(next(1_000_000_000))
            let decimals = next(4) == 0 ? "" : "." + String(repeating: "0", count: next(3)) + String(next(100_000))
            numbers.append(whole + decimals)
        }
        for number in numbers {
            let bytes = Array(number.utf8)
            let exact = bytes.withUnsafeBufferPointer { FigureScanner.exactValue(0..<$0.count, $0) }
            let c = Double(number.replacingOccurrences(of: ",", with: ""))!
            if let exact { #expect(exact == c, "\(number)") }
        }
        #expect(Array("123456789012345".utf8).withUnsafeBufferPointer { FigureScanner.exactValue(0..<$0.count, $0) } != nil)
        #expect(Array("1234567890123456".utf8).withUnsafeBufferPointer { FigureScanner.exactValue(0..<$0.count, $0) } == nil)
    }

    /// A figure's name writes its amount with up to three decimals, trailing zeros dropped,
    /// exactly as C's "%.3f" then trimming would.
    @Test func amountsAreWrittenAsCWritesThem() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        func reference(_ value: Double) -> String {
            var decimals = 3
            while decimals < 9, value != 0, abs(value) < 1, abs(value) * pow(10, Double(decimals)) < 1 { decimals += 1 }
            var text = String(format: "%.\(decimals)f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        var values: [Double] = [0, 5.6, 6, 1.91, 500, 0.55, 0.0001, 1.0005, 2.675, 999.9995, 12.5, 0.1 + 0.2, 1e11, 123456.789]
        for _ in 0..<20_000 {
            values.append(Double(next(10_000_000)) / [1, 10, 100, 1000, 10_000][next(5)])
            values.append(Double(next(1 << 30)) * 1e-6 + Double(next(1000)))
        }
        for value in values { #expect(FigureScanner.format(value) == reference(value), "\(value)") }
    }
}
