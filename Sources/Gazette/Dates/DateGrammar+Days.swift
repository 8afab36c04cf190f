/// Calendar dates: day and month, weekdays, relative days, holidays (numeric dates are in
/// `DateGrammar+Numeric.swift`).
extension DateGrammar {
    /// A date read by one of the day patterns.
    struct DatePart {
        var first: Int
        var end: Int
        var point: TimePoint
        var anchor: Timex.Anchor
        var mod: String? = nil
        /// A weekday with no day number: for ranges and tense.
        var weekday: Int? = nil
        /// The value when nothing anchors the expression (`XXXX-XX-XX`, `XXXX-WXX-5`).
        var underspecified: String? = nil
    }

    /// The longest date (day, month, season, period…) at `i` (read through ``date(at:)``,
    /// which remembers it).
    func readDate(at i: Int) -> DatePart? {
        guard i < count else { return nil }
        var best: DatePart?
        func consider(_ d: DatePart?) {
            guard let d else { return }
            if best == nil || d.end > best!.end { best = d }
        }
        // Patterns whose first cells cannot start them are not called: a call that finds
        // nothing still costs a hundred instructions, and most cells start no date.
        let afterArticle = isRole(i, .article) ? i + 1 : i
        if isNumber(isRole(i, .of) ? i + 1 : afterArticle) || isRole(afterArticle, .years) || isRole(i + 1, .years) {
            consider(decade(at: i))
        }
        if features.contains(.relativeDay) { consider(relativeDay(at: i)) }
        if features.contains(.weekday) {
            consider(weekdayDate(at: i))
            if lexicon.language.relationsPrecede { consider(closestWeekday(at: i)) }
        }
        if isRole(i, .soonest) { consider(soonest(at: i)) }
        if features.contains(.month) { consider(dayMonth(at: i)) }
        if isNumber(afterArticle) { consider(numericDate(at: i)) }
        if entry(i)?.unit == .quarter { consider(quarterCode(at: i)) }
        // A month or a year: its month name is at most 4 cells on (`au mois de mars`), its year 2
        // (`en l'an 2000`).
        if !features.isDisjoint(with: [.month, .year]), window(i, through: i + 4, has: [.month, .year]) { consider(monthOrYear(at: i)) }
        if features.contains(.holiday) { consider(holiday(at: i)) }
        // A season's name is at most 2 cells on (`à l'automne`), a period's unit too (`la semaine
        // prochaine`, `cette année`).
        if features.contains(.season), window(i, through: i + 2, has: .season) { consider(season(at: i)) }
        if lexicon.language.relationsPrecede { consider(namedSeason(at: i)) }
        if features.contains(.unit), window(i, through: i + 2, has: .unit) { consider(period(at: i)) }
        if !features.isDisjoint(with: [.unit, .weekday]) { consider(ordinalPeriod(at: i)) }
        if features.contains(.modifier) { consider(modified(at: i)) }
        if isRole(i, .article) || isRole(i, .at) { consider(dayAlone(at: i)) }
        return best
    }

    /// Whether cell `k` is a number written in digits.
    @inline(__always)
    private func isNumber(_ k: Int) -> Bool { k < count && cells[k].kind == .number }

