import Gazette
import Testing

/// A language with no date tables of its own still gets absolute dates: month names come from
/// ICU's date symbols for its locale.
@Suite struct TimexLanguageTests {
    static let bare = TemporalLanguage(
        locale: "de", words: [], phrases: [], holidays: [],
        tense: .init(pastSuffixes: [], futureSuffixes: [], exceptions: [], pastWithParticiple: [], participleSuffixes: []),
        unaccentedTenseWords: [], accentedWords: [], monthAbbreviations: [])

    struct Case: Sendable, CustomStringConvertible {
        let locale: String
        let text: String
        let expression: String
        let value: String
        var description: String { "\(locale): \(expression)" }
    }

    static let cases: [Case] = [
        Case(locale: "de", text: "Die Sitzung fand am 17. November 2023 in Berlin statt.", expression: "17. November 2023", value: "2023-11-17"),
        Case(locale: "en", text: "The board met on 17 November 2023 in London.", expression: "17 November 2023", value: "2023-11-17"),
    ]

    @Test(arguments: cases)
    func absoluteDatesFromICU(_ c: Case) throws {
        var language = Self.bare
        language.locale = c.locale
        try TimexHarness.expect(c.expression, c.value, in: c.text, reference: nil, language: language)
    }
}
