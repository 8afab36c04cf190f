/// English language data for entity matching.
enum EnglishEntityData {
    /// Words inside personal names that are not a name by themselves.
    static let nameParticles: [String] = [
        "de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "mac", "mc", "bin", "ibn", "al",
        "jr", "sr", "st", "saint", "of", "the",
    ]
}

extension EntityRules {
    /// English: common words from `EnglishEntityData.commonWords`, English name particles,
    /// acronyms up to 5 scalars, ICU's English month and weekday names.
    public static let english = EntityRules(commonWords: EnglishEntityData.commonWords,
                                            nameParticles: EnglishEntityData.nameParticles,
                                            maxAcronymLength: 5, dateLocale: "en")
}
