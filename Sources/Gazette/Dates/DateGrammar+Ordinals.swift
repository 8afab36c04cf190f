/// Ordinal periods (`le 3e jour d'octobre`, `la première semaine d'octobre 2014`, `le premier
/// trimestre 2023`, `le XIXe siècle`) and positions in a period (`début avril`, `mi-décembre`,
/// `en fin de journée`).
extension DateGrammar {
    /// An ordinal at `i` (`1er`, `3eme`, `premier`, `dernière` = -1).
    func ordinal(at i: Int) -> Int? {
        guard i < count else { return nil }
        if cells[i].kind == .ordinal, cells[i].value > 0 { return cells[i].value }
        if let e = entry(i), e.ordinal != 0 { return e.ordinal }
        return nil
    }

    /// A month or a relative month after `de`/`du`: `d'octobre 2014`, `du mois prochain`.
    private func monthTarget(at i: Int) -> (year: Int, month: Int, end: Int, anchor: Timex.Anchor)? {
        if let m = monthOrYear(at: i), let y = m.point.year, let mo = m.point.month { return (y, mo, m.end, m.anchor) }
        if entry(i)?.unit == .month, let r = entry(i + 1), r.relation != 0 || r.discourseRelation != 0, let ref = context.deicticDay {
            let p = Self.period(.month, containing: ref, shift: r.relation + r.discourseRelation)!
            return (p.year!, p.month!, i + 2, .reference)
        }
        if let p = period(at: i), let y = p.point.year, let m = p.point.month { return (y, m, p.end, p.anchor) }
        // `of the month`: the current one.
        if isRole(i, .article), entry(i + 1)?.unit == .month, lexicon.language.relationsPrecede, let ref = context.deicticDay,
           let p = Self.period(.month, containing: ref, shift: 0) {
            return (p.year!, p.month!, i + 2, .reference)
        }
        return nil
    }

