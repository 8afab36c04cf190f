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
        var document = Document(id: "t", text: c.text, language: c.locale)
        try Segmenter(rules: .french).process(&document)
        try TimexStage(language: language).process(&document)
        let found = (document.timexes ?? []).map { (String(document[$0.span]), $0.value) }
        #expect(found.contains { $0.0 == c.expression && $0.1 == c.value }, "\(found)")
    }
}
