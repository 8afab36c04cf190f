import ICUText

extension EventStage {
    /// Languages with trigger lexicons and clause rules, by the `language` option's value; each
    /// built on first use (a French pipeline does not expand the English lexicon).
    static let languages: [String: @Sendable () -> (TriggerLexicon, ClauseRules)] = [
        "fr": { (.french, .french) },
        "en": { (.english, .english) },
    ]

    /// The registry entry: `events@1`, option `language`.
    public static let descriptor = StageDescriptor(
        name: name,
        versions: [version],
        options: [
            StageOption("language", .string, default: .string("fr"), allowedValues: languages.keys.sorted(),
                        help: "Language whose event triggers and clause rules apply."),
        ]
    ) { settings in
        let language = settings.string("language") ?? "fr"
        return sharedStages.value(for: language) {
            let (lexicon, rules) = languages[language]?() ?? (.french, .french)
            return EventStage(lexicon: lexicon, rules: rules)
        }
    }

    /// One stage per language in a process, shared by workers (it holds only immutable data).
    static let sharedStages = SharedInstances<EventStage>()
}
