/// Short offsets from a reference time, in languages with a 12-hour clock: `in half an hour`,
/// `in 3/4 h`, `in a couple of hours`, `in a few minutes`, `in 20'`, `5 minutes from now`,
/// `10 days hence`, `in 3 days at 6pm`; `since 9am`; `last night`.
extension DateGrammar {
    /// An amount of hours, minutes or seconds: `half an hour`, `a quarter of an hour`,
    /// `three-quarters of an hour`, `1/4h`, `2/4 hour`, `a couple hours`, `a pair of
    /// minutes`, `a few minutes`, `15'`, `1"`, `20 minutes`. Returns seconds, whether the amount
    /// is whole hours, and the end.
    func shortAmount(at i: Int) -> (seconds: Int, wholeHours: Bool, end: Int)? {
        guard i < count, !breaksLine(i) else { return nil }
        var k = i
        func unitSeconds(_ j: Int) -> Int? {
            switch entry(j)?.unit {
            case .hour?: return 3600
            case .minute?: return 60
            case .second?: return 1
            default: return isRole(j, .hourMark) && cells[j].flags.contains(.attached) ? 3600 : nil
            }
        }
        func article(_ j: Int) -> Int { j < count && cells[j].kind == .word && cells[j].wordNumber == 1 ? j + 1 : j }
        // `half an hour`, `half hour`.
        if isRole(k, .half) {
            let j = article(k + 1)
            guard let u = unitSeconds(j), u > 1 else { return nil }
            return (u / 2, false, j + 1)
        }
        // `a quarter of an hour`, `three-quarters of an hour`.
        var quarters = 1
        var q = article(k)
        if q == k, let n = number(at: k), !n.inDigits || cells[k].digits == 1 { quarters = n.value; q = n.end }
        if isMark(q, "-"), cells[q].flags.contains(.attached) { q += 1 }
        if q > k, entry(q)?.unit == .quarter || isRole(q, .quarter) || isRole(q, .quarters), isRole(q + 1, .of) {
            let j = article(q + 2)
            guard entry(j)?.unit == .hour, (1...3).contains(quarters) else { return nil }
            return (quarters * 900, false, j + 1)
        }
        // `1/4h`, `3/4 hour`, `1/2 h`.
        if let a = digits(k), isMark(k + 1, "/"), cells[k + 1].flags.contains(.attached), let b = digits(k + 2), b == 2 || b == 4, a > 0, a < b,
           unitSeconds(k + 3) == 3600 || isRole(k + 3, .hourMark) {
            return (3600 * a / b, false, k + 4)
        }
        // `a couple hours`, `a couple of hours`, `a pair of minutes`, `a few minutes`, `few hours`.
        var amount: Int?
        k = article(i)
        if let n = entry(k)?.approximateNumber, n > 0, n <= 3 { amount = n; k += 1; if isRole(k, .of) { k += 1 } }
        else if isRole(k, .some), entry(k)?.approximateNumber == 0 { amount = 3; k += 1 }
        else if k == i, let n = number(at: k), !cells[k].flags.contains(.decimal) {
            // `15'`, `1"`: minutes and seconds marks.
            if n.inDigits, isMark(n.end, "'") || isMark(n.end, "\""), cells[n.end].flags.contains(.attached) {
                return (n.value * (isMark(n.end, "'") ? 60 : 1), false, n.end + 1)
            }
            amount = n.value; k = n.end
            // `2 and a half hours`: half an hour more.
            if isRole(k, .and), isRole(article(k + 1), .half), let u = unitSeconds(article(k + 1) + 1), u > 1 {
                return (n.value * u + u / 2, false, article(k + 1) + 2)
            }
        }
        guard let v = amount, let u = unitSeconds(k) else { return nil }
        return (v * u, u == 3600, k + 1)
    }

    /// The reference moved by `seconds`: at the minute for whole hours, else at the second.
    private func movedReference(by seconds: Int, wholeHours: Bool) -> TimePoint? {
        guard let ref = context.reference, !ref.inferred, ref.hour != nil else { return nil }
        return wholeHours ? shifted(seconds / 3600, .hour, from: ref) : shifted(seconds, .second, from: ref)
    }

