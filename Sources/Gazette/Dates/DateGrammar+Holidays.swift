/// Holidays: `Noël`, `la Toussaint`, `le jour de l'an`, `Pâques 2024`, `last Thanksgiving`,
/// `this Hanukkah`, `Easter of next year`, `Passover in two years`, `Ramadan 2030` (an
/// interval), `Earth Hour` (a time interval).
extension DateGrammar {
    /// A holiday name read with what fixes its year: cells `[first, end)`, the holiday and the
    /// day it starts (nil when nothing anchors it).
    struct HolidayMatch {
        var first: Int
        var end: Int
        var holiday: TemporalLanguage.Holiday
        var day: Int?
        var anchor: Timex.Anchor
    }

    /// A one-day holiday, as a date other patterns can build on (`Christmas morning`).
    func holiday(at i: Int) -> DatePart? {
        guard features.contains(.holiday) else { return nil }
        // `three days after Easter`, `a week before Christmas`.
        if let amount = number(at: i), let unit = entry(amount.end)?.unit, unit == .day || unit == .week,
           isRole(amount.end + 1, .after) || isRole(amount.end + 1, .before), let m = holidayMatch(at: amount.end + 2),
           m.holiday.days == 1, m.holiday.lastDay == nil, m.holiday.minutes == nil, let day = m.day {
            let sign = isRole(amount.end + 1, .after) ? 1 : -1
            guard amount.value < 100_000, let target = Self.plausible(day + sign * amount.value * (unit == .week ? 7 : 1)) else { return nil }
            return DatePart(first: i, end: m.end, point: .day(target), anchor: m.anchor)
        }
        // `the third Tuesday after Christmas 2014`, `the last Sunday before Easter`.
        var k = i
        if isRole(k, .article) { k += 1 }
        let n = k >= count ? 0 : cells[k].kind == .ordinal ? cells[k].value : (entry(k)?.ordinal ?? 0)
        if n != 0, let (wd, e) = weekday(at: k + 1), isRole(e, .after) || isRole(e, .before), let m = holidayMatch(at: e + 1),
           m.holiday.days == 1, m.holiday.lastDay == nil, m.holiday.minutes == nil, let day = m.day {
            let after = isRole(e, .after)
            let count = n < 0 ? 1 : n
            guard count < 10_000 else { return nil }
            let first = Self.weekdayDay(wd, from: day, direction: after ? 1 : -1)
            let target = after ? first + 7 * (count - 1) : (first == day ? first - 7 : first) - 7 * (count - 1)
            guard let target = Self.plausible(target) else { return nil }
            return DatePart(first: i, end: m.end, point: .day(target), anchor: m.anchor)
        }
        // `the first day of Hanukkah`, `the last day of Ramadan`.
        if n != 0, entry(k + 1)?.unit == .day, isRole(k + 2, .of), let m = holidayMatch(at: k + 3),
           m.holiday.days > 1 || m.holiday.lastDay != nil, let day = m.day,
           let span = m.holiday.span(in: CalendarMath.date(ofDayNumber: day).year) {
            // A Jewish holiday's span opens on its eve: its first day is the next.
            var eve = 0
            if case .lunar(.hebrew, _, _, -1) = m.holiday.rule { eve = 1 }
            let target = n < 0 ? span.last : span.first + eve + n - 1
            guard target <= span.last else { return nil }
            return DatePart(first: i, end: m.end, point: .day(target), anchor: m.anchor)
        }
        guard let m = holidayMatch(at: i), m.holiday.days == 1, m.holiday.lastDay == nil, m.holiday.minutes == nil else { return nil }
        guard let day = m.day else {
            let d = m.holiday.date(in: context.reference?.year ?? 2000)
            return DatePart(first: i, end: m.end, point: TimePoint(year: nil, month: d.month, day: d.day), anchor: .none)
        }
        return DatePart(first: i, end: m.end, point: .day(day), anchor: m.anchor)
    }

    /// A holiday of several days (`Hanukkah 2031`: `2031-12-09/2031-12-16`) or of an hour
    /// (`Earth Hour`: `2027-03-27T20:30/2027-03-27T21:30`).
    func holidayPeriod(at i: Int) -> Found? {
        guard features.contains(.holiday) else { return nil }
        guard let m = holidayMatch(at: i), m.holiday.days > 1 || m.holiday.lastDay != nil || m.holiday.minutes != nil,
              let day = m.day else { return nil }
        let year = CalendarMath.date(ofDayNumber: day).year
        guard let span = m.holiday.span(in: year) else { return nil }
        if let minutes = m.holiday.minutes {
            let d = TimePoint.day(span.first).value
            func clock(_ t: Int) -> String { (t / 60 < 10 ? "0" : "") + "\(t / 60):" + (t % 60 < 10 ? "0" : "") + "\(t % 60)" }
            return Found(first: i, end: m.end, kind: .time, value: d + "T" + clock(minutes.start) + "/" + d + "T" + clock(minutes.end), anchor: m.anchor)
        }
        return Found(first: i, end: m.end, kind: .date, value: TimePoint.day(span.first).value + "/" + TimePoint.day(span.last).value, anchor: m.anchor)
    }

