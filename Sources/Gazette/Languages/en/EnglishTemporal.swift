extension TemporalLanguage {
    /// English: numbers in words, units, parts of day, relative words, seasons, holidays and
    /// tense cues. Month and weekday names come from ICU's `en` date symbols.
    public static let english: TemporalLanguage = {
        var language = englishTables
        language.relationsPrecede = true
        language.agoFollows = true
        language.inBeforeAmountIsWithin = true
        language.monthDayWithoutYear = true
        language.joinsDateWithOf = true
        language.numericMonthFirst = true
        language.splitsElisions = false
        language.addHolidays(englishMoreHolidays)
        language.addHolidays(indianFestivals)
        language.weekRelationWords = ["next"]
        language.capitalizesMonths = true
        language.untensedMonthLooksAhead = true
        language.atJoinsRanges = false
        language.weekdayAbbreviationsWithoutPeriod = true
        language.twelveHourClock = true
        language.zonesInLowerCase = true
        language.attachedAnteMeridiem = ["a"]
        language.uncountedWords = ["as", "is", "was", "has", "does", "his", "its", "this", "thus", "us", "yes", "always",
                                   "perhaps", "across", "unless", "whereas", "besides", "towards", "afterwards", "nevertheless",
                                   "plus", "minus", "versus", "vs", "less", "whose", "ours", "yours", "theirs", "hers"]
        return language
    }()

    private static let englishTables = TemporalLanguage(
        locale: "en",
        words: englishWords,
        phrases: englishPhrases,
        holidays: englishHolidays,
        tense: TenseCues(
            pastSuffixes: ["ed"],
            futureSuffixes: [],
            exceptions: ["need", "seed", "speed", "feed", "bed", "red", "shed", "indeed", "embed", "united", "limited",
                         "hundred", "interested", "based", "related", "detailed", "advanced", "proposed", "scheduled",
                         "expected", "planned", "supposed", "due"],
            pastWithParticiple: ["was", "were", "has", "have", "had"],
            participleSuffixes: ["ed", "en", "wn"]),
        unaccentedTenseWords: [],
        accentedWords: [],
        monthAbbreviations: [("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
                             ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)]
    )

    private static let englishNumbers: [(String, TemporalWord)] = [
        ("zero", .number(0)), ("one", .number(1)), ("a", .number(1)), ("an", .number(1)), ("two", .number(2)),
        ("three", .number(3)), ("four", .number(4)), ("five", .number(5)), ("six", .number(6)), ("seven", .number(7)),
        ("eight", .number(8)), ("nine", .number(9)), ("ten", .number(10)), ("eleven", .number(11)), ("twelve", .number(12)),
        ("thirteen", .number(13)), ("fourteen", .number(14)), ("fifteen", .number(15)), ("sixteen", .number(16)),
        ("seventeen", .number(17)), ("eighteen", .number(18)), ("nineteen", .number(19)), ("twenty", .number(20)),
        ("thirty", .number(30)), ("forty", .number(40)), ("fifty", .number(50)), ("sixty", .number(60)),
        ("seventy", .number(70)), ("eighty", .number(80)), ("ninety", .number(90)), ("hundred", .number(100)),
        ("thousand", .number(1000)), ("dozen", .approximateNumber(12)), ("dozens", .approximateNumber(12)),
        ("couple", .approximateNumber(2)), ("pair", .approximateNumber(2)), ("hundreds", .approximateNumber(100)),
    ]

    private static let englishOrdinals: [(String, TemporalWord)] = [
        ("first", .ordinal(1)), ("second", .ordinal(2)), ("third", .ordinal(3)), ("fourth", .ordinal(4)),
        ("fifth", .ordinal(5)), ("sixth", .ordinal(6)), ("seventh", .ordinal(7)), ("eighth", .ordinal(8)),
        ("ninth", .ordinal(9)), ("tenth", .ordinal(10)), ("eleventh", .ordinal(11)), ("twelfth", .ordinal(12)),
        ("thirteenth", .ordinal(13)), ("fourteenth", .ordinal(14)), ("fifteenth", .ordinal(15)), ("sixteenth", .ordinal(16)),
        ("seventeenth", .ordinal(17)), ("eighteenth", .ordinal(18)), ("nineteenth", .ordinal(19)), ("twentieth", .ordinal(20)),
        ("thirtieth", .ordinal(30)),
        ("last", .ordinal(-1)), ("last", .relation(-1)),
    ]

    private static let englishUnits: [(String, TemporalWord)] = [
        ("second", .unit(.second)), ("seconds", .unit(.second)), ("sec", .unit(.second)), ("secs", .unit(.second)),
        ("minute", .unit(.minute)), ("minutes", .unit(.minute)), ("min", .unit(.minute)), ("mins", .unit(.minute)),
        ("hour", .unit(.hour)), ("hours", .unit(.hour)), ("hr", .unit(.hour)), ("hrs", .unit(.hour)),
        ("day", .unit(.day)), ("days", .unit(.day)), ("week", .unit(.week)), ("weeks", .unit(.week)),
        ("fortnight", .unit(.fortnight)), ("fortnights", .unit(.fortnight)), ("month", .unit(.month)), ("months", .unit(.month)),
        ("quarter", .unit(.quarter)), ("quarters", .unit(.quarter)), ("qtr", .unit(.quarter)), ("q", .unit(.quarter)),
        ("semester", .unit(.half)), ("semesters", .unit(.half)),
        ("year", .unit(.year)), ("years", .unit(.year)), ("yr", .unit(.year)), ("yrs", .unit(.year)),
        ("decade", .unit(.decade)), ("decades", .unit(.decade)), ("century", .unit(.century)), ("centuries", .unit(.century)),
        ("weekend", .unit(.weekend)), ("weekends", .unit(.weekend)), ("week-end", .unit(.weekend)), ("wkend", .unit(.weekend)),
    ]

    private static let englishWords: [(String, TemporalWord)] = englishNumbers + englishOrdinals + englishUnits + [
        // Parts of the day.
        ("morning", .partOfDay("MO")), ("mornings", .partOfDay("MO")), ("afternoon", .partOfDay("AF")),
        ("afternoons", .partOfDay("AF")), ("evening", .partOfDay("EV")), ("evenings", .partOfDay("EV")),
        ("night", .partOfDay("NI")), ("nights", .partOfDay("NI")), ("dawn", .partOfDay("MO")),
        ("lunch", .partOfDay("MI")), ("lunchtime", .partOfDay("MI")), ("noon", .namedHour(12)), ("midday", .namedHour(12)),
        ("midnight", .namedHour(0)),
        // Days relative to the reference date.
        ("yesterday", .dayOffset(-1)), ("today", .dayOffset(0)), ("tomorrow", .dayOffset(1)),
        // Directions.
        ("next", .relation(1)), ("coming", .relation(1)), ("upcoming", .relation(1)), ("upcoming", .role(.upcoming)), ("past", .relation(-1)),
        ("previous", .discourseRelation(-1)), ("following", .discourseRelation(1)),
        ("this", .this), ("current", .this),
        // Seasons.
        ("spring", .season("SP")), ("summer", .season("SU")), ("autumn", .season("FA")), ("fall", .season("FA")),
        ("winter", .season("WI")),
        ("season", .role(.seasonWord)), ("seasons", .role(.seasonWord)),
        ("closest", .role(.closest)), ("nearest", .role(.closest)), ("asap", .role(.soonest)),
        // Positions and approximations.
        ("beginning", .mod("START")), ("start", .mod("START")), ("early", .mod("START")), ("middle", .mod("MID")),
        ("mid", .mod("MID")), ("end", .mod("END")), ("late", .mod("END")),
        // Business abbreviations: end or beginning of the month or year.
        ("eom", .periodEdge("END", .month)), ("bom", .periodEdge("START", .month)),
        ("eoy", .periodEdge("END", .year)), ("boy", .periodEdge("START", .year)),
        ("now", .reference("PRESENT_REF")), ("currently", .reference("PRESENT_REF")), ("nowadays", .reference("PRESENT_REF")),
        // Function words.
        ("the", .role(.article)), ("of", .role(.of)), ("at", .role(.at)), ("on", .role(.at)), ("in", .role(.in)),
        ("within", .role(.within)), ("since", .role(.since)), ("during", .role(.during)), ("for", .role(.during)), ("between", .role(.between)),
        ("and", .role(.and)), ("until", .role(.until)), ("till", .role(.until)), ("through", .role(.until)),
        ("to", .role(.until)), ("thru", .role(.until)), ("from", .role(.from)), ("after", .role(.after)), ("before", .role(.before)),
        ("later", .role(.later)), ("earlier", .role(.earlier)), ("around", .role(.around)), ("about", .role(.around)),
        ("approximately", .role(.around)), ("every", .role(.every)), ("each", .role(.every)), ("per", .role(.per)),
        ("times", .role(.times)), ("half", .role(.half)), ("whole", .role(.whole)), ("entire", .role(.whole)),
        ("full", .role(.whole)), ("few", .role(.some)), ("several", .role(.some)), ("some", .role(.some)),
        ("very", .role(.very)), ("than", .role(.than)), ("holiday", .role(.occasion)), ("holidays", .role(.occasion)),
        ("ago", .role(.ago)), ("hence", .role(.fromNow)), ("'s", .role(.possessive)), ("s", .role(.decadeSuffix)), ("’s", .role(.possessive)),
        ("am", .role(.anteMeridiem)), ("a.m", .role(.anteMeridiem)), ("a.m.", .role(.anteMeridiem)),
        ("pm", .role(.postMeridiem)), ("p.m", .role(.postMeridiem)), ("p.m.", .role(.postMeridiem)),
        ("o'clock", .role(.oclock)), ("oclock", .role(.oclock)), ("h", .role(.hourMark)),
        ("p", .role(.postMeridiem)), ("ish", .mod("APPROX")), ("oh", .number(0)), ("o", .number(0)),
        ("tonite", .partOfDay("NI")), ("tonite", .this), ("tonight", .this), ("untill", .role(.until)), ("@", .role(.at)), ("by", .role(.by)),
        ("eod", .unit(.day)), ("eod", .mod("END")), ("eom", .unit(.month)), ("eom", .mod("END")),
        ("eoy", .unit(.year)), ("eoy", .mod("END")), ("but", .role(.filler)), ("for", .role(.during)),
        // Tense cues.
        ("was", .tense(.past)), ("were", .tense(.past)), ("had", .tense(.past)), ("did", .tense(.past)),
        ("said", .tense(.past)), ("will", .tense(.future)), ("would", .tense(.future)), ("shall", .tense(.future)),
        ("'ll", .tense(.future)), ("upcoming", .tense(.future)), ("scheduled", .tense(.future)), ("planned", .tense(.future)),
        ("expected", .tense(.future)),
        // Time zones.
        ("gmt", .zone("Z")), ("utc", .zone("Z")), ("est", .zone("-05:00")), ("edt", .zone("-04:00")),
        ("cst", .zone("-06:00")), ("cdt", .zone("-05:00")), ("mst", .zone("-07:00")), ("mdt", .zone("-06:00")),
        ("pst", .zone("-08:00")), ("pdt", .zone("-07:00")), ("bst", .zone("+01:00")), ("cet", .zone("+01:00")),
        ("ist", .zone("+05:30")),
    ]

    private static let englishPhrases: [(String, TemporalWord)] = [
        ("a m", .role(.anteMeridiem)), ("p m", .role(.postMeridiem)), ("mid day", .namedHour(12)),
        ("after school", .partOfDay("AF")), ("after school", .this), ("day after tomorrow", .dayOffset(2)), ("day before yesterday", .dayOffset(-2)),
        ("week end", .unit(.weekend)), ("more than", .role(.moreThan)), ("less than", .role(.lessThan)),
        ("up to", .role(.until)), ("by the time of", .role(.until)), ("at the time of", .role(.during)),
        ("right now", .reference("PRESENT_REF")), ("just now", .reference("PRESENT_REF")), ("as soon as possible", .role(.soonest)), ("at the moment", .reference("PRESENT_REF")),
        ("at present", .reference("PRESENT_REF")), ("at the time", .reference("PAST_REF")), ("back then", .reference("PAST_REF")),
        ("in the future", .reference("FUTURE_REF")), ("in the past", .reference("PAST_REF")),
        ("the day before", .discourseOffset(-1)), ("the day after", .discourseOffset(1)), ("the next day", .discourseOffset(1)),
        ("the following day", .discourseOffset(1)), ("the previous day", .discourseOffset(-1)),
        ("the day before yesterday", .dayOffset(-2)), ("the day after tomorrow", .dayOffset(2)),
        ("day before yesterday", .dayOffset(-2)), ("day after tomorrow", .dayOffset(2)), ("tonight", .partOfDay("NI")),
        ("christmas", .holiday(0)), ("christmas day", .holiday(0)), ("xmas", .holiday(0)), ("christmas eve", .holiday(1)),
        ("new year's day", .holiday(2)), ("new year", .holiday(2)), ("new year's", .holiday(2)), ("new year's eve", .holiday(3)),
        ("halloween", .holiday(4)), ("valentine's day", .holiday(5)), ("valentine day", .holiday(5)),
        ("independence day", .holiday(6)), ("easter", .holiday(7)), ("easter sunday", .holiday(7)),
        ("easter monday", .holiday(8)), ("good friday", .holiday(9)), ("st patrick's day", .holiday(10)),
        ("st. patrick's day", .holiday(10)), ("saint patrick's day", .holiday(10)), ("boxing day", .holiday(11)),
        ("mardi gras", .holiday(12)), ("ash wednesday", .holiday(13)), ("pentecost", .holiday(14)),
        ("ascension day", .holiday(15)), ("all saints day", .holiday(16)), ("all saints' day", .holiday(16)),
        ("halloween day", .holiday(4)), ("may day", .holiday(18)),
        ("earth day", .holiday(19)), ("veterans day", .holiday(20)), ("armistice day", .holiday(20)),
        ("new year's day", .holiday(2)),
        ("thanksgiving", .holiday(21)), ("thanksgiving day", .holiday(21)), ("black friday", .holiday(22)),
        ("martin luther king day", .holiday(23)), ("martin luther king jr. day", .holiday(23)), ("mlk day", .holiday(23)),
        ("mlk jr. day", .holiday(23)), ("memorial day", .holiday(24)), ("labor day", .holiday(25)), ("labour day", .holiday(25)),
        ("mother's day", .holiday(26)), ("mothers day", .holiday(26)), ("father's day", .holiday(27)), ("fathers day", .holiday(27)),
        ("new years day", .holiday(2)), ("new years eve", .holiday(3)), ("new year's eve", .holiday(3)),
        ("presidents day", .holiday(28)), ("presidents' day", .holiday(28)), ("columbus day", .holiday(29)),
    ]

    private static let englishHolidays: [Holiday] = [
        Holiday(.fixed(month: 12, day: 25)), Holiday(.fixed(month: 12, day: 24)), Holiday(.fixed(month: 1, day: 1)),
        Holiday(.fixed(month: 12, day: 31)), Holiday(.fixed(month: 10, day: 31)), Holiday(.fixed(month: 2, day: 14)),
        Holiday(.fixed(month: 7, day: 4)), Holiday(.easter(offset: 0)), Holiday(.easter(offset: 1)),
        Holiday(.easter(offset: -2)), Holiday(.fixed(month: 3, day: 17)), Holiday(.fixed(month: 12, day: 26)),
        Holiday(.easter(offset: -47)), Holiday(.easter(offset: -46)), Holiday(.easter(offset: 49)),
        Holiday(.easter(offset: 39)), Holiday(.fixed(month: 11, day: 1)), Holiday(.fixed(month: 5, day: 1)),
        Holiday(.fixed(month: 5, day: 1)), Holiday(.fixed(month: 4, day: 22)), Holiday(.fixed(month: 11, day: 11)),
        Holiday(.nthWeekday(month: 11, weekday: 4, n: 4, offset: 0)), Holiday(.nthWeekday(month: 11, weekday: 4, n: 4, offset: 1)),
        Holiday(.nthWeekday(month: 1, weekday: 1, n: 3, offset: 0)), Holiday(.nthWeekday(month: 5, weekday: 1, n: -1, offset: 0)),
        Holiday(.nthWeekday(month: 9, weekday: 1, n: 1, offset: 0)), Holiday(.nthWeekday(month: 5, weekday: 7, n: 2, offset: 0)),
        Holiday(.nthWeekday(month: 6, weekday: 7, n: 3, offset: 0)), Holiday(.nthWeekday(month: 2, weekday: 1, n: 3, offset: 0)),
        Holiday(.nthWeekday(month: 10, weekday: 1, n: 2, offset: 0)),
    ]
}
