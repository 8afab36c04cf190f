extension Segmenter {
    /// Languages with segmentation rules, by the `language` option's value.
    static let rulesByLanguage: [String: SegmentationRules] = ["fr": .french, "en": .english]

    /// The registry entry: `segmenter@1`, option `language` (a language with rules).
    public static let descriptor = StageDescriptor(
        name: name,
        versions: [version],
        options: [
            StageOption("language", .string, default: .string("fr"), allowedValues: rulesByLanguage.keys.sorted() + ["icu"],
                        help: "Language whose tokenisation and sentence rules apply on top of ICU (icu: ICU alone; a pipeline set replaces it by the document's language, used as ICU locale)."),
        ]
    ) { settings in
        let language = settings.string("language") ?? "fr"
        return try Segmenter(rules: rulesByLanguage[language] ?? .icuOnly(locale: language == "icu" ? "und" : language))
    }
}
