extension TimexStage {
    /// Languages with temporal tables, by the `language` option's value.
    static let languages: [String: TemporalLanguage] = ["fr": .french]

    /// The registry entry: `timex@1`, option `language` (a language with temporal tables).
    public static let descriptor = StageDescriptor(
        name: name,
        versions: [version],
        options: [
            StageOption("language", .string, default: .string("fr"), allowedValues: languages.keys.sorted(),
                        help: "Language whose temporal expressions are recognised and resolved to TIMEX3."),
        ]
    ) { settings in
        TimexStage(language: languages[settings.string("language") ?? "fr"] ?? .french)
    }
}
