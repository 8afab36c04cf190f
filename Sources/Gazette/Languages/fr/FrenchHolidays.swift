extension TemporalLanguage {
    /// French names of the holidays of other calendars (Jewish, Islamic, Chinese, Orthodox),
    /// folded like the other French phrases (accents and case removed).
    static let frenchMoreHolidays: [(names: [String], holiday: Holiday)] = [
        (["ramadan", "ramadhan"], .ramadan),
        (["aid el-fitr", "aid al-fitr", "aid el fitr", "aid al fitr", "aid-el-fitr", "aid el-seghir", "aid es-seghir",
          "petit aid"], .eidAlFitr),
        (["aid el-kebir", "aid al-kebir", "aid el kebir", "aid-el-kebir", "aid el-adha", "aid al-adha", "aid el adha",
          "fete du sacrifice", "fete du mouton", "tabaski"], .eidAlAdha),
        (["nouvel an musulman", "nouvel an islamique", "nouvel an hegirien"], .islamicNewYear),
        (["achoura"], .ashura),
        (["mawlid", "mouloud"], .mawlid),
        (["hanoucca", "hanoukka", "hanouka", "hanoukkah", "chanoukka", "fete de hanoucca"], .hanukkah),
        (["roch hachana", "roch hachanah", "rosh hashana", "nouvel an juif"], .roshHashanah),
        (["yom kippour", "kippour", "grand pardon"], .yomKippur),
        (["paque juive", "pessah", "pessa'h", "pessach"], .passover),
        (["souccot", "soukkot", "fete des cabanes"], .sukkot),
        (["chavouot", "chavouoth"], .shavuot),
        (["pourim"], .purim),
        (["nouvel an chinois", "nouvel an lunaire"], .chineseNewYear),
        (["paque orthodoxe", "paques orthodoxe", "paques orthodoxes"], .orthodoxEaster),
        (["careme"], .lent),
        (["noel orthodoxe"], .orthodoxChristmas),
        (["semaine sainte"], .holyWeek),
        (["fete de la mi-automne", "fete de la lune"], .midAutumnFestival),
        (["fete des bateaux-dragons", "fete des bateaux dragons"], .dragonBoatFestival),
        (["jour d'arafat", "journee d'arafat"], .dayOfArafah),
    ]
}
