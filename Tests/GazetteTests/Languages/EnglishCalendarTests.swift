import Testing
@testable import Gazette

/// English calendar dates (days, weekdays, months, numeric dates, relative periods), against
/// Wednesday 15 May 2024 10:00.
@Suite("English calendar dates")
struct EnglishCalendarTests {
    static let reference = "2024-05-15T10:00:00"

    /// The timexes of `text` as (text, value, mod).
    static func timexes(_ text: String) throws -> [(text: String, value: String, mod: String?)] {
        try TimexHarness.timexes(text, reference: reference, language: .english, rules: .english).map { ($0.text, $0.value, $0.mod) }
    }

    /// Sentence, expression, value.
    static let values: [(String, String, String)] = [
        // Decades, quarter codes, a season of a year.
        ("Sales boomed in the 1980s.", "1980s", "198"),
        ("The plan for 2020 is ready.", "for 2020", "2020"),
        ("It was a hit in the '70s.", "70s", "197"),
        ("Revenue in Q2 2023 fell.", "Q2 2023", "2023-Q2"),
        ("Margins improved in Q4.", "Q4", "2024-Q4"),
        ("They married in the spring of 2019.", "in the spring of 2019", "2019-SP"),
        ("Prices rose last summer.", "last summer", "2023-SU"),
        ("Prices will fall next spring.", "next spring", "2025-SP"),
        // Months: bare, with a direction, after a position, a number of years on.
        ("May", "May", "2024-05"),
        ("Prices were stable during April.", "during April", "2024-04"),
        ("The plan starts next April.", "next April", "2025-04"),
        ("The plan starts April after next.", "April after next", "2026-04"),
        ("The plan starts June in two years.", "June in two years", "2026-06"),
        ("A vote is due in the middle of March.", "in the middle of March", "2025-03"),
        // Days: month first, ordinal words, the Nth, days of a relative month.
        ("The fair opens August the 3rd.", "August the 3rd", "2024-08-03"),
        ("The fair opens Nov 5.", "Nov 5", "2024-11-05"),
        ("The fair opens june fourth.", "june fourth", "2024-06-04"),
        ("The fair opens on the fourth of June.", "the fourth of June", "2024-06-04"),
        ("Bills are due on the 3rd.", "the 3rd", "2024-06-03"),
        ("Bills are due the 9th of next month.", "9th of next month", "2024-06-09"),
        ("Bills were due the 9th of the previous month.", "9th of the previous month", "2024-04-09"),
        ("The hearing is on Fri, Aug 9.", "Fri, Aug 9", "2024-08-09"),
        ("The hearing is on Aug 9, Fri.", "Aug 9, Fri.", "2024-08-09"),
        ("The hearing is Friday the 24th.", "Friday the 24th", "2024-05-24"),
        ("We fly day after tomorrow.", "day after tomorrow", "2024-05-17"),
        // Weekdays.
        ("The board meets next Thursday.", "next Thursday", "2024-05-23"),
        ("The board meets coming Thursday.", "coming Thursday", "2024-05-16"),
        ("Sales should grow in the coming two weeks.", "the coming two weeks", "2024-W21/2024-W22"),
        ("The board meets Monday of next week.", "Monday of next week", "2024-05-20"),
        ("The board met last week's Friday.", "last week's Friday", "2024-05-10"),
        ("The board meets Thursday after next.", "Thursday after next", "2024-05-23"),
        ("We meet 2 mondays from now.", "2 mondays from now", "2024-05-27"),
        ("They met 3 saturdays ago.", "3 saturdays ago", "2024-04-27"),
        ("thu", "thu", "2024-05-16"),
        ("See you this sat.", "this sat", "2024-05-18"),
        ("Call me Fri at 3 pm.", "Fri at 3 pm", "2024-05-17T15:00"),
        ("The market opens the second Friday in June.", "the second Friday in June", "2024-06-14"),
        ("The market opens the second Monday after Easter 2025.", "the second Monday after Easter 2025", "2025-04-28"),
        ("The fair opens on the closest Sunday to July 4.", "the closest Sunday to July 4", "2024-07-07"),
        ("The fair opens on the 2nd nearest Sunday to July 4.", "2nd nearest Sunday to July 4", "2024-06-30"),
        // Numeric dates.
        ("Filed on 3-14-98.", "3-14-98", "1998-03-14"),
        ("Filed on 14/Mar/1998.", "14/Mar/1998", "1998-03-14"),
        ("Results for 2023Q3 were strong.", "for 2023Q3", "2023-Q3"),
        ("Sales in 2019/07 fell.", "in 2019/07", "2019-07"),
        ("Prices as of 7/2019 held.", "7/2019", "2019-07"),
        ("1987", "1987", "1987"),
        ("Filed on 3.14.1998.", "3.14.1998", "1998-03-14"),
        ("4 / 20", "4 / 20", "2025-04-20"),
        ("See you on the first", "the first", "2024-06-01"),
        // Periods.
        ("Revenue should rise over the upcoming three months.", "the upcoming three months", "2024-08"),
        ("We expect answers in 3 upcoming days.", "3 upcoming days", "2024-05-18"),
        ("It rains all the next few weeks.", "the next few weeks", "2024-W21/2024-W23"),
        ("The team lost next season.", "next season", "2024-SU"),
        ("The team lost last season.", "last season", "2024-WI"),
        ("It is the 2nd last day of June.", "2nd last day of June", "2024-06-29"),
        ("It is the first week end of June.", "the first week end of June", "2024-W22-WE"),
        ("It was the last week of 2020.", "the last week of 2020", "2020-W53"),
        ("It was the third last week of 2020.", "the third last week of 2020", "2020-W51"),
        // Ranges.
        ("The fair runs September 3-7.", "September 3-7", "2024-09-03/2024-09-07"),
        ("The fair runs from the 3 to 7 September.", "from the 3 to 7 September", "2024-09-03/2024-09-07"),
        ("1999 - 2003", "1999 - 2003", "1999/2003"),
        ("The show runs 6 days from 2nd July.", "6 days from 2nd July", "2024-07-02/2024-07-08"),
        ("The show runs 2nd July for 6 days.", "2nd July for 6 days", "2024-07-02/2024-07-08"),
        // Offsets.
        ("The offer closes 5 weeks hence.", "5 weeks hence", "2024-06-19"),
        ("The offer closes 2 years from today.", "2 years from today", "2026-05-15"),
        ("The offer closes four days after June 10.", "four days after June 10", "2024-06-14"),
        ("The bus leaves in half an hour.", "in half an hour", "2024-05-15T10:30:00"),
        ("The bus leaves in 3/4 hour.", "in 3/4 hour", "2024-05-15T10:45:00"),
        ("The bus leaves in three quarters of an hour.", "in three quarters of an hour", "2024-05-15T10:45:00"),
        ("The bus leaves in a couple hours.", "in a couple hours", "2024-05-15T12:00"),
        ("The bus leaves in 5'.", "in 5", "2024-05-15T10:05:00"),
        ("The bus leaves in 3 days at 6pm.", "in 3 days at 6pm", "2024-05-18T18:00"),
    ]

