/// A language's date vocabulary: the tables the recogniser reads. Month and weekday names come
/// from ICU's date symbols for ``locale``; everything else is listed here, so a second language
/// is a second table set, not new code.
public struct TemporalLanguage: Sendable {
    /// A holiday: its names are entries of ``phrases`` with a `.holiday(index)` reading.
    public struct Holiday: Sendable {
        /// How the date of the holiday is computed.
        public enum Rule: Sendable {
            /// Every year on this month and day.
            case fixed(month: Int, day: Int)
            /// This many days after Western Easter Sunday.
            case easter(offset: Int)
            /// The `n`th ISO `weekday` (1 = Monday) of `month` (`n` = -1: the last), moved by
            /// `offset` days (Thanksgiving: 4th Thursday of November; Black Friday: offset 1).
            case nthWeekday(month: Int, weekday: Int, n: Int, offset: Int)
            /// This many days after Orthodox Easter Sunday (Julian computus, in Gregorian dates).
            case orthodoxEaster(offset: Int)
            /// `day` of `month` (1-based, in ICU's order for the calendar) of another calendar,
            /// moved by `offset` days; the first such day in the Gregorian year.
            case lunar(HolidayCalendar, month: Int, day: Int, offset: Int)
            /// Every `period` days from the day `epoch` (days since 1970-01-01): a calendar of
            /// years of fixed length, such as the Parsi Shahenshahi year of 365 days.
            case cycle(epoch: Int, period: Int)
            /// A rule's day moved by `byWeekday[w - 1]` days when it falls on ISO weekday `w`
            /// (a holiday moved off a weekend), then by `offset` days.
            indirect case shifted(Rule, byWeekday: [Int], offset: Int)
            /// The last ISO `weekday` strictly before a rule's day.
            indirect case weekdayBefore(Rule, weekday: Int)
            /// A rule's day, moved by `move` days when it is `other`'s day.
            indirect case avoiding(Rule, other: Rule, move: Int)
            /// A day of the Hindu lunisolar or solar calendar (``HinduCalendar``).
            case hindu(HinduCalendar.Rule)
        }

        public var rule: Rule
        /// How many days the holiday lasts (Hanukkah: 8).
        public var days = 1
        /// The minutes of the day it starts and ends, for a holiday of an hour or so.
        public var minutes: (start: Int, end: Int)? = nil
        /// The rule of its last day, when its length varies (Ramadan); else ``days`` counts.
        public var lastDay: Rule? = nil
        /// Whether its name is also a common word (`Lent`, `lent`): read only when capitalized,
        /// or with a year or a determiner next to it.
        public var needsCue = false

        public init(_ rule: Rule) { self.rule = rule }

        /// A holiday of `days` days, or of the minutes `minutes` of its day.
        public init(_ rule: Rule, days: Int, minutes: (start: Int, end: Int)? = nil, lastDay: Rule? = nil) {
            self.rule = rule
            self.days = days
            self.minutes = minutes
            self.lastDay = lastDay
        }

        /// The month and day of the holiday in `year`.
        public func date(in year: Int) -> (month: Int, day: Int) {
            switch rule {
            case let .fixed(month, day): return (month, day)
            case let .easter(offset):
                let e = CalendarMath.easter(year: year)
                let d = CalendarMath.date(ofDayNumber: CalendarMath.dayNumber(year: year, month: e.month, day: e.day) + offset)
                return (d.month, d.day)
            case let .nthWeekday(month, weekday, n, offset):
                let first = CalendarMath.dayNumber(year: year, month: month, day: 1)
                var day: Int
                if n > 0 {
                    day = first + (weekday - CalendarMath.weekday(ofDayNumber: first) + 7) % 7 + 7 * (n - 1)
                } else {
                    let last = first + CalendarMath.daysInMonth(year: year, month: month) - 1
                    day = last - (CalendarMath.weekday(ofDayNumber: last) - weekday + 7) % 7
                }
                day += offset
                let d = CalendarMath.date(ofDayNumber: day)
                return (d.month, d.day)
            default:
                let d = CalendarMath.date(ofDayNumber: firstDay(in: year) ?? CalendarMath.dayNumber(year: year, month: 1, day: 1))
                return (d.month, d.day)
            }
        }
    }

    /// Verb endings and words that mark the tense of a clause.
    public struct TenseCues: Sendable {
        /// Word endings of past forms (`ait`, `aient`), checked on words of at least 5 letters.
        public var pastSuffixes: [String]
        /// Word endings of future and conditional forms (`ra`, `ront`, `rait`).
        public var futureSuffixes: [String]
        /// Words that end like a cue but are not verbs (`caméra`, `environs`).
        public var exceptions: [String]
        /// Auxiliaries that make a past tense only when followed by a participle (`est parti`).
        public var pastWithParticiple: [String]
        /// Participle endings (`é`, `i`, `u`, `is`…), folded.
        public var participleSuffixes: [String]

