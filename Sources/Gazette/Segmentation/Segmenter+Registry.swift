extension Segmenter {
    /// Languages with segmentation rules, by the `language` option's value.
    static let rulesByLanguage: [String: SegmentationRules] = ["fr": .french]

    /// The registry entry: `segmenter@1`, option `language` (a language with rules).
    public static let descriptor = StageDescriptor(
        name: name,
        versions: [version],
        options: [
            StageOption("language", .string, default: .string("fr"), allowedValues: rulesByLanguage.keys.sorted(),
                        help: "Language whose tokenisation and sentence rules apply on top of ICU."),
        ]
    ) { settings in
        try Segmenter(rules: rulesByLanguage[settings.string("language") ?? "fr"] ?? .french)
    }
}
