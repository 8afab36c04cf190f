import Testing
@testable import Gazette

/// English clock times, parts of day, time ranges and short offsets, against Wednesday
/// 8 May 2024 at 10:15.
@Suite("English clock times against a reference time")
struct EnglishClockTimeTests {
    static let reference = "2024-05-08T10:15:00"

    static func timexes(_ text: String, reference: String = reference) throws -> [(text: String, value: String, mod: String?)] {
        try TimexHarness.timexes(text, reference: reference, language: .english, rules: .english).map { ($0.text, $0.value, $0.mod) }
    }

    /// Sentence, expression, value.
    static let cases: [(String, String, String)] = [
        // An open 12-hour time is the next of its morning and afternoon readings; the
        // reference hour itself is still today.
        ("The vote starts at 9:40.", "9:40", "2024-05-08T21:40"),
        ("The vote starts at 10:05.", "10:05", "2024-05-08T10:05"),
        ("Doors open at 4 in the morning.", "4 in the morning", "2024-05-09T04:00"),
        ("We left at half past nine in the evening.", "half past nine in the evening", "2024-05-08T21:30"),
        // Minutes told before the hour.
        ("We meet at twenty past 6pm.", "twenty past 6pm", "2024-05-08T18:20"),
        ("Lunch is at a quarter to noon.", "a quarter to noon", "2024-05-08T11:45"),
        ("The market opens at half past nine.", "half past nine", "2024-05-08T21:30"),
        ("The pub opens at half four.", "half four", "2024-05-08T16:30"),
        // Written forms.
        ("The train leaves at 17h45.", "17h45", "2024-05-08T17:45"),
        ("The race starts at 11:05:30 AM.", "11:05:30 AM", "2024-05-08T11:05:30"),
        ("The shop opens at seven fifteen a.m.", "seven fifteen a.m.", "2024-05-09T07:15"),
        ("The talk is at ten-forty.", "ten-forty", "2024-05-08T10:40"),
        ("Come by at 1145.", "1145", "2024-05-08T11:45"),
        // Parts of day.
        ("Call me tonight at 9.", "tonight at 9", "2024-05-08T21:00"),
        ("It snowed last night.", "last night", "2024-05-07TNI"),
        // Zones, with a weekday.
        ("The flight lands Monday 6:30 EST.", "Monday 6:30 EST", "2024-05-13T06:30-05:00"),
        // Ranges.
        ("The meeting runs 2-5pm.", "2-5pm", "2024-05-08T14:00/2024-05-08T17:00"),
        ("The office is open between 8:15 and 9:45 on Friday.", "between 8:15 and 9:45 on Friday", "2024-05-10T08:15/2024-05-10T09:45"),
        ("The stream runs from 8pm for 90 minutes.", "from 8pm for 90 minutes", "2024-05-08T20:00/2024-05-08T21:30"),
        // Short offsets from the reference time.
        ("The server restarts in half an hour.", "in half an hour", "2024-05-08T10:45:00"),
        ("Results arrive 10 minutes from now.", "10 minutes from now", "2024-05-08T10:25:00"),
        ("The shuttle leaves in 3/4 h.", "in 3/4 h", "2024-05-08T11:00:00"),
        ("The patch ships 9 days hence.", "9 days hence", "2024-05-17T10:00"),
        ("The shuttle leaves in 1 and a half hours.", "in 1 and a half hours", "2024-05-08T11:45:00"),
        // Deadlines: from the reference time up to just before the deadline.
        ("Send the draft by 4:30pm.", "by 4:30pm", "2024-05-08T10:15:00/2024-05-08T16:29:59"),
        ("Send the draft by EOM.", "by EOM", "2024-05-08T10:15:00/2024-05-31T23:59:59"),
        // A weekday abbreviation before a clock time.
        ("The call is Fri at 7 am CET.", "Fri at 7 am CET", "2024-05-10T07:00+01:00"),
        ("The panel sits Tue 1-3pm.", "Tue 1-3pm", "2024-05-14T13:00/2024-05-14T15:00"),
        ("The bus comes at 6:40 on Saturday.", "6:40 on Saturday", "2024-05-11T06:40"),
    ]

    @Test(arguments: cases)
    func value(_ sentence: String, _ expression: String, _ value: String) throws {
        let found = try Self.timexes(sentence)
        #expect(found.contains { $0.text == expression && $0.value == value }, "\(found)")
    }

    /// Numbers that are not clock times.
    static let negatives = [
        "Prices rose 3-4 percent.",
        "He scored 5 to 10 points.",
        "Call 555-555-1234 for details.",
        "The band played three twenty minute sets.",
        "Unemployment stood at 7.",
        "Attendance peaked at 1150 people.",
    ]

    @Test(arguments: negatives)
    func noTime(_ sentence: String) throws {
        let found = try Self.timexes(sentence)
        #expect(found.isEmpty, "\(found)")
    }

    /// A phrase listed twice in a language table keeps both readings, like a word.
    @Test func repeatedPhraseMergesReadings() {
        var language = TemporalLanguage.english
        language.phrases += [("after the bell", .partOfDay("AF")), ("after the bell", .this)]
        let lexicon = TemporalLexicon(language)
        let first = lexicon.lookup(WordFolding.fold("after").hash)
        let rest = lexicon.phrasesByStart[Int(first)].filter { $0.rest.count == 2 }
        #expect(rest.count == 1)
        let entry = lexicon.entries[Int(rest[0].id)]
        #expect(entry.this && entry.partOfDay == "AF")
    }

    /// Without a time in the reference, an open 12-hour time keeps its morning reading.
    @Test func dateOnlyReference() throws {
        let found = try Self.timexes("The vote starts at 9:40.", reference: "2024-05-08")
        #expect(found.map(\.value) == ["2024-05-08T09:40"])
    }

    /// French reads the same digits on a 24-hour clock: 9h40 is already past, so tomorrow's.
    @Test func frenchStaysOnTwentyFourHours() throws {
        let found = try TimexHarness.timexes("La réunion commence à 9h40.", reference: Self.reference)
        #expect(found.contains { $0.text == "9h40" && $0.value == "2024-05-09T09:40" }, "\(found.map { ($0.text, $0.value) })")
    }
}
