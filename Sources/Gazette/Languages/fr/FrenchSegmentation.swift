extension SegmentationRules {
    /// French: elisions, inverted clitics, abbreviations and ordinals, following the
    /// conventions of UD French (GSD, Sequoia) for surface tokens.
    public static let french = SegmentationRules(
        wordLocale: "fr",
        // Not "fr@ss=standard": ICU 72's filtered iterator also drops real boundaries after a
        // suppressed one ("par M. Blanc. Retrouvez" stays one sentence). The abbreviation
        // tables below do the suppression instead.
        sentenceLocale: "fr",
        elisionPrefixes: [
            "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu",
            "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
        ],
        lexicalisedApostropheWords: [
            "aujourd'hui", "quelqu'un", "quelqu'une", "quelqu'uns", "quelqu'unes",
            "prud'homme", "prud'hommes", "prud'homal", "prud'homale", "prud'homie",
            "presqu'île", "presqu'îles",
            // UD French keeps the euphonic "l'on" whole.
            "l'on",
        ],
        clitics: [
            "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce",
            "t-il", "t-elle", "t-on", "t-ils", "t-elles",
            "moi", "toi", "le", "la", "les", "lui", "leur", "y", "en",
        ],
        cliticsNotAfterCapital: ["le", "la", "les", "en", "y"],
        lexicalisedHyphenWords: [
            "rendez-vous", "va-et-vient", "sauve-qui-peut", "m'as-tu-vu", "qu'en-dira-t-on",
            "c'est-à-dire", "suivez-moi-jeune-homme", "laissez-passer", "cessez-le-feu",
            "pot-au-feu", "tête-à-tête", "vis-à-vis", "face-à-face", "porte-à-porte",
            "rez-de-chaussée", "après-midi",
        ],
        abbreviations: [
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof", "Mr", "Mrs", "Ms",
            "St", "Ste", "Sts", "Stes", "etc", "cf", "Cf", "av", "apr", "art", "Art", "al", "p", "pp",
            "ex", "vol", "chap", "fig", "éd", "éds", "coll", "env", "hab", "tél", "Tél", "bd", "Bd",
            "op", "cit", "ibid", "resp", "dir", "Jr", "Sr", "Cie", "Éd", "vs",
            "janv", "févr", "avr", "juil", "oct", "nov", "déc", "Gal", "Gén", "Cdt", "Lt", "Sgt", "Pdt", "Prés",
        ],
        nonFinalAbbreviations: [
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof", "Mr", "Mrs", "Ms",
            "St", "Ste", "Sts", "Stes", "cf", "Cf", "av", "apr", "art", "Art", "p", "pp", "ex", "vol",
            "chap", "fig", "op", "bd", "Bd", "Gal", "Gén", "Cdt", "Lt", "Sgt", "Pdt", "Prés", "tél", "Tél",
        ],
        ordinalSuffixes: ["er", "re", "ère", "e", "è", "ème", "eme", "nd", "nde", "ers", "res", "es", "èmes", "emes", "nds", "ndes", "ieme", "ième", "ièmes"],
        // Subject pronouns: capitalised inside a sentence they are almost never names.
        sentenceStarters: ["Il", "Ils", "Elles", "Je", "J'", "Nous", "On", "C'", "Cela", "Ça"],
        clockSeparators: ["h"]
    )
}