    /// `le 16`, `le 2 à 5h`: a day of the anchor month (the next month when the day is past and
    /// the tense is not). Only when what follows cannot make the number something else.
    func dayAlone(at i: Int) -> DatePart? {
        // `the 16`, `the 1st`, `on 24th`, `on the first` (an ordinal word only at the end).
        var j = i + 1
        if isRole(i, .at), isRole(j, .article) { j += 1 }
        guard isRole(i, .article) || isRole(i, .at), j < count, !breaksLine(j) else { return nil }
        var day: Int?
        if let v = digits(j), cells[j].digits <= 2, isRole(j - 1, .article) { day = v }
        else if cells[j].kind == .ordinal, lexicon.language.monthDayWithoutYear, (1...31).contains(cells[j].value) { day = cells[j].value }
        else if cells[j].kind == .word, isRole(j - 1, .article), isRole(i, .at), j + 1 >= count || endsClause(j + 1),
                let n = entry(j)?.ordinal, (1...31).contains(n) { day = n }
        guard let d = day, (1...31).contains(d) else { return nil }
        let end = j + 1
        if end < count, !breaksLine(end) {
            let next = cells[end]
            let ok = next.kind == .punctuation && next.mark != 0x25 && next.mark != 0x2F && (next.mark != 0x2E || end + 1 == count)
                || isRole(end, .at) || isRole(end, .around) || isRole(end, .toward) || isRole(end, .from) || isRole(end, .until) || isRole(end, .and)
            guard ok else { return nil }
        }
        guard let (base, anchor) = context.anchorDay() ?? context.recentPrevious?.dayNumber.map({ ($0, Timex.Anchor.previous) }) else {
            return nil
        }
        let b = CalendarMath.date(ofDayNumber: base)
        var y = b.year, m = b.month
        let dir = direction(i, end)
        if dir >= 0, anchor == .reference, d < b.day { m += 1 }
        if dir < 0, d > b.day { m -= 1 }
        if m == 13 { m = 1; y += 1 }
        if m == 0 { m = 12; y -= 1 }
        guard CalendarMath.isValid(year: y, month: m, day: d) else { return nil }
        return DatePart(first: i, end: end, point: TimePoint(year: y, month: m, day: d), anchor: anchor)
    }

    // MARK: - Pieces

    /// A day of the month at `i`: `17`, `1er`, `premier`, `quinze`, `15e`. Returns day and end.
    func dayNumber(at i: Int) -> (day: Int, end: Int)? {
        guard i < count, !breaksLine(i) else { return nil }
        let c = cells[i]
        if c.kind == .number, let v = digits(i), c.digits <= 2, (1...31).contains(v) { return (v, i + 1) }
        if c.kind == .ordinal, (1...31).contains(c.value) { return (c.value, i + 1) }
        if let e = entry(i), e.ordinal == 1, e.unit == nil { return (1, i + 1) }
        if c.wordNumber >= 1, c.wordNumber <= 31, let n = number(at: i), n.value <= 31 { return (n.value, n.end) }
        return nil
    }

    /// An ordinal word as a day of the month (`third`, `fifteenth`), for month-first dates and
    /// before `of` and a month (`the second of March`); `first` is read by ``dayNumber(at:)``.
    func ordinalWordDay(at i: Int) -> (day: Int, end: Int)? {
        guard i < count, !breaksLine(i), cells[i].kind == .word, let n = entry(i)?.ordinal, n >= 2, n <= 31 else { return nil }
        return (n, i + 1)
    }

    /// A month name at `i` (abbreviations only when `abbreviationOK`), and the end.
    func month(at i: Int, abbreviationOK: Bool) -> (month: Int, end: Int)? {
        guard let e = entry(i), !breaksLine(i) else { return nil }
        if e.month > 0 { return (e.month, i + 1) }
        if e.monthAbbreviation > 0, abbreviationOK || cells[i].flags.contains(.period) {
            let dot = !cells[i].flags.contains(.period) && isMark(i + 1, ".") && cells[i + 1].flags.contains(.attached)
            return (e.monthAbbreviation, i + (dot ? 2 : 1))
        }
        return nil
    }

    /// A year at `i`: four digits (1000–2999), or two digits when `short` (`74` → 1974).
    func year(at i: Int, short: Bool) -> (year: Int, end: Int)? {
        guard i < count, !breaksLine(i), let v = digits(i) else { return nil }
        if cells[i].digits == 4, (1000...2999).contains(v) { return (v, i + 1) }
        if short, cells[i].digits == 2 {
            let ref = (context.reference?.year ?? 2000) % 100
            return (v <= ref + 10 ? 2000 + v : 1900 + v, i + 1)
        }
        return nil
    }

    /// Resolves a day and month without a year, noting the triple for year inference.
    func resolveDay(month: Int, day: Int, weekday: Int?, year: Int?, first: Int, end: Int) -> DatePart? {
        guard CalendarMath.isValid(year: year, month: month, day: day) else { return nil }
        if let year {
            return DatePart(first: first, end: end, point: TimePoint(year: year, month: month, day: day), anchor: .explicit)
        }
        let (y, anchor) = context.year(month: month, day: day, weekday: weekday, direction: direction(first, end))
        if let y, !CalendarMath.isValid(year: y, month: month, day: day) {
            return DatePart(first: first, end: end, point: TimePoint(year: nil, month: month, day: day), anchor: .none)
        }
        return DatePart(first: first, end: end, point: TimePoint(year: y, month: month, day: day), anchor: y == nil ? .none : anchor)
    }