    func ordinalPeriod(at i: Int) -> DatePart? {
        var k = i
        if isRole(k, .article) || isRole(k, .at) || isRole(k, .in) { k += 1 }
        if isRole(k, .article) { k += 1 }
        guard var n = ordinal(at: k), !breaksLine(k) else { return nil }
        // `third last week of 2018`, `the 5th last day of May`: counted from the end.
        var fromEnd = 1
        if n > 1, entry(k + 1)?.ordinal == -1 { fromEnd = n; n = -1; k += 1 }
        let u = k + 1
        let unit = entry(u)?.unit
        let wd = weekday(at: u)?.weekday
        guard unit != nil || wd != nil else { return nil }
        // `third Tuesday after Christmas 2014`: counted from a date.
        if let wd, n > 0, let wEnd = weekday(at: u)?.end, isRole(wEnd, .after), let d = date(at: wEnd + 1), let base = d.point.dayNumber {
            let day = Self.weekdayDay(wd, from: base, direction: 1) + 7 * (n - 1)
            return DatePart(first: i, end: d.end, point: .day(day), anchor: d.anchor)
        }
        if unit == .century {
            // `222222222e siècle` is no century anyone writes about.
            guard n > 0, n <= 100 else { return nil }
            var p = TimePoint()
            p.century = n - 1
            return DatePart(first: i, end: u + 1, point: p, anchor: .explicit)
        }
        if unit == .quarter || unit == .half {
            var end = u + 1
            var year: Int?
            var anchor = Timex.Anchor.explicit
            if let (y, e) = self.year(at: end, short: false) { year = y; end = e }
            else if isRole(end, .of), let (y, e) = self.year(at: end + 1, short: false) { year = y; end = e }
            else if isRole(end, .of), isRole(end + 1, .article), entry(end + 2)?.unit == .year {
                end += 3
                if let (y, e) = self.year(at: end, short: false) { year = y; end = e }
            }
            if year == nil {
                if let p = context.recentPrevious?.year { year = p; anchor = .previous }
                else if let r = context.reference { year = r.year; anchor = .reference }
                else { anchor = .none }
            } else {
            }
            var p = TimePoint(year: year)
            let count = unit == .quarter ? 4 : 2
            let index = n < 0 ? count : n
            guard index <= count else { return nil }
            if unit == .quarter { p.quarter = index } else { p.half = index }
            return DatePart(first: i, end: end, point: p, anchor: anchor)
        }
        // `of 2018`: a week or a day counted in a year.
        if isRole(u + 1, .of) || isRole(u + 1, .in), wd == nil, unit == .week || unit == .day, let (y, end) = year(at: u + 2, short: false) {
            let first = CalendarMath.dayNumber(year: y, month: 1, day: 1), last = CalendarMath.dayNumber(year: y, month: 12, day: 31)
            if unit == .day {
                let day = n > 0 ? first + n - 1 : last - (fromEnd - 1)
                guard day >= first, day <= last else { return nil }
                return DatePart(first: i, end: end, point: .day(day), anchor: .explicit)
            }
            // ISO weeks of the year: the first holds 4 January, the last 28 December.
            let monday = n > 0 ? CalendarMath.dayNumber(year: y, month: 1, day: 4) - CalendarMath.weekday(ofDayNumber: CalendarMath.dayNumber(year: y, month: 1, day: 4)) + 1 + 7 * (n - 1)
                : CalendarMath.dayNumber(year: y, month: 12, day: 28) - CalendarMath.weekday(ofDayNumber: CalendarMath.dayNumber(year: y, month: 12, day: 28)) + 1 - 7 * (fromEnd - 1)
            let w = CalendarMath.isoWeek(ofDayNumber: monday)
            guard w.year == y else { return nil }
            var p = TimePoint(year: y)
            p.week = w.week
            return DatePart(first: i, end: end, point: p, anchor: .explicit)
        }
        guard isRole(u + 1, .of) || (isRole(u + 1, .in) && lexicon.language.relationsPrecede), let t = monthTarget(at: u + 2) else { return nil }
        let firstDay = CalendarMath.dayNumber(year: t.year, month: t.month, day: 1)
        let days = CalendarMath.daysInMonth(year: t.year, month: t.month)
        let lastDay = firstDay + days - 1
        if let wd {
            // `le premier mercredi du mois prochain`.
            let day = n > 0 ? Self.weekdayDay(wd, from: firstDay, direction: 0) : Self.weekdayDay(wd, from: lastDay, direction: -1)
            var first = day
            if n > 0 {
                first = firstDay + (wd - CalendarMath.weekday(ofDayNumber: firstDay) + 7) % 7 + 7 * (n - 1)
            }
            guard first >= firstDay, first <= lastDay else { return nil }
            return DatePart(first: i, end: t.end, point: .day(first), anchor: t.anchor)
        }
        switch unit! {
        case .day:
            let day = n > 0 ? firstDay + n - 1 : lastDay - (fromEnd - 1)
            guard day <= lastDay, day >= firstDay else { return nil }
            return DatePart(first: i, end: t.end, point: .day(day), anchor: t.anchor)
        case .week:
            // Whole ISO weeks inside the month.
            let firstMonday = firstDay + (1 - CalendarMath.weekday(ofDayNumber: firstDay) + 7) % 7
            let lastSunday = lastDay - (CalendarMath.weekday(ofDayNumber: lastDay) % 7)
            let monday = n > 0 ? firstMonday + 7 * (n - 1) : lastSunday - 6 - 7 * (fromEnd - 1)
            guard monday + 6 <= lastDay, monday >= firstDay else { return nil }
            let w = CalendarMath.isoWeek(ofDayNumber: monday)
            var p = TimePoint(year: w.year)
            p.week = w.week
            return DatePart(first: i, end: t.end, point: p, anchor: t.anchor)
        case .weekend:
            let firstSaturday = firstDay + (6 - CalendarMath.weekday(ofDayNumber: firstDay) + 7) % 7
            let lastSaturday = lastDay - (CalendarMath.weekday(ofDayNumber: lastDay) - 6 + 7) % 7
            let saturday = n > 0 ? firstSaturday + 7 * (n - 1) : lastSaturday
            guard saturday <= lastDay else { return nil }
            let w = CalendarMath.isoWeek(ofDayNumber: saturday)
            var p = TimePoint(year: w.year)
            p.week = w.week
            p.weekend = true
            return DatePart(first: i, end: t.end, point: p, anchor: t.anchor)
        default:
            return nil
        }
    }

