import ICUText

extension TimexStage {
    /// Languages with temporal tables, by the `language` option's value.
    static let languages: [String: TemporalLanguage] = ["fr": .french, "en": .english]

    /// The registry entry: `timex@1`, option `language` (a language with temporal tables).
    public static let descriptor = StageDescriptor(
        name: name,
        versions: [version],
        options: [
            StageOption("language", .string, default: .string("fr"), allowedValues: languages.keys.sorted() + ["icu"],
                        help: "Language whose temporal expressions are recognised and resolved to TIMEX3 (icu: absolute dates from ICU's month and weekday names of the document's language)."),
        ]
    ) { settings in
        let language = settings.string("language") ?? "fr"
        return TimexStage(lexicon: sharedLexicons.value(for: language) {
            TemporalLexicon(languages[language] ?? .icuFloor(locale: language == "icu" ? "und" : language))
        })
    }

    /// One vocabulary per language in a process, shared by the workers' stages (it is
    /// immutable; a stage's scratch state is not).
    static let sharedLexicons = SharedInstances<TemporalLexicon>()
}
