/// Weekdays: bare (resolved by tense and anchors), with a day number, or with a direction.
extension DateGrammar {
    /// A weekday name at `i` (abbreviations with their period, lower case, or before a number).
    /// `determined`: a demonstrative, an article or a direction comes before it (`this sat`).
    func weekday(at i: Int, determined: Bool = false) -> (weekday: Int, end: Int)? {
        guard let e = entry(i), !breaksLine(i) else { return nil }
        if e.weekday > 0, !e.weekdayPlural { return (e.weekday, i + 1) }
        if e.weekdayAbbreviation > 0 {
            let dot = isMark(i + 1, ".") && cells[i + 1].flags.contains(.attached)
            let capital = cells[i].flags.contains(.capitalized)
            if dot && !capital { return (e.weekdayAbbreviation, i + 2) }
            if (dot || !capital), dayNumber(at: i + (dot ? 2 : 1)) != nil { return (e.weekdayAbbreviation, i + (dot ? 2 : 1)) }
            // `Thu 15th`: a capitalised abbreviation before a day written as an ordinal.
            if !dot, lexicon.language.weekdayAbbreviationsWithoutPeriod, i + 1 < count, cells[i + 1].kind == .ordinal, dayNumber(at: i + 1) != nil { return (e.weekdayAbbreviation, i + 1) }
            // Without its period (`sat`, `Sun`, often a word): alone, determined and ending the
            // clause, or before a comma and a date (`Fri, Jul 18`).
            let end = i + (dot ? 2 : 1)
            guard lexicon.language.weekdayAbbreviationsWithoutPeriod else { return nil }
            if isOnlyWord(i) { return (e.weekdayAbbreviation, end) }
            if determined, end >= count || endsClause(end) { return (e.weekdayAbbreviation, end) }
            // `Thu at 8 am`: before a clock time.
            if isRole(end, .at), let c = clock(at: end), c.certain { return (e.weekdayAbbreviation, end) }
            if isMark(end, ","), month(at: end + 1, abbreviationOK: true) != nil { return (e.weekdayAbbreviation, end) }
            // `Thu at 8 GMT`, `Fri 9-11am`: a clock time after it.
            if !dot, lexicon.language.twelveHourClock, clock(at: i + 1)?.certain == true || clockFollowsNumber(i + 2) {
                return (e.weekdayAbbreviation, i + 1)
            }
        }
        return nil
    }

    /// Whether cell `i` is the only word or number of its sentence (a heading, a form field).
    func isOnlyWord(_ i: Int) -> Bool {
        for k in 0..<count where k != i && cells[k].kind != .punctuation { return false }
        return true
    }

    /// The day of weekday `wd` nearest to `base` in `direction` (-1 on or before, +1 strictly
    /// after, 0 nearest within three days).
    static func weekdayDay(_ wd: Int, from base: Int, direction: Int) -> Int {
        let cur = CalendarMath.weekday(ofDayNumber: base)
        switch direction {
        case ..<0: return base - ((cur - wd + 7) % 7)
        case 1: let d = (wd - cur + 7) % 7; return base + (d == 0 ? 7 : d)
        default:
            var d = (wd - cur + 7) % 7
            if d > 3 { d -= 7 }
            return base + d
        }
    }

