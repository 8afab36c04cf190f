extension SegmentationRules {
    /// French: elisions, inverted clitics, abbreviations and ordinals, following the
    /// conventions of UD French (GSD, Sequoia) for surface tokens.
    public static let french: SegmentationRules = {
        // Not "fr@ss=standard": ICU 72's filtered iterator also drops real boundaries after a
        // suppressed one ("par M. Blanc. Retrouvez" stays one sentence). The abbreviation
        // tables below do the suppression instead.
        var r = SegmentationRules(wordLocale: "fr", sentenceLocale: "fr")
        r.elisionPrefixes = [
            "l", "d", "j", "m", "n", "s", "t", "c", "ç", "qu",
            "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
        ]
        r.lexicalisedApostropheWords = [
            "aujourd'hui", "quelqu'un", "quelqu'une", "quelqu'uns", "quelqu'unes",
            "prud'homme", "prud'hommes", "prud'homal", "prud'homale", "prud'homie",
            "presqu'île", "presqu'îles",
            // UD French keeps the euphonic "l'on" whole.
            "l'on",
        ]
        r.clitics = [
            "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce",
            "t-il", "t-elle", "t-on", "t-ils", "t-elles",
            "moi", "toi", "le", "la", "les", "lui", "leur", "y", "en",
        ]
        r.cliticsNotAfterCapital = ["le", "la", "les", "en", "y"]
        r.lexicalisedHyphenWords = [
            "rendez-vous", "va-et-vient", "sauve-qui-peut", "m'as-tu-vu", "qu'en-dira-t-on",
            "c'est-à-dire", "suivez-moi-jeune-homme", "laissez-passer", "cessez-le-feu",
            "pot-au-feu", "tête-à-tête", "vis-à-vis", "face-à-face", "porte-à-porte",
            "rez-de-chaussée", "après-midi",
        ]
        r.abbreviations = [
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof", "Mr", "Mrs", "Ms",
            "St", "Ste", "Sts", "Stes", "etc", "cf", "Cf", "av", "apr", "art", "Art", "al", "p", "pp",
            "ex", "vol", "chap", "fig", "éd", "éds", "coll", "env", "hab", "tél", "Tél", "bd", "Bd",
            "op", "cit", "ibid", "resp", "dir", "Jr", "Sr", "Cie", "Éd", "vs",
            "janv", "févr", "avr", "juil", "oct", "nov", "déc", "Gal", "Gén", "Cdt", "Lt", "Sgt", "Pdt", "Prés",
        ]
        r.nonFinalAbbreviations = [
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "Prof", "Mr", "Mrs", "Ms",
            "St", "Ste", "Sts", "Stes", "cf", "Cf", "av", "apr", "art", "Art", "p", "pp", "ex", "vol",
            "chap", "fig", "op", "bd", "Bd", "Gal", "Gén", "Cdt", "Lt", "Sgt", "Pdt", "Prés", "tél", "Tél",
        ]
        r.ordinalSuffixes = ["er", "re", "ère", "e", "è", "ème", "eme", "nd", "nde", "ers", "res", "es", "èmes", "emes", "nds", "ndes", "ieme", "ième", "ièmes"]
        // Subject pronouns: capitalised inside a sentence they are almost never names.
        r.sentenceStarters = ["Il", "Ils", "Elles", "Je", "J'", "Nous", "On", "C'", "Cela", "Ça"]
        r.functionWords = [
            "Le", "La", "Les", "L'", "Un", "Une", "Des", "Du", "Au", "Aux", "Ce", "Cet", "Cette", "Ces",
            "Il", "Ils", "Elle", "Elles", "Je", "J'", "Nous", "Vous", "On", "C'", "Cela", "Ça",
            "À", "Selon", "Dans", "En", "Pour", "Par", "Avec", "Sans", "Sur", "Sous", "Après", "Avant", "Depuis",
            "Mais", "Et", "Or", "Donc", "Puis", "Ensuite", "Enfin", "Alors", "Pourtant", "Cependant", "Si", "Quand",
        ]
        r.clockSeparators = ["h"]
        r.monthAbbreviations = ["janv", "févr", "fév", "mars", "avr", "juil", "sept", "oct", "nov", "déc"]
        // A month abbreviation kept with its period (before a year) does not end a sentence.
        r.nonFinalAbbreviations.formUnion(["janv", "févr", "fév", "mars", "avr", "juil", "sept", "oct", "nov", "déc"])
        r.emoticons = [":)", ":-)", ";)", ";-)", ":(", ":-(", ":D", ":-D", ":P", ":p", ":/", ":'(", "^^", "<3"]
        return r
    }()
}
