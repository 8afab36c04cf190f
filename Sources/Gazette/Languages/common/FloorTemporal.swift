extension TemporalLanguage {
    /// The ICU floor for any locale: no word tables, only ICU's month and weekday names for
    /// `locale`, so absolute dates (`17. November 2023`, `17 de noviembre de 2023` with its
    /// `de`) are read and relative expressions are not. The only words are ``floorConnectors``.
    public static func icuFloor(locale: String) -> TemporalLanguage {
        var language = TemporalLanguage(
            locale: locale, words: floorConnectors + (numericDateMarks[String(locale.prefix(2))] ?? []), phrases: [], holidays: [],
            tense: TenseCues(pastSuffixes: [], futureSuffixes: [], exceptions: [], pastWithParticiple: [], participleSuffixes: []),
            unaccentedTenseWords: [], accentedWords: [], monthAbbreviations: [])
        language.joinsDateWithOf = true
        return language
    }
}

extension TemporalLanguage {
    /// The words that join a day, a month and a year in the languages that write them
    /// (`17 de noviembre de 2023`, `17 di novembre`), read as `of` by the ICU floor.
    public static let floorConnectors: [(String, TemporalWord)] = [
        ("de", .role(.of)), ("di", .role(.of)),
    ]

    /// The marks after the year, month and day of a numeric date (`2023年11月17日`), by language.
    public static let numericDateMarks: [String: [(String, TemporalWord)]] = [
        "zh": [("年", .role(.yearMark)), ("月", .role(.monthMark)), ("日", .role(.dayMark)), ("号", .role(.dayMark))],
        "ja": [("年", .role(.yearMark)), ("月", .role(.monthMark)), ("日", .role(.dayMark))],
        "ko": [("년", .role(.yearMark)), ("월", .role(.monthMark)), ("일", .role(.dayMark))],
    ]
}
