/// Small word lists discovery uses to guess an entity's type. Data only; extend freely.
enum DiscoveryLexicon {
    /// Common given names: "First Last" with one of these is a person.
    static let givenNames: Set<String> = Set("""
    Aaron Adam Adrian Alan Albert Alex Alexander Alexandra Alice Alison Alistair Amanda Amy Andrew Andy Angela Ann Anna Anne \
    Anthony Antonio Arnold Arthur Barbara Barry Ben Benjamin Bernard Beth Bill Billy Bob Brad Brian Bruce Carl Carlos Carol \
    Caroline Catherine Charles Charlie Charlotte Chris Christian Christine Christopher Claire Colin Craig Dan Daniel Danny \
    Darren Dave David Dean Denis Dennis Derek Diana Diane Dominic Don Donald Douglas Duncan Ed Eddie Edward Elizabeth Ellen \
    Emily Emma Eric Frank Fred Gary Gavin Geoff George Gerard Gordon Graham Greg Harry Helen Henry Howard Hugh Ian Jack \
    Jacques James Jamie Jane Janet Jason Jean Jeff Jennifer Jeremy Jessica Jim Jimmy Joe Johan John Johnny Jon Jonathan \
    Jose Joseph Josh Juan Julia Julian Julie Justin Karen Kate Katie Keith Kelly Ken Kenneth Kevin Kim Laura Lee Leo Lewis \
    Linda Lisa Louis Lucy Luis Luke Margaret Maria Marc Marco Mark Martin Mary Matt Matthew Michael Michelle Mick Mike \
    Nancy Neil Nicholas Nick Nicola Nigel Oliver Owen Pat Patricia Patrick Paul Paula Pedro Peter Phil Philip Pierre Rachel \
    Ralph Ray Richard Rick Rob Robert Robin Roger Ron Ronald Rory Ross Roy Ruth Ryan Sally Sam Samuel Sandra Sarah Scott \
    Sean Sebastian Simon Sophie Stephen Steve Steven Stuart Sue Susan Tessa Thomas Tim Timothy Tom Tommy Tony Vincent \
    Walter Wayne William Zoe Elon Jensen Satya Sundar Mark Larry Sergey Jeff Tim Marc Jack Xi Vladimir Gerhard Jacques \
    Silvio Kofi Hu Kenny Jose Rafael Roger Serena Venus Maria Lleyton Andy Jonny Clive Lawrence Martina Kelly Paula \
    Will Theresa Brian
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Countries, regions and large cities.
    static let places: Set<String> = Set("""
    Afghanistan Africa Albania Algeria America Argentina Asia Athens Australia Austria Baghdad Bangladesh Barcelona \
    Beijing Belfast Belgium Berlin Birmingham Boston Brazil Brussels Bulgaria Cairo California Cambridge Canada Cardiff \
    Chicago Chile China Colombia Croatia Cuba Cyprus Czech Delhi Denmark Dublin Edinburgh Egypt England Europe Finland \
    France Frankfurt Geneva Germany Glasgow Greece Hollywood Hungary India Indonesia Iran Iraq Ireland Israel Italy Japan \
    Jerusalem Kenya Korea Kuwait Leeds Lebanon Libya Lisbon Liverpool London Los Angeles Madrid Malaysia Manchester \
    Melbourne Mexico Milan Moscow Mumbai Munich Netherlands New York Nigeria Norway Oxford Pakistan Palestine Paris Peru \
    Philippines Poland Portugal Qatar Rome Russia Scotland Seoul Shanghai Singapore Spain Stockholm Sudan Sweden \
    Switzerland Sydney Syria Taiwan Texas Thailand Tokyo Toronto Turkey Uganda Ukraine Venezuela Vienna Vietnam \
    Wales Washington Zimbabwe Hong Kong Britain UK US USA Iowa Ohio Florida Brazil Zurich Wimbledon Westminster \
    Serbia Montenegro Kosovo Bosnia Slovakia Slovenia Romania Estonia Latvia Lithuania Belarus Georgia Armenia
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Words that follow an organisation's name far more than a person's, a place's or a
    /// product's: "Chelsea manager", "Yukos shares", "Labour MPs", "Sony's profits".
    static let organisationCues: Set<String> = Set("""
    boss bosses chief chiefs shares shareholders stake spokesman spokeswoman spokesperson executive executives \
    chairman chairwoman board directors manager striker midfielder defender goalkeeper winger squad \
    MP MPs MEP MEPs peers candidate candidates activists headquarters subsidiary profits profit \
    revenues turnover employees staff workers party
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// The cues that still say organisation after a possessive: a person has a party, a squad,
    /// staff and a spokesman too, but no shares or profits.
    static let possessedByOrganisations: Set<String> = [
        "shares", "shareholders", "stake", "profits", "profit", "revenues", "turnover", "employees", "board",
        "directors", "headquarters", "subsidiary", "executives", "workers",
    ]

    /// Multi-word places (checked on the whole name).
    static let placeNames: Set<String> = [
        "New York", "Los Angeles", "Hong Kong", "South Africa", "North Korea", "South Korea", "New Zealand",
        "Saudi Arabia", "United States", "United Kingdom", "Northern Ireland", "Sri Lanka", "San Francisco",
        "Silicon Valley", "Middle East", "Latin America", "European Union",
    ]

    /// Last words of organisation names.
    static let organisationSuffixes: Set<String> = [
        "Inc", "Corp", "Corporation", "Ltd", "plc", "PLC", "LLC", "Group", "Bank", "Holdings", "Company", "Co",
        "Partners", "Capital", "Ventures", "Airways", "Airlines", "Motors", "Systems", "Technologies", "Labs",
        "Media", "Party", "Council", "Commission", "Committee", "Agency", "Association", "Federation", "Union",
        "Institute", "University", "College", "Foundation", "Trust", "Office", "Ministry", "Department",
        "Service", "Services", "Authority", "Board", "Court", "Club", "United", "City", "Rovers", "Athletic",
        "Records", "Studios", "Pictures", "Network", "Industries", "Electronics", "Software", "Exchange",
        "Fund", "Reserve", "Organisation", "Organization", "Society", "Assembly", "Parliament", "Police",
        "Army", "Navy", "Times", "Post", "Journal", "News", "Telegraph", "Guardian",
    ]

    /// Words that make "<Maker> <word>" a product named after its maker ("DeepSeek Coder").
    static let productWords: Set<String> = [
        "Pro", "Max", "Mini", "Ultra", "Plus", "Lite", "Air", "Chat", "Coder", "Phone", "Pad", "Book", "Watch",
        "Pixel", "Galaxy", "Model", "Edition", "Turbo", "Vision", "Assistant", "Browser", "Console", "Player",
    ]
}
