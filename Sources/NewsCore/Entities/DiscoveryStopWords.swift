/// Capitalised words that are not names on their own: discovery drops them as single-word
/// candidates and strips them from the edges of multi-word ones ("The BBC" → "BBC").
/// Data only; extend freely.
enum DiscoveryStopWords {
    static let words: Set<String> = edgeWords.union(genericWords).union(demonyms)

    /// Whether a word is on the lists, with typographic apostrophes read as plain ones ("I’ve").
    /// Hyphenated words whose tail is a plain lowercase word ("AI-capable", "US-led") describe
    /// rather than name; "High-Flyer" and "Coca-Cola" stay candidates.
    /// Called for every capitalised word of a corpus: the common case (no typographic
    /// apostrophe, no hyphen) costs one set lookup, with no Foundation string search or split.
    static func contains(_ word: Substring) -> Bool {
        let typographic = word.utf8.contains(0xE2) && word.unicodeScalars.contains("\u{2019}")
        if words.contains(typographic ? String(word).replacingOccurrences(of: "’", with: "'") : String(word)) { return true }
        guard word.utf8.contains(0x2D) else { return false }
        let parts = word.split(separator: "-")
        guard parts.count > 1, let tail = parts.last else { return false }
        return tail.first?.isLowercase == true
    }

    /// Words stripped from the edges of a multi-word candidate ("The BBC", "Mr Blair", "Monday").
    /// Generic words are not stripped: "United Kingdom", "Bank of England" keep theirs.
    static let edgeWords: Set<String> = Set(functionWords).union(timeWords)
        .union(HonorificWords.all.filter { !$0.contains(" ") })