    /// `17 novembre`, `le 1er mai 2023`, `31 octobre 74`, `Jeudi soir 16 novembre` (with a weekday
    /// read by the caller), `November 17, 2023`.
    func dayMonth(at i: Int, weekday: Int? = nil, first: Int? = nil) -> DatePart? {
        guard features.contains(.month) else { return nil }
        var k = i
        if weekday == nil, isRole(k, .article) { k += 1 }
        // `17. November` (German), `7-Octobre` (an event named by its date).
        if let (d, e0) = dayNumber(at: k) ?? ordinalWordDay(at: k),
           case let joined = (isMark(e0, ".") || isMark(e0, "-") || isMark(e0, "/")) && cells[e0].flags.contains(.attached),
           case let e = e0 + (joined && month(at: e0 + 1, abbreviationOK: cells[e0].mark != 0x2E) != nil ? 1 : 0),
           let (m, e2) = (cells[k].kind == .word && cells[k].wordNumber < 0 && entry(k)?.ordinal ?? 0 > 1 ? nil : month(at: e, abbreviationOK: true)) ?? monthAfterConnector(at: e) {
            var end = e2
            var y: Int?
            if let (yy, e3) = year(at: end, short: true) { y = yy; end = e3 }
            // `31/Oct/1974`, `31-Oct-74`: the year joined the same way as the month.
            if y == nil, e > e0, isMark(end, Unicode.Scalar(cells[e0].mark)), cells[end].flags.contains(.attached),
               let (yy, e3) = year(at: end + 1, short: true) { y = yy; end = e3 }
            // `17 de noviembre de 2023`, in languages that join the parts with `of`.
            if y == nil, lexicon.language.joinsDateWithOf, isRole(end, .of), let (yy, e3) = year(at: end + 1, short: false) { y = yy; end = e3 }
            if y == nil, isMark(end, ","), let (yy, e3) = year(at: end + 1, short: false) { y = yy; end = e3 }
            // `le 5 octobre prochain`, `le 13 avril dernier`.
            if y == nil, let r = entry(end)?.relation, r != 0, let ref = context.deicticDay, CalendarMath.isValid(year: nil, month: m, day: d) {
                let this = CalendarMath.date(ofDayNumber: ref).year
                var year = this
                let n = CalendarMath.isValid(year: this, month: m, day: d) ? CalendarMath.dayNumber(year: this, month: m, day: d) : ref
                if r > 0 && n <= ref { year += 1 }
                if r < 0 && n >= ref { year -= 1 }
                guard CalendarMath.isValid(year: year, month: m, day: d) else { return nil }
                return DatePart(first: first ?? i, end: end + 1, point: TimePoint(year: year, month: m, day: d), anchor: .reference)
            }
            return resolveDay(month: m, day: d, weekday: weekday, year: y, first: first ?? i, end: end)
        }
        // `20 of next month`, `the 20th of the previous month`.
        if weekday == nil, let (d, e0) = dayNumber(at: k), let p = monthPeriodAfterConnector(at: e0), let y = p.point.year, let m = p.point.month {
            guard CalendarMath.isValid(year: y, month: m, day: d) else { return nil }
            return DatePart(first: i, end: p.end, point: TimePoint(year: y, month: m, day: d), anchor: p.anchor)
        }
        // Month first (`November 17, 2023`): only with its year.
        let monthFirst = lexicon.language.monthDayWithoutYear
        if let (m, e) = month(at: i, abbreviationOK: monthFirst && i + 1 < count && (cells[i + 1].kind == .number || cells[i + 1].kind == .ordinal)), let (d, e2) = dayNumber(at: e) ?? ordinalWordDay(at: e),
           cells[e].kind == .number || (monthFirst && (cells[e].kind == .ordinal || entry(e)?.ordinal ?? 0 > 0)) {
            var end = e2
            if isMark(end, ",") { end += 1 }
            if let (y, e3) = year(at: end, short: false) {
                return resolveDay(month: m, day: d, weekday: weekday, year: y, first: first ?? i, end: e3)
            }
            // `February 15`, in languages that write the month first; `Jul 18, Fri`.
            if monthFirst {
                var wd = weekday
                var end = e2
                if wd == nil, isMark(end, ","), let t = trailingWeekday(at: end + 1) { wd = t.weekday; end = t.end }
                return resolveDay(month: m, day: d, weekday: wd, year: nil, first: first ?? i, end: end)
            }
        }
        // `February the 15th`.
        if monthFirst, let (m, e) = month(at: i, abbreviationOK: false), isRole(e, .article),
           cells.indices.contains(e + 1), cells[e + 1].kind == .ordinal || cells[e + 1].kind == .number, let (d, e2) = dayNumber(at: e + 1) {
            return resolveDay(month: m, day: d, weekday: weekday, year: nil, first: first ?? i, end: e2)
        }
        return nil
    }