    /// Reads a holiday name at `i` with its modifiers: a direction before it (`last`, `next`,
    /// `this`), a year after it (`2024`, `in 2024`, `two thousand ten`, `of next year`), or a
    /// shift (`in 3 years`, `3 months ago`, `six years hence`, `9 months from now`: the first
    /// occurrence on or after the shifted day).
    func holidayMatch(at i: Int) -> HolidayMatch? {
        guard features.contains(.holiday) else { return nil }
        var k = i
        var relation = 0
        var stated: Int?
        // `last year's Christmas`, `this year's Diwali`.
        if let (y, e) = relativeYear(at: k), isPossessive(e) { stated = y; k = e + 1 }
        else if entry(k)?.this == true { relation = 2; k += 1 }
        else if let r = entry(k)?.relation, r != 0, entry(k)?.holiday ?? -1 < 0 { relation = r; k += 1 }
        if isRole(k, .article) { k += 1 }
        if let e = entry(k), e.unit == .day, isRole(k + 1, .of) { k += 2; if isRole(k, .article) { k += 1 } }
        guard let e = entry(k), e.holiday >= 0, !breaksLine(k) else { return nil }
        // `la cathédrale de l'Assomption`: after `de`, only an occasion, a day or a year makes it a date.
        if k > 0, year(at: k + 1, short: false) == nil {
            var p = k - 1
            if isRole(p, .article) { p -= 1 }
            if p >= 0, isRole(p, .of), p > 0 {
                let noun = p - 1
                guard isRole(noun, .occasion) || entry(noun)?.unit != nil || entry(noun)?.partOfDay != nil
                        || entry(noun)?.discourseOffset != nil || entry(noun)?.weekday ?? 0 > 0 else { return nil }
            }
        }
        let h = lexicon.language.holidays[e.holiday]
        var end = k + 1
        var shifted: Int?
        if stated != nil {}
        else if let (y, e2) = year(at: end, short: false) ?? spelledYear(at: end) { stated = y; end = e2 }
        else if isRole(end, .in) || isRole(end, .of), let (y, e2) = year(at: end + 1, short: false) { stated = y; end = e2 }
        else if isRole(end, .of), let (y, e2) = relativeYear(at: end + 1) { stated = y; end = e2 }
        else if let (d, e2) = shiftedDay(at: end) { shifted = d; end = e2 }
        // A word that is also a holiday name (`lent`, `epiphany`) needs a cue: a capital, a year, a determiner.
        if h.needsCue, stated == nil, relation == 0, shifted == nil, k == i, !cells[k].flags.contains(.capitalized) { return nil }
        // `Christmas last year`.
        if stated == nil, relation == 0, shifted == nil, let (y, e2) = relativeYear(at: end) { stated = y; end = e2 }
        // `Noël dernier`, `Pâques prochain`: a direction after the name.
        if stated == nil, relation == 0, shifted == nil, !breaksLine(end), let r = entry(end)?.relation, r != 0,
           entry(end + 1)?.unit == nil { relation = r; end += 1 }
        if let stated {
            // A year the holiday's rule cannot compute (outside a table) leaves the year alone.
            guard let day = Self.plausible(h.firstDay(in: stated)) else { return nil }
            return HolidayMatch(first: i, end: end, holiday: h, day: day, anchor: .explicit)
        }
        if let shifted {
            guard let shifted = Self.plausible(shifted) else { return nil }
            return HolidayMatch(first: i, end: end, holiday: h, day: Self.plausible(occurrence(of: h, onOrAfter: shifted)), anchor: .reference)
        }
        if relation != 0, let ref = context.deicticDay {
            let day = relation < 0 ? occurrence(of: h, before: ref) : occurrence(of: h, onOrAfter: relation == 2 ? ref : ref + 1)
            return HolidayMatch(first: i, end: end, holiday: h, day: day, anchor: .reference)
        }
        let guess = h.date(in: context.reference?.year ?? context.previous?.year ?? 2000)
        let (y, anchor) = context.year(month: guess.month, day: guess.day, weekday: nil, direction: direction(i, end))
        return HolidayMatch(first: i, end: end, holiday: h, day: y.flatMap { h.firstDay(in: $0) }, anchor: y == nil ? .none : anchor)
    }