    /// `la première quinzaine d'avril`: a closed range of days.
    func fortnight(at i: Int) -> Found? {
        var k = i
        if isRole(k, .article) { k += 1 }
        guard let n = ordinal(at: k), entry(k + 1)?.unit == .fortnight, isRole(k + 2, .of), let t = monthTarget(at: k + 3) else { return nil }
        let days = CalendarMath.daysInMonth(year: t.year, month: t.month)
        let (a, b) = n == 1 ? (1, 14) : (15, days)
        let from = TimePoint(year: t.year, month: t.month, day: a), to = TimePoint(year: t.year, month: t.month, day: b)
        return Found(first: i, end: t.end, kind: .date, value: from.value + "/" + to.value, anchor: t.anchor)
    }

    /// `début avril`, `mi-décembre`, `fin 2023`, `en fin de mois`, `au début de la semaine`,
    /// `à la fin de l'année`, `en début de matinée`, `en fin de journée`.
    func modified(at i: Int) -> DatePart? {
        var k = i
        for _ in 0..<2 where isRole(k, .in) || isRole(k, .at) || isRole(k, .article) || isRole(k, .from) { k += 1 }
        // `EOM`, `at the BOY`: an acronym for the end or beginning of the current month or year.
        if let e = entry(k), let unit = e.edgeUnit, cells[k].flags.contains(.allCaps), !breaksLine(k) {
            guard let ref = context.deicticDay, let p = Self.period(unit, containing: ref, shift: 0) else { return nil }
            return DatePart(first: i, end: k + 1, point: p, anchor: .reference, mod: e.edgeMod)
        }
        guard let mod = entry(k)?.mod, !breaksLine(k) else { return nil }
        var t = k + 1
        if isMark(t, "-") { t += 1 }
        if isRole(t, .of) { t += 1 }
        if isRole(t, .article) { t += 1 }
        // `the end of around next week`: an approximation inside the position changes nothing.
        if isRole(t, .around), isRole(t - 1, .of) { t += 1 }
        // A period noun alone: the current one (`en fin de mois`, `à la fin de la semaine`).
        if isRole(t, .years), var d = decade(at: t) {
            d.first = i
            d.mod = mod
            return d
        }
        if entry(t)?.unit == .month, isRole(t + 1, .of), var d = monthOrYear(at: t + 2), d.point.month != nil {
            d.first = i
            d.mod = mod
            return d
        }
        if let e = entry(t), let unit = e.unit, unit != .hour, unit != .minute, unit != .second, unit != .fortnight {
            if unit == .year, let (y, end) = year(at: t + 1, short: false) {
                return DatePart(first: i, end: end, point: TimePoint(year: y), anchor: .explicit, mod: mod)
            }
            if let r = entry(t + 1), r.relation != 0, let ref = context.deicticDay, let p = Self.period(unit, containing: ref, shift: r.relation) {
                return DatePart(first: i, end: t + 2, point: p, anchor: .reference, mod: mod)
            }
            if unit == .day {
                // `en début de journée`: the daytime of the anchor day.
                guard let (day, anchor) = context.anchorDay() else { return nil }
                var p = TimePoint.day(day)
                // The end of the day is the evening.
                p.partOfDay = mod == "END" ? "EV" : "DT"
                return DatePart(first: i, end: t + 1, point: p, anchor: anchor, mod: mod == "END" ? nil : mod)
            }
            guard let ref = context.deicticDay, let p = Self.period(unit, containing: ref, shift: 0) else { return nil }
            return DatePart(first: i, end: t + 1, point: p, anchor: .reference, mod: mod)
        }
        if let pod = entry(t)?.partOfDay {
            guard let (day, anchor) = context.anchorDay() else { return nil }
            var p = TimePoint.day(day)
            p.partOfDay = pod
            return DatePart(first: i, end: t + 1, point: p, anchor: anchor, mod: mod)
        }
        // A named period: month, year, season, `cette année`.
        if var d = monthOrYear(at: t) ?? season(at: t) ?? period(at: t) {
            d.first = i
            d.mod = mod
            return d
        }
        if let (y, end) = year(at: t, short: false) {
            return DatePart(first: i, end: end, point: TimePoint(year: y), anchor: .explicit, mod: mod)
        }
        return nil
    }
}
