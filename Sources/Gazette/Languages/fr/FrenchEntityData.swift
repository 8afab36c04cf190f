/// French language data for entity matching.
enum FrenchEntityData {
    /// Regions whose ICU French name is a first name or common word (`Dominique`, `Maurice`,
    /// `Grenade`) or an administrative form (`R.A.S. chinoise de Hong Kong`): the curated
    /// `countries-regions.tsv` names them instead, or nothing does.
    static let regionsNotNamedByICU: Set<String> = ["DM", "MU", "GD", "HK", "MO", "MM", "CD", "VA", "PS", "SX", "MF", "EA", "IC", "DG"]

    /// Words inside personal names that are not a name by themselves.
    static let nameParticles: [String] = [
        "de", "du", "des", "d'", "la", "le", "les", "l'", "van", "von", "der", "den", "ter", "ten", "zu",
        "da", "di", "del", "della", "dos", "das", "do", "ben", "bin", "ibn", "al", "el", "y", "e", "et",
        "mac", "saint", "sainte", "jr", "sr", "fils", "père",
    ]
}

extension EntityRules {
    /// French: common words from `FrenchEntityData.commonWords`, French name particles,
    /// acronyms up to 5 scalars, ICU's French month and weekday names, regions ICU misnames in French.
    public static let french = EntityRules(commonWords: FrenchEntityData.commonWords,
                                           nameParticles: FrenchEntityData.nameParticles,
                                           maxAcronymLength: 5, dateLocale: "fr",
                                           regionsNotNamedByICU: FrenchEntityData.regionsNotNamedByICU)
}
