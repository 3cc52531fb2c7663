import Foundation
import Testing
@testable import NewsCore

@Suite struct MojibakeRepairTests {
    static let clean = [
        "plain ASCII text", "café", "naïve", "€5", "Brand™", "Ā is a Latvian letter",
        "L’épisode 8", "“quoted” – fine…", "Ελληνικά", "русский", "日本語", "🐋 whale",
    ]

    @Test(arguments: clean) func cleanTextPassesUnchanged(text: String) {
        #expect(MojibakeRepair.repair(text) == text)
    }

    @Test func prescanLetsCleanAccentedTextSkipTheRepair() {
        for text in ["l’époque, café, naïve", "A situação é ótima, não? Größe Straße", "¿Qué pasó, señor?",
                     "Zażółć gęślą jaźń", "Tôi là người Việt", "русский текст", "Ελληνικά"] {
            #expect(!MojibakePrescan.mayContainMojibake(text), "\(text)")
        }
        for text in ["cafÃ©", "Itâ€™s", "šŸ‹", "Ð ÑƒÑ", "\u{93}x", "â€\u{FFFD}"] {
            #expect(MojibakePrescan.mayContainMojibake(text), "\(text)")
        }
    }

    @Test func windows1252Mojibake() {
        #expect(MojibakeRepair.repair("Itâ€™s cafÃ© time â€” â€œyesâ€\u{9D}") == "It’s café time — “yes”")
    }

    @Test func baltic1257MojibakeWithLostClosingQuote() throws {
        let text = try #require(String(bytes: SharedData.fixtureBytes("mojibake/lost-trailing-byte.txt"), encoding: .utf8))
        #expect(MojibakeRepair.repair(text) == "He said “Hello” and left.\n")
    }

    @Test func flattenedNoBreakSpaceAsLastByte() throws {
        // Р is D0 A0, Š is C5 A0, ⚠ is E2 9A A0: the 0xA0 became a plain space.
        let text = try #require(String(bytes: SharedData.fixtureBytes("mojibake/flattened-nbsp-last-byte.txt"), encoding: .utf8))
        #expect(MojibakeRepair.repair(text) == "Рабочая неделя в Риге: Šodien Rīgā līst.\nПредупреждение ⚠️ снова\n")
        // The same space after a dagger's bytes stays a space: "ā€ " is a closing quote that lost its byte.
        #expect(MojibakeRepair.repair("ā€œHelloā€ and") == "“Hello” and")
        // A lone capital before a word of another script is left alone.
        #expect(MojibakeRepair.repair("Ü ist gut") == "Ü ist gut")
    }

    func fixture(_ name: String) throws -> String {
        try #require(String(bytes: SharedData.fixtureBytes("mojibake/\(name)"), encoding: .utf8))
    }

    @Test func c1ControlsMeanISO88592BeforeWindows1250() throws {
        // "Ă\u{A1}" is á only in ISO-8859-2 (Windows-1250 would read the same "Ą" as 0xA5, giving å).
        #expect(MojibakeRepair.repair(try fixture("iso-8859-2-with-c1.txt")) == "Příliš žluťoučký kůň úpěl ďábelské ódy.\n")
    }

    @Test func spacingDiacriticInsideConsistentMojibake() throws {
        #expect(MojibakeRepair.repair(try fixture("spacing-diacritic-1250.txt")) == "Nazwali go „Orle´ gniazdo“ od skał.\n")
        #expect(MojibakeRepair.repair("Orle´ gniazdo") == "Orle´ gniazdo")
    }

    @Test func c1ControlAsInnerLayerOfDoubleMojibake() throws {
        #expect(MojibakeRepair.repair(try fixture("double-mojibake-c1.txt")) == "She wrote “Hello” and “bye”.\n")
    }

    @Test func combiningMarkOverDigits() throws {
        // U+0336 (long stroke overlay) is CC B6, read as "Ì¶" after each digit.
        #expect(MojibakeRepair.repair(try fixture("combining-mark-over-digits.txt")) == "Preço: de 1\u{336}2\u{336}0\u{336} por 99 reais, é ótimo.\n")
    }

