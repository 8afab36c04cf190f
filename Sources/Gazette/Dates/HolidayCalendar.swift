import ICUText

/// A calendar other than the Gregorian one in which holidays are defined, computed by ICU.
public enum HolidayCalendar: String, Sendable {
    /// The Hebrew calendar; months in ICU's order: Tishri 1, Heshvan 2, Kislev 3, Tevet 4,
    /// Shevat 5, Adar I 6 (leap years only), Adar (Adar II) 7, Nisan 8, Iyar 9, Sivan 10,
    /// Tammuz 11, Av 12, Elul 13.
    case hebrew
    /// The Islamic calendar of Umm al-Qura (Saudi Arabia), which ICU tabulates for 1300–1600 AH
    /// and extends arithmetically; months Muharram 1 … Dhu al-Hijjah 12.
    case islamic = "islamic-umalqura"
    /// The Chinese lunisolar calendar; month 1 day 1 is the lunar new year.
    case chinese
    /// The Korean lunisolar calendar (ICU's `dangi`), computed for Korea's time zone.
    case korean = "dangi"
}

extension TemporalLanguage.Holiday {
    /// The day (since 1970-01-01) on which the holiday starts in the Gregorian `year`, nil when
    /// ICU cannot compute it.
    public func firstDay(in year: Int) -> Int? { Self.day(of: rule, in: year) }

    /// The day a rule gives in `year`.
    static func day(of rule: Rule, in year: Int) -> Int? {
        switch rule {
        case .fixed, .easter, .nthWeekday:
            let d = TemporalLanguage.Holiday(rule).date(in: year)
            return CalendarMath.dayNumber(year: year, month: d.month, day: d.day)
        case let .orthodoxEaster(offset):
            return orthodoxEaster(year: year) + offset
        case let .lunar(calendar, month, day, offset):
            return lunarDay(calendar, month: month, day: day, in: year).map { $0 + offset }
        case let .cycle(epoch, period):
            let start = CalendarMath.dayNumber(year: year, month: 1, day: 1)
            let k = start - epoch
            let first = epoch + (k >= 0 ? (k + period - 1) / period : -((-k) / period)) * period
            return first < CalendarMath.dayNumber(year: year + 1, month: 1, day: 1) ? first : nil
        case let .shifted(inner, byWeekday, offset):
            guard let d = Self.day(of: inner, in: year) else { return nil }
            let w = CalendarMath.weekday(ofDayNumber: d)
            return d + (w <= byWeekday.count ? byWeekday[w - 1] : 0) + offset
        case let .weekdayBefore(inner, weekday):
            guard let d = Self.day(of: inner, in: year) else { return nil }
            let w = CalendarMath.weekday(ofDayNumber: d)
            return d - ((w - weekday + 6) % 7 + 1)
        case let .hindu(rule):
            return HinduCalendar.dayNumber(rule, year: year)
        case let .avoiding(inner, other, move):
            guard let d = Self.day(of: inner, in: year) else { return nil }
            return d == Self.day(of: other, in: year) ? d + move : d
        }
    }

    /// Orthodox Easter Sunday of `year` as a Gregorian day: the Julian computus (Meeus), then
    /// the Julian date converted.
    static func orthodoxEaster(year: Int) -> Int {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1
        // A Julian date is this many days behind the Gregorian date of the same name (13 in 1900–2099).
        let gap = year / 100 - year / 400 - 2
        return CalendarMath.dayNumber(year: year, month: month, day: day) + gap
    }

    /// The first day of `year` that is `day` of `month` (1-based) in `calendar`.
    static func lunarDay(_ calendar: HolidayCalendar, month: Int, day: Int, in year: Int) -> Int? {
        let start = CalendarMath.dayNumber(year: year, month: 1, day: 1)
        let end = CalendarMath.dayNumber(year: year + 1, month: 1, day: 1)
        guard let first = try? CalendarConversion.dates(of: [start], calendar: calendar.rawValue).first else { return nil }
        let candidates = (-1...2).map {
            CalendarConversion.Date(extendedYear: first.extendedYear + $0, month: month - 1, day: day)
        }
        guard let days = try? CalendarConversion.days(of: candidates, calendar: calendar.rawValue) else { return nil }
        return days.first { $0 >= start && $0 < end }
    }
}

extension TemporalLanguage.Holiday {
    /// The first and last days (since 1970-01-01) of the holiday that starts in `year`.
    public func span(in year: Int) -> (first: Int, last: Int)? {
        guard let first = firstDay(in: year) else { return nil }
        if let lastDay {
            for y in year...(year + 1) {
                if let last = Self.day(of: lastDay, in: y), last >= first { return (first, last) }
            }
            return nil
        }
        return (first, first + max(days, 1) - 1)
    }
}

extension TemporalLanguage {
    /// Appends holidays and their names (phrases with a `.holiday` reading).
    public mutating func addHolidays(_ table: [(names: [String], holiday: Holiday)]) {
        for (names, holiday) in table {
            let index = holidays.count
            holidays.append(holiday)
            for name in names { phrases.append((name, .holiday(index))) }
        }
    }
}