    /// `Jeudi 16 novembre`, `Jeudi soir 16 novembre`, `mercredi 13`, `lundi prochain`,
    /// `mardi de la semaine prochaine`, `lundi en huit`, `ce lundi`, `samedi`.
    func weekdayDate(at i: Int) -> DatePart? {
        guard features.contains(.weekday) else { return nil }
        var k = i
        let demonstrative = entry(k)?.this == true
        if demonstrative || isRole(k, .article) { k += 1 }
        // `next Tuesday`, `last Friday`: a direction before the weekday.
        // `last week's Sunday`: the weekday of the week named before it.
        if !demonstrative, lexicon.language.relationsPrecede, let r = entry(k), r.relation != 0, entry(k + 1)?.unit == .week,
           isRole(k + 2, .possessive), let (wd, e) = weekday(at: k + 3, determined: true) {
            return relativeWeekday(wd, r.relation > 0 ? .nextWeek : .lastWeek, i, e)
        }
        if !demonstrative, lexicon.language.relationsPrecede, let r = entry(k), r.relation != 0, let (wd, e) = weekday(at: k + 1, determined: true) {
            // `next Wednesday`: in some languages the Wednesday of next week.
            let next: WeekdayShift = r.weekRelation ? .nextWeek : .next
            return relativeWeekday(wd, r.relation > 0 ? next : .last, i, e)
        }
        guard let (wd, e) = weekday(at: k, determined: k > i) else { return nil }
        // A part of day between the weekday and the date: `Jeudi soir 16 novembre`.
        var afterPod = e
        var pod: String?
        if let p = entry(e)?.partOfDay, dayNumber(at: e + 1) != nil { pod = p; afterPod = e + 1 }
        // `Sunday, Feb 10`.
        if pod == nil, isMark(e, ","), var d = dayMonth(at: e + 1, weekday: wd, first: i), d.point.day != nil { d.first = i; return d }
        if var d = dayMonth(at: afterPod, weekday: wd, first: i) {
            if let pod { d.point.partOfDay = pod }
            return d
        }
        // `mercredi 13`: the nearest month whose 13th is a Wednesday.
        if pod == nil, let (day, end) = dayNumber(at: e), cells[e].kind != .word || cells[e].wordNumber > 0,
           entry(end)?.unit == nil, !(end < count && cells[end].kind == .word && entry(end) == nil), !clockFollowsNumber(end),
           // `Thursday 8:00`, `Thursday 9 am`, `jeudi 8h`: a clock time, not a day.
           !isMark(end, ":"), !isRole(end, .anteMeridiem), !isRole(end, .postMeridiem), !isRole(end, .hourMark) {
            return weekdayWithDay(wd, day: day, first: i, end: end)
        }
        var end = e
        // `Tuesday the 19th`: the weekday, its article and its day.
        if pod == nil, isRole(e, .article), let (day, dayEnd) = dayNumber(at: e + 1), cells[e + 1].kind != .word {
            return weekdayWithDay(wd, day: day, first: i, end: dayEnd)
        }
        if lexicon.language.relationsPrecede {
            // `Wednesday next week`, `Wednesday of next week`, `Sunday from last week`.
            var w = end
            if isRole(w, .of) || isRole(w, .from) { w += 1 }
            if isRole(w, .article) { w += 1 }
            if let r = entry(w), r.relation != 0, entry(w + 1)?.unit == .week {
                return relativeWeekday(wd, r.relation > 0 ? .nextWeek : .lastWeek, i, w + 2)
            }
            // `Friday after next`: the second one to come.
            if isRole(end, .after), entry(end + 1)?.relation ?? 0 > 0, entry(end + 2)?.unit == nil {
                return relativeWeekday(wd, .afterNext, i, end + 2)
            }
        }
        // Directions.
        if let r = entry(end) {
            if r.relation == 1 { return relativeWeekday(wd, .next, i, end + 1) }
            if r.relation == -1 { return relativeWeekday(wd, .last, i, end + 1) }
            if r.discourseRelation == 1 { return relativeWeekday(wd, .nextWeek, i, end + 1) }
            if r.discourseRelation == -1 { return relativeWeekday(wd, .lastWeek, i, end + 1) }
        }
        if isRole(end, .of), isRole(end + 1, .after) { return relativeWeekday(wd, .nextWeek, i, end + 2) }
        if isRole(end, .inEight) { return relativeWeekday(wd, .eight, i, end + 1) }
        if isRole(end, .in), let n = number(at: end + 1), n.value == 8 || n.value == 15 {
            return relativeWeekday(wd, n.value == 8 ? .eight : .fifteen, i, n.end)
        }
        // `de la semaine prochaine`, `la semaine dernière`, `cette semaine`.
        var w = end
        if isRole(w, .of) { w += 1 }
        let weekThis = entry(w)?.this == true
        if weekThis || isRole(w, .article) {
            if entry(w + 1)?.unit == .week {
                let after = w + 2
                if weekThis { return relativeWeekday(wd, .thisWeek, i, after) }
                if let r = entry(after) {
                    if r.relation == 1 || r.discourseRelation == 1 { return relativeWeekday(wd, .nextWeek, i, after + 1) }
                    if r.relation == -1 || r.discourseRelation == -1 { return relativeWeekday(wd, .lastWeek, i, after + 1) }
                }
                if isRole(after, .of), isRole(after + 1, .after) { return relativeWeekday(wd, .nextWeek, i, after + 2) }
            }
        }
        end = e
        // A bare weekday: the heading's week, or the tense relative to the reference date.
        let dir = direction(i, end)
        if demonstrative, let ref = context.deicticDay {
            // `ce mardi`: today when it is Tuesday, else the nearest in the tense (next by default).
            let day = CalendarMath.weekday(ofDayNumber: ref) == wd ? ref : Self.weekdayDay(wd, from: ref, direction: dir < 0 ? -1 : 1)
            return DatePart(first: i, end: end, point: .day(day), anchor: .reference, weekday: wd)
        }
        if let (base, anchor) = context.anchorDay() {
            // Past: on or before the reference; future: after it; no tense (`le Sénat examine
            // mardi`): on or after it, so today's weekday is today.
            // Under a heading, the verb next to the weekday decides (`viendra samedi`); else the
            // nearest day to the heading's.
            let near = anchor == .heading ? direction(i, end, within: 3) : dir
            let day = anchor == .heading
                ? (near < 0 ? Self.weekdayDay(wd, from: base, direction: -1)
                    : near > 0 ? Self.weekdayDay(wd, from: base - 1, direction: 1) : Self.weekdayDay(wd, from: base, direction: 0))
                : dir < 0 ? Self.weekdayDay(wd, from: base, direction: -1)
                : dir > 0 ? Self.weekdayDay(wd, from: base, direction: 1) : Self.weekdayDay(wd, from: base - 1, direction: 1)
            return DatePart(first: i, end: end, point: .day(day), anchor: anchor, weekday: wd)
        }
        if let p = context.recentPrevious, let base = p.dayNumber {
            return DatePart(first: i, end: end, point: .day(Self.weekdayDay(wd, from: base, direction: dir < 0 ? -1 : dir > 0 ? 1 : 0)),
                            anchor: .previous, weekday: wd)
        }
        // Nothing to anchor on: the weekday alone, underspecified.
        return DatePart(first: i, end: end, point: TimePoint(), anchor: .none, weekday: wd)
    }

