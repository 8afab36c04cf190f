extension CalendarMath {
    /// Days since 1970-01-01 of a proleptic Gregorian date (month 1–12, day 1–31); may be negative.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number (see ``dayNumber(year:month:day:)``).
    public static func date(ofDayNumber n: Int) -> (year: Int, month: Int, day: Int) {
        let z = n + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday of a day number: 1 = Monday … 7 = Sunday.
    public static func weekday(ofDayNumber n: Int) -> Int {
        let w = (n + 3) % 7  // 1970-01-01 was a Thursday (3 from Monday)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week (1–53) of a day number.
    public static func isoWeek(ofDayNumber n: Int) -> (year: Int, week: Int) {
        let thursday = n - weekday(ofDayNumber: n) + 4
        let y = date(ofDayNumber: thursday).year
        return (y, (thursday - dayNumber(year: y, month: 1, day: 1)) / 7 + 1)
    }

    /// Day number of the Monday of ISO week `week` of ISO year `year`.
    public static func mondayOfISOWeek(year: Int, week: Int) -> Int {
        let jan4 = dayNumber(year: year, month: 1, day: 4)
        return jan4 - weekday(ofDayNumber: jan4) + 1 + (week - 1) * 7
    }

    /// Western (Gregorian) Easter Sunday of `year` (anonymous Gregorian algorithm).
    public static func easter(year: Int) -> (month: Int, day: Int) {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return (month, day)
    }

    /// Whether `day` exists in `month` of `year` (any year when `year` is nil: 29 February is allowed).
    public static func isValid(year: Int?, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= daysInMonth(year: year ?? 2000, month: month)
    }
}
