/// Holidays whose dates every language shares (Jewish, Islamic, Chinese, Orthodox and movable
/// Christian feasts); each language's table gives their names.
///
/// Jewish holidays begin at sundown: their first day here is the Gregorian date whose evening
/// begins them (Yom Kippur 5784, 10 Tishri = 25 September 2023, is given as 24 September), and
/// the Israeli rules move Yom HaShoah, Yom HaAtzmaut and Tisha B'Av off the Sabbath. Islamic
/// holidays follow the Umm al-Qura calendar, which matches the announced dates in most years
/// but may differ by a day from a local sighting of the moon.
extension TemporalLanguage.Holiday {
    private static func hebrew(_ month: Int, _ day: Int) -> Rule { .lunar(.hebrew, month: month, day: day, offset: -1) }
    private static func islamic(_ month: Int, _ day: Int) -> Rule { .lunar(.islamic, month: month, day: day, offset: 0) }

    // Jewish holidays (Hebrew months: Tishri 1 … Kislev 3, Shevat 5, Adar 7, Nisan 8, Iyar 9, Sivan 10, Av 12).
    /// Rosh Hashanah: from its eve to 2 Tishri.
    public static let roshHashanah = Self(hebrew(1, 1), days: 3)
    /// Yom Kippur, 10 Tishri.
    public static let yomKippur = Self(hebrew(1, 10))
    /// Sukkot with Shemini Atzeret: from its eve to 22 Tishri.
    public static let sukkot = Self(hebrew(1, 15), days: 9)
    /// Shemini Atzeret, 22 Tishri.
    public static let sheminiAtzeret = Self(hebrew(1, 22))
    /// Simchat Torah, 23 Tishri (outside Israel).
    public static let simchatTorah = Self(hebrew(1, 23))
    /// Hanukkah: eight days from the eve of 25 Kislev.
    public static let hanukkah = Self(hebrew(3, 25), days: 8)
    /// Tu BiShvat, 15 Shevat.
    public static let tuBishvat = Self(hebrew(5, 15))
    /// Purim, 14 Adar (Adar II in leap years).
    public static let purim = Self(hebrew(7, 14))
    /// Shushan Purim, 15 Adar.
    public static let shushanPurim = Self(hebrew(7, 15))
    /// Passover: from its eve to 22 Nisan.
    public static let passover = Self(hebrew(8, 15), days: 9)
    /// Yom HaShoah, 27 Nisan; a Friday moves to Thursday, a Sunday to Monday.
    public static let yomHashoah = Self(.shifted(.lunar(.hebrew, month: 8, day: 27, offset: 0), byWeekday: [0, 0, 0, 0, -1, 0, 1], offset: -1))
    /// Yom HaAtzmaut, 5 Iyar; a Friday or Saturday moves to Thursday, a Monday to Tuesday.
    public static let yomHaatzmaut = Self(.shifted(.lunar(.hebrew, month: 9, day: 5, offset: 0), byWeekday: [1, 0, 0, 0, -1, -2, 0], offset: -1))
    /// Lag BaOmer, 18 Iyar.
    public static let lagBaomer = Self(hebrew(9, 18))
    /// Shavuot: from its eve to 7 Sivan.
    public static let shavuot = Self(hebrew(10, 6), days: 3)
    /// Tisha B'Av, 9 Av; a Saturday moves to Sunday.
    public static let tishaBav = Self(.shifted(.lunar(.hebrew, month: 12, day: 9, offset: 0), byWeekday: [0, 0, 0, 0, 0, 1, 0], offset: -1))

    // Islamic holidays (months: Muharram 1, Rabi' al-Awwal 3, Rajab 7, Ramadan 9, Shawwal 10, Dhu al-Hijjah 12).
    /// The Islamic New Year, 1 Muharram.
    public static let islamicNewYear = Self(islamic(1, 1))
    /// Ashura, 10 Muharram.
    public static let ashura = Self(islamic(1, 10))
    /// Mawlid, 12 Rabi' al-Awwal.
    public static let mawlid = Self(islamic(3, 12))
    /// Isra and Mi'raj, 27 Rajab.
    public static let israMiraj = Self(islamic(7, 27))
    /// Ramadan: from 1 Ramadan to the day before Eid al-Fitr (29 or 30 days).
    public static let ramadan = Self(islamic(9, 1), days: 30, lastDay: .lunar(.islamic, month: 10, day: 1, offset: -1))
    /// Laylat al-Qadr, 27 Ramadan.
    public static let laylatAlQadr = Self(islamic(9, 27))
    /// Jumu'atul-Wida: the last Friday of Ramadan.
    public static let jumuatulWida = Self(.weekdayBefore(islamic(10, 1), weekday: 5))
    /// Eid al-Fitr, 1 Shawwal.
    public static let eidAlFitr = Self(islamic(10, 1))
    /// Eid al-Adha, 10 Dhu al-Hijjah.
    public static let eidAlAdha = Self(islamic(12, 10))

