import Gazette
import Testing

/// Holidays of other calendars, movable feasts, weekend rules and holiday modifiers, against
/// Tuesday 21 November 2023.
@Suite struct HolidayTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let expression: String
        let value: String
        var description: String { expression }
    }

    static func run(_ c: Case, language: TemporalLanguage, rules: SegmentationRules) throws {
        try TimexHarness.expect(c.expression, c.value, in: c.text, language: language, rules: rules)
    }

    static let english: [Case] = [
        // Jewish holidays start on the eve; Israeli rules move days off the Sabbath.
        Case(text: "Yom Kippur 2023 fell on a Monday.", expression: "Yom Kippur 2023", value: "2023-09-24"),
        Case(text: "Offices close for Rosh Hashanah 2023.", expression: "Rosh Hashanah 2023", value: "2023-09-15/2023-09-17"),
        Case(text: "Candles were lit during Chanukah 2023.", expression: "Chanukah 2023", value: "2023-12-07/2023-12-14"),
        Case(text: "Families met for Pesach 2024.", expression: "Pesach 2024", value: "2024-04-22/2024-04-30"),
        Case(text: "Purim 2024 falls in Adar II.", expression: "Purim 2024", value: "2024-03-23"),
        Case(text: "Fireworks marked Yom Ha'atzmaut 2024.", expression: "Yom Ha'atzmaut 2024", value: "2024-05-13"),
        Case(text: "The fast of Tisha B'Av 2025 was postponed to Sunday.", expression: "Tisha B'Av 2025", value: "2025-08-02"),
        // Islamic holidays (Umm al-Qura).
        Case(text: "Eid al-Fitr 2023 ended the fast.", expression: "Eid al-Fitr 2023", value: "2023-04-21"),
        Case(text: "Pilgrims gathered for Eid al-Adha 2023.", expression: "Eid al-Adha 2023", value: "2023-06-28"),
        Case(text: "Ramadan 2024 began in March.", expression: "Ramadan 2024", value: "2024-03-11/2024-04-09"),
        Case(text: "The Hijri New Year 2023 was quiet.", expression: "The Hijri New Year 2023", value: "2023-07-19"),
        Case(text: "Crowds filled the mosque on Jumu'atul-Wida 2024.", expression: "Jumu'atul-Wida 2024", value: "2024-04-05"),
        // Chinese and Orthodox.
        Case(text: "Lunar New Year 2025 is a Wednesday.", expression: "Lunar New Year 2025", value: "2025-01-29"),
        Case(text: "Orthodox Easter 2024 came late.", expression: "Orthodox Easter 2024", value: "2024-05-05"),
        Case(text: "Clean Monday 2024 opened the fast.", expression: "Clean Monday 2024", value: "2024-03-18"),
        // Western movable feasts.
        Case(text: "Lent 2024 ends before Easter.", expression: "Lent 2024", value: "2024-02-14/2024-03-30"),
        Case(text: "Processions on Palm Sunday 2024.", expression: "Palm Sunday 2024", value: "2024-03-24"),
        Case(text: "Banks close on Whit Monday 2024.", expression: "Whit Monday 2024", value: "2024-05-20"),
        Case(text: "Easter two thousand twenty was online.", expression: "Easter two thousand twenty", value: "2020-04-12"),
        // Days moved off a weekend, and a time interval.
        Case(text: "Boss's Day 2022 fell on a Monday.", expression: "Boss's Day 2022", value: "2022-10-17"),
        Case(text: "Orange everywhere on King's Day 2025.", expression: "King's Day 2025", value: "2025-04-26"),
        Case(text: "Lights go off for Earth Hour 2024.", expression: "Earth Hour 2024", value: "2024-03-23T20:30/2024-03-23T21:30"),
        Case(text: "She wore green on St Paddy's Day 2024.", expression: "St Paddy's Day 2024", value: "2024-03-17"),
        // Modifiers.
        Case(text: "It rained last Thanksgiving.", expression: "last Thanksgiving", value: "2022-11-24"),
        Case(text: "They will marry next Easter.", expression: "next Easter", value: "2024-03-31"),
        Case(text: "We will light candles this Hanukkah.", expression: "this Hanukkah", value: "2023-12-07/2023-12-14"),
        Case(text: "It snowed on Thanksgiving of last year.", expression: "Thanksgiving of last year", value: "2022-11-24"),
        Case(text: "The store opens Christmas in 2 years.", expression: "Christmas in 2 years", value: "2025-12-25"),
        Case(text: "Results came four days after Easter 2024.", expression: "four days after Easter 2024", value: "2024-04-04"),
        Case(text: "The fair opens the third Sunday after Christmas 2023.", expression: "the third Sunday after Christmas 2023", value: "2024-01-14"),
        Case(text: "Christmas last year was quiet.", expression: "Christmas last year", value: "2022-12-25"),
        Case(text: "Last year's Diwali was bright.", expression: "Last year's Diwali", value: "2022-10-24"),
        Case(text: "Christmas of 2019 was cold.", expression: "Christmas of 2019", value: "2019-12-25"),
        Case(text: "Talks resume on the third day of Passover 2024.", expression: "the third day of Passover 2024", value: "2024-04-25"),
        Case(text: "Shops close on the last day of Ramadan 2024.", expression: "the last day of Ramadan 2024", value: "2024-04-09"),
        // Hindu festivals (HinduCalendar) and the Parsi year of 365 days.
        Case(text: "Lamps were lit for Diwali 2023.", expression: "Diwali 2023", value: "2023-11-12"),
        Case(text: "Holi 2024 was colourful.", expression: "Holi 2024", value: "2024-03-25"),
        Case(text: "Navratri 2023 drew crowds.", expression: "Navratri 2023", value: "2023-10-15/2023-10-24"),
        Case(text: "Onam 2023 feasts were served.", expression: "Onam 2023", value: "2023-08-29"),
        Case(text: "Temples glowed on Vesak 2022.", expression: "Vesak 2022", value: "2022-05-15"),
        Case(text: "Buddha Purnima 2022 was a holiday in Delhi.", expression: "Buddha Purnima 2022", value: "2022-05-16"),
        Case(text: "Parsi New Year 2025 is a holiday in Mumbai.", expression: "Parsi New Year 2025", value: "2025-08-15"),
        // Chinese and Korean lunar days, fixed and nth-weekday observances.
        Case(text: "The Mid-Autumn Festival 2024 drew crowds.", expression: "The Mid-Autumn Festival 2024", value: "2024-09-17"),
        Case(text: "Chuseok 2024 traffic was heavy.", expression: "Chuseok 2024", value: "2024-09-16/2024-09-18"),
        Case(text: "Orthodox Christmas 2024 fell on a Sunday.", expression: "Orthodox Christmas 2024", value: "2024-01-07"),
        Case(text: "Polls close late on Election Day 2024.", expression: "Election Day 2024", value: "2024-11-05"),
        Case(text: "Online sales peaked on Cyber Monday 2023.", expression: "Cyber Monday 2023", value: "2023-11-27"),
    ]

    @Test(arguments: english)
    func englishHoliday(_ c: Case) throws {
        try Self.run(c, language: .english, rules: .english)
    }

    static let french: [Case] = [
        Case(text: "Le Ramadan 2024 a commencé en mars.", expression: "Le Ramadan 2024", value: "2024-03-11/2024-04-09"),
        Case(text: "Les familles ont fêté l'Aïd el-Kébir 2023.", expression: "l'Aïd el-Kébir 2023", value: "2023-06-28"),
        Case(text: "Hanoucca 2023 a été célébrée à Paris.", expression: "Hanoucca 2023", value: "2023-12-07/2023-12-14"),
        Case(text: "Le Nouvel An chinois 2024 tombe un samedi.", expression: "Le Nouvel An chinois 2024", value: "2024-02-10"),
        Case(text: "Yom Kippour 2023 a été respecté.", expression: "Yom Kippour 2023", value: "2023-09-24"),
        Case(text: "À Noël dernier, il neigeait.", expression: "Noël dernier", value: "2022-12-25"),
        Case(text: "Le ramadan prochain commencera en mars.", expression: "Le ramadan prochain", value: "2024-03-11/2024-04-09"),
    ]

    @Test(arguments: french)
    func frenchHoliday(_ c: Case) throws {
        try Self.run(c, language: .french, rules: .french)
    }

    @Test(arguments: ["He lent me his car.", "The bank lent them money last year.", "She had an epiphany last year."])
    func commonWordsAreNoHolidays(_ text: String) throws {
        let texts = try TimexHarness.timexes(text, language: .english, rules: .english).map { $0.text.lowercased() }
        #expect(!texts.contains { $0.contains("lent") || $0.contains("epiphany") }, "\(texts)")
    }

    /// Every span satisfies `text[span] == span's text` (checked through the document's scalars).
    @Test func spansMatchTheirText() throws {
        let text = "Between Rosh Hashanah 2023 and Hanukkah 2023, Earth Hour 2024 was announced."
        let document = try TimexHarness.run(text, language: .english, rules: .english)
        let scalars = Array(text.unicodeScalars)
        let texts = (document.timexes ?? []).map { t in String(String.UnicodeScalarView(scalars[t.span.start..<t.span.end])) }
        #expect(texts == ["Rosh Hashanah 2023", "Hanukkah 2023", "Earth Hour 2024"])
        #expect(texts == (document.timexes ?? []).map { String(document[$0.span]) })
    }
}

/// The holiday rules computed alone.
@Suite struct HolidayRuleTests {
    typealias Holiday = TemporalLanguage.Holiday

    static let cases: [(Holiday, Int, String)] = [
        (.roshHashanah, 2026, "2026-09-11"),      // 1 Tishri 5787 = 12 September 2026
        (.chineseNewYear, 2023, "2023-01-22"),
        (.chineseNewYear, 2024, "2024-02-10"),
        (.orthodoxEaster, 2023, "2023-04-16"),
        (.orthodoxEaster, 2025, "2025-04-20"),
        (.eidAlFitr, 2024, "2024-04-10"),
        (.islamicNewYear, 2008, "2008-01-10"),    // two Hijri new years fall in 2008: the first
    ]

    @Test(arguments: cases)
    func firstDay(_ holiday: Holiday, _ year: Int, _ expected: String) throws {
        let day = try #require(holiday.firstDay(in: year))
        #expect(TimePoint.day(day).value == expected)
    }

    @Test func ramadanLastsUntilTheEveOfEid() throws {
        let span = try #require(Holiday.ramadan.span(in: 2023))
        #expect(TimePoint.day(span.first).value == "2023-03-23")
        #expect(TimePoint.day(span.last).value == "2023-04-20")
    }
}