        public init(pastSuffixes: [String], futureSuffixes: [String], exceptions: [String],
                    pastWithParticiple: [String], participleSuffixes: [String]) {
            self.pastSuffixes = pastSuffixes
            self.futureSuffixes = futureSuffixes
            self.exceptions = exceptions
            self.pastWithParticiple = pastWithParticiple
            self.participleSuffixes = participleSuffixes
        }
    }

    /// ICU locale of the month and weekday names, e.g. `fr`.
    public var locale: String
    /// Single words (a hyphenated compound counts as one word) and their readings.
    public var words: [(String, TemporalWord)]
    /// Fixed phrases of several words (space-separated, elisions written `l'`), and their readings.
    public var phrases: [(String, TemporalWord)]
    /// Holidays referred to by `.holiday(index)`.
    public var holidays: [Holiday]
    /// Tense cues.
    public var tense: TenseCues
    /// Auxiliaries that count only when written without an accent (`a` the verb, not `à`).
    public var unaccentedTenseWords: [String]
    /// Readings that apply only when the word is written with an accent (`dès` but not `des`).
    public var accentedWords: [(String, TemporalWord)]
    /// Month abbreviations that need a number next to them (`janv`, `sept`), beyond ICU's.
    public var monthAbbreviations: [(String, Int)]

    /// Whether an `of` word joins a day, its month and its year (`17 de noviembre de 2023`).
    public var joinsDateWithOf = false
    /// Whether a direction comes before its unit or weekday (`next week`, `last Tuesday`), as
    /// well as after it (`la semaine prochaine`).
    public var relationsPrecede = false
    /// Whether the `ago` word follows its amount (`three days ago`), as well as precedes it.
    public var agoFollows = false
    /// Whether `in` before an amount means after it from now (`in three days`), like `within`.
    public var inBeforeAmountIsWithin = false
    /// Whether a month followed by a day needs no year (`February 15`).
    public var monthDayWithoutYear = false
    /// Whether numeric dates write the month before the day (`2/15`, `10/31/1974`).
    public var numericMonthFirst = false
    /// Whether the tokenizer splits elisions (`l'an` → `l'` `an`), so a phrase's word with an
    /// apostrophe inside is two words; when false (`b'av`, `mi'raj` in English) it is one.
    public var splitsElisions = true
    /// Direction words that, before a weekday, name that day of the next or previous week
    /// (`next Wednesday` said on a Tuesday is the Wednesday of next week, not tomorrow); other
    /// directions (`coming Friday`) name the nearest one.
    public var weekRelationWords: [String] = []
    /// Whether month names are written with a capital, so that a lower-case one alone
    /// (`you may go`) is a common word unless a number, a preposition or a direction goes with it.
    public var capitalizesMonths = false
    /// Whether a month named without year or tense is the next one to come (`beginning of
    /// January` said in February is next January), as in Duckling's English.
    public var untensedMonthLooksAhead = false
    /// Whether the `at` word joins the two ends of a range (`du 13 au 18`); English `on` and
    /// `at` do not (`19h30 on Friday`).
    public var atJoinsRanges = true
    /// Whether clock hours 1–12 without `am`/`pm` may be the morning's or the afternoon's
    /// (`at 3`, `3:30`), and minutes are told before the hour (`a quarter past noon`).
    public var twelveHourClock = false
    /// Whether time zone abbreviations count in lower case too (`gmt`), not only in capitals.
    public var zonesInLowerCase = false
    /// Letters that mean `am` only when written against a clock time (`7a`, `3:18a`), because
    /// alone they are other words (`a` the article).
    public var attachedAnteMeridiem: [String] = []
    /// Whether a weekday abbreviation may go without its period when the context makes it a
    /// date (`thu` alone, `this sat`, `Fri, Jul 18`); in French `ce jeu` is a game.
    public var weekdayAbbreviationsWithoutPeriod = false
    /// Words that end like a plural noun (`-s`, `-x`) but are none (`puis`, `plus`, `always`):
    /// a year before them is still a year, where a number before a plural noun after `de`, `for`
    /// or an approximation counts things (`de 2000 victimes`, `for 2000 workers`).
    public var uncountedWords: [String] = []

    public init(locale: String, words: [(String, TemporalWord)], phrases: [(String, TemporalWord)],
                holidays: [Holiday], tense: TenseCues, unaccentedTenseWords: [String],
                accentedWords: [(String, TemporalWord)], monthAbbreviations: [(String, Int)]) {
        self.locale = locale
        self.words = words
        self.phrases = phrases
        self.holidays = holidays
        self.tense = tense
        self.unaccentedTenseWords = unaccentedTenseWords
        self.accentedWords = accentedWords
        self.monthAbbreviations = monthAbbreviations
    }
}