    @Test(arguments: values)
    func value(_ sentence: String, _ expression: String, _ value: String) throws {
        let found = try Self.timexes(sentence)
        #expect(found.contains { $0.text == expression && $0.value == value }, "\(found)")
    }

    /// Sentence, expression, value, mod.
    static let mods: [(String, String, String, String)] = [
        ("The invoices go out at EOM.", "EOM", "2024-05", "END"),
        ("Targets are set at the BOY.", "the BOY", "2024", "START"),
        ("Targets are reviewed at EOY.", "EOY", "2024", "END"),
        ("A vote is due at the end of June.", "the end of June", "2024-06", "END"),
        ("Reply ASAP.", "ASAP", "2024-05-15T10:00:00", "AFTER"),
        ("The call is at 4:15 PM on Tue, Jun 4.", "4:15 PM on Tue, Jun 4", "2024-06-04T16:15", ""),
        ("A vote is due at the start of around next month.", "the start of around next month", "2024-06", "START"),
    ]

    @Test(arguments: mods)
    func mod(_ sentence: String, _ expression: String, _ value: String, _ mod: String) throws {
        let found = try Self.timexes(sentence)
        #expect(found.contains { $0.text == expression && $0.value == value && ($0.mod ?? "") == mod }, "\(found)")
    }

    /// Words that look like dates but are not.
    static let words: [(String, String)] = [
        ("You may leave now.", "may"),
        ("She deserves a second chance.", "a second"),
        ("The fall of the empire was swift.", "The fall"),
        ("They march on the capital.", "march"),
        ("They plan to march on the capital.", "to march"),
        ("They hired staff for 2000 workers.", "for 2000"),
        ("The boy ran home.", "boy"),
        ("We sat at the table.", "sat"),
        ("The sun is up.", "sun"),
        ("It ran July 13 to 15 people.", "July 13 to 15"),
        ("The 2010-11 budget passed.", "2010-11"),
        ("The call is on Thursday 9:30.", "Thursday 9"),
        ("Growth was 1.5.2 percent.", "1.5.2"),
    ]

    @Test(arguments: words)
    func notADate(_ sentence: String, _ word: String) throws {
        let found = try Self.timexes(sentence)
        #expect(!found.contains { $0.text.lowercased() == word.lowercased() }, "\(found)")
    }

    /// French text through the same grammar: the English readings stay off.
    static let french: [(String, String)] = [
        ("Il aime ce jeu, dit-il.", "ce jeu"),
        ("Elle a fini la 21e.", "la 21e"),
    ]

    @Test(arguments: french)
    func frenchUnchanged(_ sentence: String, _ expression: String) throws {
        let found = try TimexHarness.timexes(sentence)
        #expect(!found.contains { $0.text == expression }, "\(found)")
    }
}