    /// `the closest Monday to Oct 5th`, `the second nearest Friday to May 1`: the weekdays
    /// ordered by their distance to the date (the earlier first when two are as near).
    func closestWeekday(at i: Int) -> DatePart? {
        guard features.contains(.weekday) else { return nil }
        var k = i
        if isRole(k, .article) { k += 1 }
        var n = 1
        if let o = ordinal(at: k), o > 0, isRole(k + 1, .closest) { n = o; k += 1 }
        guard isRole(k, .closest), let w = entry(k + 1), !w.weekdayPlural, case let wd = max(w.weekday, w.weekdayAbbreviation), wd > 0,
              case let e = k + 2 + (isMark(k + 2, ".") ? 1 : 0), isRole(e, .until),
              let d = date(at: e + 1), let base = d.point.dayNumber, n <= 10 else { return nil }
        let after = Self.weekdayDay(wd, from: base - 1, direction: 1)
        let before = after == base ? base - 7 : Self.weekdayDay(wd, from: base, direction: -1)
        var days: [Int] = []
        for step in 0..<n {
            days.append(after + 7 * step)
            days.append(before - 7 * step)
        }
        days.sort { abs($0 - base) != abs($1 - base) ? abs($0 - base) < abs($1 - base) : $0 < $1 }
        return DatePart(first: i, end: d.end, point: .day(days[n - 1]), anchor: d.anchor)
    }

    enum WeekdayShift { case next, last, nextWeek, lastWeek, thisWeek, eight, fifteen, afterNext }

    private func relativeWeekday(_ wd: Int, _ shift: WeekdayShift, _ first: Int, _ end: Int) -> DatePart? {
        guard let ref = context.deicticDay else {
            return DatePart(first: first, end: end, point: TimePoint(), anchor: .none, weekday: wd)
        }
        let monday = ref - CalendarMath.weekday(ofDayNumber: ref) + 1
        let day: Int
        switch shift {
        case .next: day = Self.weekdayDay(wd, from: ref, direction: 1)
        case .afterNext: day = Self.weekdayDay(wd, from: ref, direction: 1) + 7
        case .last: day = Self.weekdayDay(wd, from: ref - 1, direction: -1)
        case .nextWeek: day = monday + 7 + wd - 1
        case .lastWeek: day = monday - 7 + wd - 1
        case .thisWeek: day = monday + wd - 1
        case .eight, .fifteen:
            let cur = CalendarMath.weekday(ofDayNumber: ref)
            day = ref + (wd - cur + 7) % 7 + (shift == .eight ? 7 : 14)
        }
        return DatePart(first: first, end: end, point: .day(day), anchor: .reference)
    }

    /// `jeudi 15`: the month nearest the anchor (future first) whose day `day` is that weekday.
    private func weekdayWithDay(_ wd: Int, day: Int, first: Int, end: Int) -> DatePart? {
        guard let (base, anchor) = context.anchorDay() ?? context.recentPrevious?.dayNumber.map({ ($0, Timex.Anchor.previous) }) else {
            return DatePart(first: first, end: end, point: TimePoint(), anchor: .none, weekday: wd)
        }
        let dir = direction(first, end)
        let b = CalendarMath.date(ofDayNumber: base)
        for step in 0..<24 {
            let offset = dir < 0 ? -step : step
            var m = b.month + offset, y = b.year
            while m > 12 { m -= 12; y += 1 }
            while m < 1 { m += 12; y -= 1 }
            guard CalendarMath.isValid(year: y, month: m, day: day) else { continue }
            let n = CalendarMath.dayNumber(year: y, month: m, day: day)
            if dir < 0 ? n > base : n < base { continue }
            if CalendarMath.weekday(ofDayNumber: n) == wd {
                return DatePart(first: first, end: end, point: .day(n), anchor: anchor)
            }
        }
        return nil
    }
}
