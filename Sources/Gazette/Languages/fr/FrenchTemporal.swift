extension TemporalLanguage {
    /// French: numbers in words, units, parts of day, relative words, seasons, holidays and tense
    /// cues. Month and weekday names come from ICU's `fr` date symbols. Accents and case are
    /// folded before lookup, so `fevrier` finds `février`.
    public static let french: TemporalLanguage = {
        var language = frenchTables
        language.uncountedWords = ["puis", "plus", "sous", "sans", "tres", "alors", "moins", "jamais", "toujours", "parfois",
                                   "ailleurs", "mais", "ainsi", "pas", "nous", "vous", "ils", "elles", "eux", "ceux", "mieux",
                                   "tandis", "lors", "des", "les", "ces", "mes", "tes", "ses", "nos", "vos", "leurs", "aux",
                                   "dans", "vers", "depuis", "apres", "tous", "plusieurs", "quelques", "certes", "desormais",
                                   "neanmoins", "volontiers", "hors", "envers", "devers"]
        language.addHolidays(frenchMoreHolidays)
        language.addHolidays(indianFestivals)
        return language
    }()

    private static let frenchTables = TemporalLanguage(
        locale: "fr",
        words: frenchWords,
        phrases: frenchPhrases,
        holidays: frenchHolidays,
        tense: TenseCues(
            pastSuffixes: ["ait", "aient"],
            futureSuffixes: ["ra", "rai", "ras", "rons", "rez", "ront", "rait", "raient"],
            exceptions: ["portrait", "parfait", "souhait", "extrait", "retrait", "attrait", "trait",
                         "bienfait", "camera", "opera", "extra", "cobra", "environs", "patrons",
                         "marrons", "citrons", "mantra", "tiara", "sierra", "lait", "jamais",
                         "desormais", "mais", "palais", "anglais", "francais", "frais", "relais"],
            pastWithParticiple: ["a", "est", "sont", "etait", "etaient", "fut", "furent", "suis", "sommes", "etes"],
            participleSuffixes: ["e", "ee", "es", "ees", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ert", "erte", "ort"]),
        unaccentedTenseWords: ["a"],
        accentedWords: [("des", .role(.from))],
        monthAbbreviations: [("janv", 1), ("fev", 2), ("fevr", 2), ("avr", 4), ("juil", 7), ("sep", 9),
                             ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
    )

    private static let frenchNumbers: [(String, TemporalWord)] = [
        ("zero", .number(0)), ("un", .number(1)), ("une", .number(1)), ("deux", .number(2)), ("trois", .number(3)),
        ("quatre", .number(4)), ("cinq", .number(5)), ("six", .number(6)), ("sept", .number(7)), ("huit", .number(8)),
        ("neuf", .number(9)), ("dix", .number(10)), ("onze", .number(11)), ("douze", .number(12)), ("treize", .number(13)),
        ("quatorze", .number(14)), ("quinze", .number(15)), ("seize", .number(16)), ("vingt", .number(20)),
        ("trente", .number(30)), ("quarante", .number(40)), ("cinquante", .number(50)), ("soixante", .number(60)),
        ("soixante-dix", .number(70)), ("quatre-vingt", .number(80)), ("quatre-vingts", .number(80)),
        ("quatre-vingt-dix", .number(90)), ("cent", .number(100)), ("mille", .number(1000)),
        ("dizaine", .approximateNumber(10)), ("dizaines", .approximateNumber(10)), ("douzaine", .approximateNumber(12)),
        ("vingtaine", .approximateNumber(20)), ("trentaine", .approximateNumber(30)), ("quarantaine", .approximateNumber(40)),
        ("cinquantaine", .approximateNumber(50)), ("soixantaine", .approximateNumber(60)), ("centaine", .approximateNumber(100)),
        ("centaines", .approximateNumber(100)),
    ]

    private static let frenchOrdinals: [(String, TemporalWord)] = [
        ("premier", .ordinal(1)), ("premiere", .ordinal(1)), ("premiers", .ordinal(1)), ("premieres", .ordinal(1)),
        ("deuxieme", .ordinal(2)), ("second", .ordinal(2)), ("seconde", .ordinal(2)), ("troisieme", .ordinal(3)),
        ("quatrieme", .ordinal(4)), ("cinquieme", .ordinal(5)), ("sixieme", .ordinal(6)), ("septieme", .ordinal(7)),
        ("huitieme", .ordinal(8)), ("neuvieme", .ordinal(9)), ("dixieme", .ordinal(10)),
        ("dernier", .ordinal(-1)), ("derniere", .ordinal(-1)), ("derniers", .ordinal(-1)), ("dernieres", .ordinal(-1)),
        ("dernier", .relation(-1)), ("derniere", .relation(-1)), ("derniers", .relation(-1)), ("dernieres", .relation(-1)),
    ]

    private static let frenchUnits: [(String, TemporalWord)] = [
        ("seconde", .unit(.second)), ("secondes", .unit(.second)), ("sec", .unit(.second)),
        ("minute", .unit(.minute)), ("minutes", .unit(.minute)), ("min", .unit(.minute)), ("mn", .unit(.minute)),
        ("heure", .unit(.hour)), ("heures", .unit(.hour)),
        ("jour", .unit(.day)), ("jours", .unit(.day)), ("journee", .unit(.day)), ("journees", .unit(.day)),
        ("semaine", .unit(.week)), ("semaines", .unit(.week)), ("quinzaine", .unit(.fortnight)),
        ("quinzaines", .unit(.fortnight)), ("mois", .unit(.month)),
        ("trimestre", .unit(.quarter)), ("trimestres", .unit(.quarter)), ("semestre", .unit(.half)), ("semestres", .unit(.half)),
        ("an", .unit(.year)), ("ans", .unit(.year)), ("annee", .unit(.year)), ("annees", .unit(.year)),
        ("decennie", .unit(.decade)), ("decennies", .unit(.decade)), ("siecle", .unit(.century)), ("siecles", .unit(.century)),
        ("week-end", .unit(.weekend)), ("week-ends", .unit(.weekend)), ("weekend", .unit(.weekend)), ("weekends", .unit(.weekend)),
    ]

    private static let frenchWords: [(String, TemporalWord)] = frenchNumbers + frenchOrdinals + frenchUnits + [
        // Parts of the day.
        ("matin", .partOfDay("MO")), ("matins", .partOfDay("MO")), ("matinee", .partOfDay("MO")), ("mat", .partOfDay("MO")),
        ("apres-midi", .partOfDay("AF")), ("aprem", .partOfDay("AF")), ("soir", .partOfDay("EV")), ("soirs", .partOfDay("EV")),
        ("soiree", .partOfDay("EV")), ("nuit", .partOfDay("NI")), ("nuits", .partOfDay("NI")),
        ("aube", .partOfDay("MO")),
        ("midi", .namedHour(12)), ("dejeuner", .partOfDay("MI")), ("minuit", .namedHour(0)),
        // Days relative to the reference date and to the discourse.
        ("hier", .dayOffset(-1)), ("aujourd'hui", .dayOffset(0)), ("demain", .dayOffset(1)),
        ("avant-hier", .dayOffset(-2)), ("apres-demain", .dayOffset(2)),
        ("veille", .discourseOffset(-1)), ("lendemain", .discourseOffset(1)), ("surlendemain", .discourseOffset(2)),
        ("avant-veille", .discourseOffset(-2)),
        // Directions.
        ("prochain", .relation(1)), ("prochaine", .relation(1)), ("prochains", .relation(1)), ("prochaines", .relation(1)),
        ("passe", .relation(-1)), ("passee", .relation(-1)), ("passes", .relation(-1)), ("passees", .relation(-1)),
        ("suivant", .discourseRelation(1)), ("suivante", .discourseRelation(1)), ("suivants", .discourseRelation(1)),
        ("suivantes", .discourseRelation(1)), ("precedent", .discourseRelation(-1)), ("precedente", .discourseRelation(-1)),
        ("precedents", .discourseRelation(-1)), ("precedentes", .discourseRelation(-1)),
        ("ce", .this), ("cet", .this), ("cette", .this),
        // Seasons.
        ("printemps", .season("SP")), ("ete", .season("SU")), ("automne", .season("FA")), ("hiver", .season("WI")),
        // Positions and approximations.
        ("debut", .mod("START")), ("milieu", .mod("MID")), ("mi", .mod("MID")), ("fin", .mod("END")),
        ("maintenant", .reference("PRESENT_REF")), ("actuellement", .reference("PRESENT_REF")),
        ("desormais", .reference("PRESENT_REF")),
        // Function words.
        ("le", .role(.article)), ("la", .role(.article)), ("les", .role(.article)), ("l'", .role(.article)),
        ("de", .role(.of)), ("d'", .role(.of)), ("du", .role(.ofThe)), ("des", .role(.ofThe)),
        ("a", .role(.at)), ("au", .role(.at)), ("aux", .role(.at)), ("en", .role(.in)), ("dans", .role(.within)),
        ("depuis", .role(.since)), ("pendant", .role(.during)), ("durant", .role(.during)), ("entre", .role(.between)),
        ("et", .role(.and)), ("jusqu'", .role(.until)), ("jusque", .role(.until)), ("jusqu", .role(.until)),
        ("apres", .role(.after)), ("avant", .role(.before)), ("auparavant", .role(.earlier)),
        ("vers", .role(.toward)), ("environ", .role(.around)), ("approximativement", .role(.around)),
        ("tous", .role(.every)), ("toutes", .role(.every)), ("chaque", .role(.every)), ("par", .role(.per)),
        ("fois", .role(.times)), ("moins", .role(.minus)), ("quart", .role(.quarter)), ("quarts", .role(.quarters)),
        ("demi", .role(.half)), ("demie", .role(.half)), ("h", .role(.hourMark)),
        ("entier", .role(.whole)), ("entiere", .role(.whole)), ("entiers", .role(.whole)), ("entieres", .role(.whole)),
        ("plein", .role(.whole)), ("pleine", .role(.whole)), ("complet", .role(.whole)),
        ("quelques", .role(.some)), ("plusieurs", .role(.some)), ("tot", .role(.early)), ("tres", .role(.very)),
        ("ci", .role(.here)), ("qui", .role(.which)), ("suit", .role(.follows)), ("mais", .role(.filler)),
        ("que", .role(.than)), ("fete", .role(.occasion)), ("fetes", .role(.occasion)),
        ("vacances", .role(.occasion)), ("conges", .role(.occasion)), ("reveillon", .role(.occasion)),
        ("pont", .role(.occasion)), ("treve", .role(.occasion)), ("annees", .role(.years)), ("epoque", .role(.filler)),
        // Tense cues.
        ("ont", .tense(.past)), ("avait", .tense(.past)), ("avaient", .tense(.past)), ("ai", .tense(.past)),
        ("avons", .tense(.past)), ("avez", .tense(.past)), ("eu", .tense(.past)), ("eut", .tense(.past)),
        ("eurent", .tense(.past)), ("avions", .tense(.past)), ("aviez", .tense(.past)),
        ("sera", .tense(.future)), ("seront", .tense(.future)), ("serait", .tense(.future)), ("seraient", .tense(.future)),
        ("aura", .tense(.future)), ("auront", .tense(.future)), ("aurait", .tense(.future)), ("auraient", .tense(.future)),
        ("ira", .tense(.future)), ("iront", .tense(.future)), ("fera", .tense(.future)), ("feront", .tense(.future)),
        ("va", .tense(.future)), ("vont", .tense(.future)), ("prevu", .tense(.future)), ("prevue", .tense(.future)),
        ("prevus", .tense(.future)), ("prevues", .tense(.future)), ("doit", .tense(.future)),
        ("doivent", .tense(.future)), ("bientot", .tense(.future)), ("prochainement", .tense(.future)),
        ("attendu", .tense(.future)), ("attendue", .tense(.future)), ("programme", .tense(.future)),
        // Time zones.
        ("cet", .zone("+01:00")), ("cest", .zone("+02:00")), ("gmt", .zone("Z")), ("utc", .zone("Z")),
    ]

    private static let frenchPhrases: [(String, TemporalWord)] = [
        ("il y a", .role(.ago)), ("plus de", .role(.moreThan)), ("moins de", .role(.lessThan)),
        ("plus d'", .role(.moreThan)), ("moins d'", .role(.lessThan)), ("d'ici", .role(.until)), ("d'ici a", .role(.until)), ("a l'heure du", .role(.during)), ("au moment de", .role(.during)),
        ("au moment du", .role(.during)), ("il y avait", .role(.ago)), ("plus tard", .role(.later)), ("plus tot", .role(.earlier)),
        ("a partir", .role(.from)), ("autour de", .role(.around)), ("autour d'", .role(.around)),
        ("aux alentours de", .role(.around)), ("aux alentours d'", .role(.around)), ("pres de", .role(.around)),
        ("a peu pres", .role(.around)), ("en huit", .role(.inEight)), ("par exemple", .role(.filler)),
        ("n'importe quand", .role(.filler)), ("tout de suite", .reference("PRESENT_REF")),
        ("en ce moment", .dayOffset(0)), ("a l'heure actuelle", .reference("PRESENT_REF")),
        ("a l'epoque", .reference("PAST_REF")), ("a cette epoque", .reference("PAST_REF")),
        ("noel", .holiday(0)), ("toussaint", .holiday(1)), ("nouvel an", .holiday(2)), ("jour de l'an", .holiday(2)),
        ("saint-sylvestre", .holiday(3)), ("fete du travail", .holiday(4)), ("fete nationale", .holiday(5)),
        ("armistice", .holiday(6)), ("paques", .holiday(7)), ("lundi de paques", .holiday(8)),
        ("ascension", .holiday(9)), ("pentecote", .holiday(10)), ("lundi de pentecote", .holiday(11)),
        ("vendredi saint", .holiday(12)), ("mardi gras", .holiday(13)), ("assomption", .holiday(14)),
        ("saint-valentin", .holiday(15)), ("fete de la musique", .holiday(16)), ("epiphanie", .holiday(17)),
        ("chandeleur", .holiday(18)), ("reveillon de noel", .holiday(19)), ("veille de noel", .holiday(19)),
        ("jour des morts", .holiday(20)),
    ]

    private static let frenchHolidays: [Holiday] = [
        Holiday(.fixed(month: 12, day: 25)), Holiday(.fixed(month: 11, day: 1)), Holiday(.fixed(month: 1, day: 1)),
        Holiday(.fixed(month: 12, day: 31)), Holiday(.fixed(month: 5, day: 1)), Holiday(.fixed(month: 7, day: 14)),
        Holiday(.fixed(month: 11, day: 11)), Holiday(.easter(offset: 0)), Holiday(.easter(offset: 1)),
        Holiday(.easter(offset: 39)), Holiday(.easter(offset: 49)), Holiday(.easter(offset: 50)),
        Holiday(.easter(offset: -2)), Holiday(.easter(offset: -47)), Holiday(.fixed(month: 8, day: 15)),
        Holiday(.fixed(month: 2, day: 14)), Holiday(.fixed(month: 6, day: 21)), Holiday(.fixed(month: 1, day: 6)),
        Holiday(.fixed(month: 2, day: 2)), Holiday(.fixed(month: 12, day: 24)), Holiday(.fixed(month: 11, day: 2)),
    ]
}