    /// `in half an hour`, `in 15'`, `since 9am`, `last night`, deadlines (`by 5pm`); whole
    /// amounts from now (`7 days hence`, `in 3 days at 6pm`) are ``offset(at:)``'s.
    func shortOffset(at i: Int) -> Found? {
        guard lexicon.language.twelveHourClock, i < count else { return nil }
        if let f = lastPartOfDay(at: i) ?? deadline(at: i) { return f }
        // `since 9am`: from a time of the reference day.
        if isRole(i, .since), var c = clock(at: i + 1), c.certain, let (day, anchor) = Optional(clockDay(&c, first: i, end: c.end)), let day {
            let t = Self.timePoint(c, day: day)
            return Found(first: i, end: c.end, kind: .time, value: t.value, mod: "AFTER", anchor: anchor)
        }
        // `in about half an hour`.
        guard isRole(i, .in) else { return nil }
        let around = isRole(i + 1, .around) ? 1 : 0
        guard let a = shortAmount(at: i + 1 + around), let p = movedReference(by: a.seconds, wholeHours: a.wholeHours) else { return nil }
        return Found(first: i, end: a.end, kind: .time, value: p.value, mod: around == 1 ? "APPROX" : nil, anchor: .reference, point: p)
    }

    /// `by 5pm`, `by EOD`, `by the end of next month`: from the reference time up to just
    /// before the deadline.
    func deadline(at i: Int) -> Found? {
        guard isRole(i, .by), let ref = context.reference, !ref.inferred, let hour = ref.hour else { return nil }
        func point(_ seconds: Int) -> TimePoint {
            var p = TimePoint.day(seconds / 86400)
            p.hour = seconds % 86400 / 3600; p.minute = seconds % 3600 / 60; p.second = seconds % 60
            return p
        }
        let now = ref.day * 86400 + hour * 3600 + (ref.minute ?? 0) * 60 + (ref.second ?? 0)
        func found(_ end: Int, _ until: Int) -> Found? {
            guard until > now else { return nil }
            return Found(first: i, end: end, kind: .time, value: point(now).value + "/" + point(until - 1).value, anchor: .reference)
        }
        // `come by at 3pm` is a visit at 3pm, not a deadline.
        if !isRole(i + 1, .at), var c = clock(at: i + 1), c.certain {
            let (day, _) = clockDay(&c, first: i, end: c.end)
            guard let day else { return nil }
            return found(c.end, day * 86400 + c.hour * 3600 + (c.minute ?? 0) * 60 + (c.second ?? 0))
        }
        var k = i + 1
        if isRole(k, .article) { k += 1 }
        let today = CalendarMath.date(ofDayNumber: ref.day)
        // `EOD`, `EOM`, `EOY`: the end of this day, month or year.
        if let e = entry(k), e.mod == "END", let unit = e.unit, cells[k].kind == .word {
            switch unit {
            case .day: return found(k + 1, (ref.day + 1) * 86400)
            case .month:
                return found(k + 1, (CalendarMath.dayNumber(year: today.year, month: today.month, day: 1)
                                     + CalendarMath.daysInMonth(year: today.year, month: today.month)) * 86400)
            case .year: return found(k + 1, CalendarMath.dayNumber(year: today.year + 1, month: 1, day: 1) * 86400)
            default: return nil
            }
        }
        // `by the end of next month`.
        if let d = date(at: i + 1), d.mod == "END", let y = d.point.year, d.point.day == nil, d.point.week == nil,
           d.point.quarter == nil, d.point.season == nil, d.point.half == nil, d.point.decade == nil, d.point.century == nil {
            let next = d.point.month.map { $0 == 12 ? CalendarMath.dayNumber(year: y + 1, month: 1, day: 1) : CalendarMath.dayNumber(year: y, month: $0 + 1, day: 1) }
                ?? CalendarMath.dayNumber(year: y + 1, month: 1, day: 1)
            return found(d.end, next * 86400)
        }
        return nil
    }

    /// `last night`, `last evening`: the part of day of the day before the reference.
    private func lastPartOfDay(at i: Int) -> Found? {
        guard let e = entry(i), e.relation == -1, e.ordinal == -1, let pod = entry(i + 1)?.partOfDay, pod == "NI" || pod == "EV",
              !breaksLine(i + 1), let ref = context.deicticDay else { return nil }
        var p = TimePoint.day(ref - 1)
        p.partOfDay = pod
        return Found(first: i, end: i + 2, kind: .time, value: p.value, anchor: .reference, point: p)
    }
}