    /// A weekday that ends a date (`Jul 18, Fri`): a name or an abbreviation ending the clause.
    func trailingWeekday(at i: Int) -> (weekday: Int, end: Int)? {
        guard let e = entry(i), !breaksLine(i) else { return nil }
        let wd = e.weekday > 0 && !e.weekdayPlural ? e.weekday : e.weekdayAbbreviation
        guard wd > 0 else { return nil }
        var end = i + 1
        // An abbreviation's period, unless it also ends the sentence.
        if isMark(end, "."), cells[end].flags.contains(.attached), end + 1 < count { end += 1 }
        guard end >= count || endsClause(end) else { return nil }
        return (wd, end)
    }

    /// The month after an `of` word (`de noviembre`), in languages that join a day and its month so.
    func monthAfterConnector(at i: Int) -> (month: Int, end: Int)? {
        guard lexicon.language.joinsDateWithOf, isRole(i, .of) else { return nil }
        return month(at: i + 1, abbreviationOK: false)
    }

    /// `of next month`, `of the previous month`, `of this month` after a day, in languages that
    /// join a day and its month with `of`.
    func monthPeriodAfterConnector(at i: Int) -> DatePart? {
        guard lexicon.language.joinsDateWithOf, isRole(i, .of) else { return nil }
        var k = i + 1
        if isRole(k, .article), entry(k + 1)?.this == true { k += 1 }
        guard var p = period(at: k), p.point.month != nil, p.point.year != nil, p.point.day == nil, p.point.week == nil else { return nil }
        p.first = i
        return p
    }

    /// `hier`, `aujourd'hui`, `demain`, `la veille`, `le lendemain (du 13 février)`, `ce jour`.
    func relativeDay(at i: Int) -> DatePart? {
        var k = i
        if isRole(k, .article) || isRole(k, .of) { k += 1 }
        guard let e = entry(k) else { return nil }
        if let off = e.dayOffset {
            guard k == i || e.discourseOffset == nil else { return nil }
            let end = k + 1
            guard let ref = context.deicticDay else {
                return DatePart(first: k, end: end, point: TimePoint(), anchor: .none)
            }
            return DatePart(first: k == i ? i : k, end: end, point: .day(ref + off), anchor: .reference)
        }
        if let off = e.discourseOffset {
            var end = k + 1
            // `le lendemain du 13 février`: anchored on the date given.
            if isRole(end, .of), let d = dayMonth(at: end + 1) ?? numericDate(at: end + 1), let base = d.point.dayNumber {
                return DatePart(first: i, end: d.end, point: .day(base + off), anchor: d.anchor)
            }
            if let p = context.recentPrevious, let base = p.dayNumber {
                return DatePart(first: i, end: end, point: .day(base + off), anchor: .previous)
            }
            if let h = context.heading { end = k + 1; return DatePart(first: i, end: end, point: .day(h + off), anchor: .heading) }
            if let ref = context.deicticDay { return DatePart(first: i, end: end, point: .day(ref + off), anchor: .reference) }
            return DatePart(first: i, end: end, point: TimePoint(), anchor: .none)
        }
        return nil
    }
}