    @Test func portugueseCrasisKeepsNoSpace() throws {
        // "Ã " before "quela"/"quilo" is the contraction "àquela"; before French "quel" a space was merged.
        #expect(MojibakeRepair.repair(try fixture("portuguese-crasis.txt"))
            == "Ele foi àquela praia, voltou às 10h e pensou àquilo; não é? Il pense à quel point.\n")
    }

    @Test func letterPairsJoinAForeignWord() throws {
        // "Ùƒ" (ك) is two letters, no evidence alone; between "Ø´" (ش) and "Ø±" (ر) it completes the word.
        #expect(MojibakeRepair.repair(try fixture("foreign-word-letter-pairs.txt")) == "Merci se dit شكرا en arabe, c’est ça.\n")
    }

    @Test func codePageCharactersAsInnerLayerOfDoubleMojibake() throws {
        // Round one gives "Ë›" (˛ is CB 9B) and "Ë†" (− begins E2 88): odd alone, right as a layer.
        #expect(MojibakeRepair.repair(try fixture("kaomoji-spacing-modifier.txt")) == "Good night (⌣˘⌣) and (−˛−)\n")
        #expect(MojibakeRepair.repair("Ë› alone") == "Ë› alone")
    }

    @Test func garbleBeyondRepairIsLeftWhole() throws {
        // Three rounds of mojibake, then lowercased: "â€œ" inside still decodes, but the word
        // around it is unexplained mojibake, so nothing is touched.
        let garble = try fixture("garble-past-repair.txt")
        #expect(MojibakeRepair.repair(garble) == garble)
        // One run beside a correct accented letter is still repaired.
        #expect(MojibakeRepair.repair("Zürichâ€™s lake, dÃ©jÃ  vu") == "Zürich’s lake, déjà vu")
    }

    @Test func lostEmojiByteIsInferred() {
        // 🐋 is F0 9F 90 8B; 0x90 has no Windows-1252 character and was dropped.
        #expect(MojibakeRepair.repair("šŸ‹ Making") == "🐋 Making")
        #expect(MojibakeRepair.repair("about 5 years šŸ˜†šŸ¦\u{A0}") == "about 5 years 😆🦠")
    }

    @Test func keycapWithLostVariationSelectorByte() {
        // 1️⃣ is 31 EF B8 8F E2 83 A3; 0x8F was dropped.
        #expect(MojibakeRepair.repair("1ļøāƒ£ Technical") == "1\u{FE0F}\u{20E3} Technical")
    }

    @Test func doubleMojibake() {
        #expect(MojibakeRepair.repair("Iggy Pop (nÃƒÂ© Jim Osterberg)") == "Iggy Pop (né Jim Osterberg)")
    }

    @Test func c1ControlsBecomeWindows1252() {
        #expect(MojibakeRepair.repair("\u{84}Handwerk\u{93}") == "„Handwerk“")
    }

    @Test func idempotentOnOwnOutput() {
        for text in ["Itâ€™s cafÃ©", "šŸ‹ whale ā€œquoteā€", "Ã perturber la rÃ©flexion"] {
            let once = MojibakeRepair.repair(text)
            #expect(MojibakeRepair.repair(once) == once)
        }
    }

    @Test func reportCountsRuns() {
        #expect(MojibakeRepair.repairReport("Itâ€™s cafÃ©").repairedRuns == 2)
        #expect(MojibakeRepair.repairReport("clean").repairedRuns == 0)
    }

    @Suite("seed 002", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
    struct Seed002 {
        func repaired() throws -> String {
            MojibakeRepair.repair(TextDecoding.decode(try SharedData.seedBytes("002")).text)
        }

        @Test func noMarkersRemain() throws {
            let text = try repaired()
            for marker in ["ā€", "Ã", "šŸ", "ļø", "â€"] { #expect(!text.contains(marker), "\(marker)") }
        }

        @Test func phrasesReadCorrectly() throws {
            let text = try repaired()
            for phrase in ["It’s been a while", "catching up to US led companies—they’re",
                           "“So is this Chinese Sputnick moment keeping you up at night?”",
                           "🐋 Making Sense of DeepSeek", "about 5 years 😆🦠", "1\u{FE0F}\u{20E3}\u{A0}Technical",
                           "  • Training Scale & Efficiency – This"] {
                #expect(text.contains(phrase), "\(phrase)")
            }
        }

        @Test func idempotent() throws {
            let once = try repaired()
            #expect(MojibakeRepair.repair(once) == once)
        }
    }
}