    /// The Chinese (lunar) New Year.
    public static let chineseNewYear = Self(.lunar(.chinese, month: 1, day: 1, offset: 0))

    // Orthodox feasts.
    /// Orthodox Easter Sunday.
    public static let orthodoxEaster = Self(.orthodoxEaster(offset: 0))
    /// Clean Monday, the first day of Great Lent.
    public static let cleanMonday = Self(.orthodoxEaster(offset: -48))
    /// Great Lent: from Clean Monday to the Friday before Lazarus Saturday.
    public static let greatLent = Self(.orthodoxEaster(offset: -48), days: 40)
    /// Lent: from Ash Wednesday to Holy Saturday.
    public static let lent = Self(.easter(offset: -46), days: 46).needingCue()

    /// Earth Hour: 20:30–21:30 on the last Saturday of March, a week earlier when that is Holy Saturday.
    public static let earthHour = Self(.avoiding(.nthWeekday(month: 3, weekday: 6, n: -1, offset: 0), other: .easter(offset: -1), move: -7),
                                       days: 1, minutes: (start: 20 * 60 + 30, end: 21 * 60 + 30))

    /// The Parsi (Shahenshahi) New Year, 1 Farvardin: the calendar's years have 365 days, so the
    /// day moves back one Gregorian day every leap year (15 August 2024 is day 19950).
    public static let parsiNewYear = Self(.cycle(epoch: 19950, period: 365))

    // More days of the Chinese, Korean, Jewish and Islamic calendars.
    /// The Lantern Festival, 15th day of the first Chinese month.
    public static let lanternFestival = Self(.lunar(.chinese, month: 1, day: 15, offset: 0))
    /// The Dragon Boat Festival, 5th day of the 5th Chinese month.
    public static let dragonBoatFestival = Self(.lunar(.chinese, month: 5, day: 5, offset: 0))
    /// The Mid-Autumn Festival, 15th day of the 8th Chinese month.
    public static let midAutumnFestival = Self(.lunar(.chinese, month: 8, day: 15, offset: 0))
    /// The Double Ninth Festival, 9th day of the 9th Chinese month.
    public static let doubleNinth = Self(.lunar(.chinese, month: 9, day: 9, offset: 0))
    /// Seollal, the Korean new year: its eve, the day and the day after.
    public static let seollal = Self(.lunar(.korean, month: 1, day: 1, offset: -1), days: 3)
    /// Chuseok, 15th day of the 8th Korean month: its eve, the day and the day after.
    public static let chuseok = Self(.lunar(.korean, month: 8, day: 15, offset: -1), days: 3)
    /// Yom HaZikaron, the day before Yom HaAtzmaut (moved with it).
    public static let yomHazikaron = Self(.shifted(.lunar(.hebrew, month: 9, day: 5, offset: 0), byWeekday: [1, 0, 0, 0, -1, -2, 0], offset: -2))
    /// Yom Yerushalayim, 28 Iyar.
    public static let yomYerushalayim = Self(hebrew(9, 28))
    /// Tu B'Av, 15 Av.
    public static let tuBav = Self(hebrew(12, 15))
    /// Hoshana Rabbah, 21 Tishri.
    public static let hoshanaRabbah = Self(hebrew(1, 21))
    /// The Day of Arafah, 9 Dhu al-Hijjah.
    public static let dayOfArafah = Self(islamic(12, 9))
    /// Orthodox Christmas: 25 December of the Julian calendar, 7 January from 1901 to 2099.
    public static let orthodoxChristmas = Self(.fixed(month: 1, day: 7))
    /// Holy Week: from Palm Sunday to Holy Saturday.
    public static let holyWeek = Self(.easter(offset: -7), days: 7)

    /// This holiday, read only when capitalized or with a year or determiner next to it (its
    /// name is also a common word: `Lent`, `Epiphany`).
    public func needingCue() -> Self {
        var h = self
        h.needsCue = true
        return h
    }
}