    /// `day` when its year is between 1 and 9999 (a TIMEX3 year), else nil.
    static func plausible(_ day: Int?) -> Int? {
        guard let day, day > -719_162, day < 2_932_897 else { return nil }  // 0001-01-01 … 9999-12-31
        return day
    }

    /// The first day of the first occurrence of `h` on or after `day`.
    func occurrence(of h: TemporalLanguage.Holiday, onOrAfter day: Int) -> Int? {
        let y = CalendarMath.date(ofDayNumber: day).year
        for year in (y - 1)...(y + 1) {
            if let d = h.firstDay(in: year), d >= day { return d }
        }
        return nil
    }

    /// The first day of the last occurrence of `h` before `day`.
    func occurrence(of h: TemporalLanguage.Holiday, before day: Int) -> Int? {
        let y = CalendarMath.date(ofDayNumber: day).year
        for year in stride(from: y + 1, through: y - 1, by: -1) {
            if let d = h.firstDay(in: year), d < day { return d }
        }
        return nil
    }

    /// A year in words: `two thousand ten`, `two thousand and eighteen`, `nineteen ninety nine`.
    func spelledYear(at i: Int) -> (year: Int, end: Int)? {
        guard i < count, !breaksLine(i), cells[i].kind == .word, cells[i].wordNumber > 0 else { return nil }
        if cells[i].wordNumber == 2, i + 1 < count, cells[i + 1].wordNumber == 1000 {
            let end = i + 2
            if isRole(end, .and), let (v, e) = wordsBelowHundred(at: end + 1) { return (2000 + v, e) }
            if let (v, e) = wordsBelowHundred(at: end) { return (2000 + v, e) }
            return (2000, end)
        }
        if (10...29).contains(cells[i].wordNumber), let (v, e) = wordsBelowHundred(at: i + 1), v >= 10 {
            return (cells[i].wordNumber * 100 + v, e)
        }
        return nil
    }

    /// A number from 1 to 99 in words at `i` (`eighteen`, `ninety nine`).
    private func wordsBelowHundred(at i: Int) -> (value: Int, end: Int)? {
        guard i < count, !breaksLine(i), cells[i].kind == .word, (1...99).contains(cells[i].wordNumber) else { return nil }
        let a = cells[i].wordNumber
        if a >= 20, a % 10 == 0, i + 1 < count, cells[i + 1].kind == .word, (1...9).contains(cells[i + 1].wordNumber) {
            return (a + cells[i + 1].wordNumber, i + 2)
        }
        return (a, i + 1)
    }

    /// Whether cell `k` is the possessive `'s` (`last year's`).
    func isPossessive(_ k: Int) -> Bool {
        guard k < count, cells[k].lex != 0, cells[k].flags.contains(.attached) else { return false }
        return cells[k].lex == lexicon.lookup(WordFolding.fold("'s").hash)
    }

    /// `next year`, `last year`, `this year`: the year.
    func relativeYear(at i: Int) -> (year: Int, end: Int)? {
        guard let ref = context.deicticDay, i + 1 < count, entry(i + 1)?.unit == .year else { return nil }
        let y = CalendarMath.date(ofDayNumber: ref).year
        if entry(i)?.this == true { return (y, i + 2) }
        if let r = entry(i)?.relation, r != 0 { return (y + r, i + 2) }
        return nil
    }

    /// A shift of the reference day after a holiday name: `in 3 years`, `3 months ago`,
    /// `six years hence`, `9 months from now`. Returns the shifted day.
    func shiftedDay(at i: Int) -> (day: Int, end: Int)? {
        guard let ref = context.deicticDay, !breaksLine(i) else { return nil }
        var k = i
        let within = isRole(k, .in) || isRole(k, .within)
        if within { k += 1 }
        guard let amount = number(at: k), amount.value <= 10_000, let unit = entry(amount.end)?.unit else { return nil }
        let n = amount.value, e = amount.end
        var end = e + 1
        var sign = 0
        if within { sign = 1 }
        else if isRole(end, .ago) { sign = -1; end += 1 }
        else if isRole(end, .later) { sign = 1; end += 1 }
        else if isRole(end, .from), entry(end + 1)?.reference != nil || entry(end + 1)?.dayOffset == 0 { sign = 1; end += 2 }
        guard sign != 0 else { return nil }
        let d = CalendarMath.date(ofDayNumber: ref)
        func months(_ m: Int) -> Int {
            let total = d.year * 12 + (d.month - 1) + sign * m
            let y = total / 12, mo = total % 12 + 1
            return CalendarMath.dayNumber(year: y, month: mo, day: min(d.day, CalendarMath.daysInMonth(year: y, month: mo)))
        }
        switch unit {
        case .day: return (ref + sign * n, end)
        case .week: return (ref + sign * 7 * n, end)
        case .month: return (months(n), end)
        case .year: return (months(12 * n), end)
        default: return nil
        }
    }
}