    /// Generic words that end an institution's or event's name: a run made only of generic words
    /// ("European Union", "Home Office", "World Cup") is a name when it ends in one of these,
    /// while "Prime Minister", "Home Secretary" and "American AI" are not.
    static let institutionWords: Set<String> = Set("""
    Union Commission Office Court Bank Cup Parliament Council Kingdom Association Federation Institute Foundation \
    Agency Authority Board Trust Fund Chamber Organisation Organization Corporation Society Club League Championship \
    Party Committee Department Ministry Service Services Police Army University School College Hospital Republic \
    Awards Games
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Lowercase words allowed inside a name: "Bank of England", "Vincent van Gogh".
    static let nameParticles: Set<String> = ["of", "de", "van", "von", "der", "den", "du", "da", "di", "del", "la", "le", "bin", "al"]

    static let functionWords: [String] = """
    A An The This That These Those There Here It Its It's I I'm I've I'd We We're You Your He She His Her Him They Their Them \
    Our Us My Me I'll We'll You'll He'll She'll They'll Who What When Where Why How Which Whose Whom Whatever Whether If Then Than So But And Or Nor Yet For \
    As At By In On Of To From With Without Into Onto Over Under After Before Since Until Unless While Although Though \
    Because Despite During Through Throughout About Above Below Between Among Against Across Around Along Beyond Near \
    Not No Yes All Any Some Many Much More Most Few Less Least Each Every Both Either Neither Other Another Such Only Also \
    Just Even Still Already Again Now Later Soon Once Twice Never Always Often Sometimes Perhaps Maybe Indeed Instead \
    However Meanwhile Moreover Furthermore Therefore Thus Hence Nevertheless Nonetheless Otherwise Overall Finally \
    First Second Third Last Next Previously Recently Currently Earlier Today Tonight Yesterday Tomorrow Is Are Was Were \
    Be Been Being Has Have Had Do Does Did Will Would Shall Should Can Could May Might Must Let Lets Get Got Make Made \
    Said Says Say Asked Added Told Like Unlike Please Thank Thanks Well Oh Yet Very Really Quite Rather Too Whilst Via Per Plus Minus Following \
    According Including Excluding Regarding Concerning Given
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let timeWords: [String] = """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August \
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Christmas Easter \
    Spring Summer Autumn Winter Weekend Week Month Year Years Day Days Morning Afternoon Evening Night
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Function words in capitals: emphasis ("services AND lower taxes") or a title in capitals
    /// ("THE LEGEND OF ZELDA"), never an acronym, and a run of capitalised words holding one is
    /// no name. Pronouns are left out: "US", "WHO" and "IT" are acronyms in the news.
    static let shoutedWords: Set<String> = Set(functionWords.filter { !pronouns.contains($0) }.map { $0.uppercased() })

    static let pronouns: Set<String> = [
        "I", "We", "You", "He", "She", "It", "They", "Us", "Me", "Him", "Her", "Them", "My", "Our", "Your", "His",
        "Its", "Their", "Who", "Whom", "Whose", "What", "Which",
    ]

    /// Words capitalised in headlines and at sentence starts, or titles that are not names.
    static let genericWords: [String] = """
    One Two Three Four Five Six Seven Eight Nine Ten Hundreds Thousands Millions Billions Dozens New Old Big Small Top \
    High Low Good Bad Best Worst Great Foreign DVD DVDs CD CDs GDP MP3 PIN SMS URL HD Q&A R&D R&B B&B \
    Chief Executive Officer Director Chairman Head Leader Leaders Government Governments Minister Ministers Ministry \
    Department Secretary State States Party Parliament Council Committee Commission Court Police Army Company Companies \
    Group Firm Firms Bank Banks Market Markets Industry Business Economy Report Reports News Press Media Internet Online \
    Web Website Email Mobile Phone Video Music Film Films Game Games Sport Sports Team Club League Cup Championship Final \
    Series Season World International National Federal Public Private Royal General Special Official Officials Analysts \
    Experts Critics Sources Spokesman Spokeswoman Spokesperson Mr Mrs Ms Dr Sir Lord Lady President Prime Chancellor \
    Senator Professor Prof People Person Man Men Woman Women Children Family Friends Fans Players Staff Workers \
    Customers Users Consumers Investors Shares Profits Sales Prices Tax Taxes Budget Plan Plans Deal Deals Law Laws Bill \
    Act Rules Election Elections Vote Votes Campaign War Peace Health Education Security Energy Oil Technology Tech \
    Science Research University School College Hospital Service Services System Systems Network Networks Software \
    Hardware Data Digital Computer Computers Programme Program Project Show Award Awards Prize Album Book Books Story \
    Chapter Part Section Page Pages Update Updated Editor Editors Note Notes Advertisement Related Read Click Share \
    Subscribe Sign Login Copyright Photo Photograph Image Images Getty Reuters AP Source Live Latest Breaking Exclusive \
    Analysis Opinion Comment Comments Review Reviews Interview Video Watch Listen Podcast Newsletter Home North South East \
    West Northern Southern Eastern Western Central European Western Mr. Mrs. Dr. St Street Road Avenue City Town \
    Country Countries Nation Region Area Island Islands River Lake Mount Mountain Hill Park Square Centre Center Hall \
    House Office Offices Building Tower Airport Station Port Union Association Federation Institute Foundation Agency \
    Authority Board Trust Fund Council Chamber Organisation Organization Corporation Society Club United Kingdom Republic \
    Democrat Republican Conservative Liberal Cabinet Green Greens \
    Independent Socialist Communist Number Numbers Total Average \
    Percent Million Billion Trillion Pounds Dollars Euros Yen Yuan AM PM GMT BST EST PST UTC TV CEO CFO CTO COO MP MPs \
    OK PC PCs ID IT AI AGI GPU GPUs CPU CPUs API APIs LLM LLMs IPO ML VR AR UI OS USB FAQ PR HR RAM ETF ETFs
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Nationality and regional adjectives: capitalised, but they describe rather than name.
    static let demonyms: [String] = """
    American Americans British Briton Britons English Scottish Welsh Irish French German Germans Italian Italians \
    Spanish Portuguese Dutch Belgian Swiss Austrian Swedish Norwegian Danish Finnish Polish Russian Russians Ukrainian \
    Greek Turkish Chinese Japanese Korean Indian Indians Pakistani Iranian Iraqi Israeli Israelis Palestinian \
    Palestinians Arab Arabs Egyptian African Africans Asian Asians European Europeans Australian Australians Canadian \
    Mexican Brazilian Argentine Argentinian Cuban Kenyan Nigerian South Southern Latin Western Eastern Olympic Islamic \
    Muslim Muslims Christian Christians Jewish Catholic Protestant Western Scot Scots Spaniard Spaniards Swede Swedes \
    Dane Danes Finn Finns Pole Poles Dutchman Dutchmen Frenchman Frenchmen Englishman Englishmen Welshman Irishman \
    Scotsman Kiwi Kiwis Aussie Aussies Argentine Argentines Brit Brits Indonesian Ethiopian Jamaican Venezuelan Thai Thais
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
