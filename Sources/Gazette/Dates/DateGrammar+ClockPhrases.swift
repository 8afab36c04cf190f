/// Clock times told as minutes before or after an hour (`a quarter past noon`, `twenty after
/// 3pm`, `10 minutes to midnight`, `half past four`, `half four`), in languages that say so.
extension DateGrammar {
    /// Minutes told before an hour: `a quarter`, `half`, `twenty`, `20 minutes`. Returns the
    /// minutes, whether a unit or a fraction word made them surely minutes, and the end.
    private func toldMinutes(at i: Int) -> (minutes: Int, sure: Bool, end: Int)? {
        var k = i
        // `for a quarter past noon`: the time something is set for.
        if isRole(k, .during), k + 1 < count, !breaksLine(k + 1) { k += 1 }
        if cells[k].kind == .word, cells[k].wordNumber == 1, entry(k + 1)?.unit == .quarter || isRole(k + 1, .half) { k += 1 }
        if entry(k)?.unit == .quarter || isRole(k, .quarter) { return (15, true, k + 1) }
        if isRole(k, .half) { return (30, true, k + 1) }
        guard let n = number(at: k), (1...59).contains(n.value), !cells[k].flags.contains(.decimal) else { return nil }
        if entry(n.end)?.unit == .minute { return (n.value, true, n.end + 1) }
        return (n.value, false, n.end)
    }

    /// `a quarter past noon`, `20 minutes to 2pm`, `half past three`, `twenty after 3pm`,
    /// `half four` (British: half past). The hour may be a bare number after a fraction word or
    /// a unit; after a bare number of minutes it must be a sure clock time (`15 to noon`, not
    /// `5 to 10`).
    func toldClock(at i: Int) -> Clock? {
        guard lexicon.language.twelveHourClock, i < count, let (m, sure, e) = toldMinutes(at: i), !breaksLine(e) else { return nil }
        // `from 3 to 4`: a range, not three minutes to four.
        if !sure, i > 0, isRole(i - 1, .from) || isRole(i - 1, .between) { return nil }
        // `half four`: half past, in British English.
        if isRole(e - 1, .half), e - 1 == i || e - 2 == i && isRole(i, .during), let n = number(at: e), !n.inDigits, (1...12).contains(n.value), entry(n.end)?.unit == nil,
           n.end >= count || endsClause(n.end) || isMeridiem(n.end) {
            var c = Clock(first: i, end: n.end, hour: n.value, minute: 30, certain: true)
            c.twelveHour = true
            return c
        }
        let sign: Int
        if isRole(e, .after) || isRole(e, .from) && sure || entry(e)?.relation == -1 && cells[e].kind == .word && isPastWord(e) { sign = 1 }
        else if isRole(e, .until) || isRole(e, .before) || isRole(e, .of) && sure { sign = -1 }
        else { return nil }
        if sign < 0, m == 30 { return nil }
        // After a bare number of minutes the hour must be surely a time (`15 to noon`, `20 past
        // 3pm`): `5 to 10` is a range of numbers.
        guard var c = clock(at: e + 1) ?? (sure ? bareHour(at: e + 1) : nil), c.certain, c.minute == nil || c.minute == 0,
              c.second == nil else { return nil }
        var total = c.hour * 60 + sign * m
        if total < 0 { total += 24 * 60 }
        c.hour = total / 60
        c.minute = total % 60
        if c.twelveHour, c.hour == 0 { c.hour = 12 }
        c.first = i
        c.certain = true
        return c
    }

    /// Whether cell `k` is the direction word `past` (a relation of -1 that is not `last`).
    private func isPastWord(_ k: Int) -> Bool { entry(k)?.ordinal == 0 }

    /// A number alone as the hour of a told clock time (`half past three`).
    private func bareHour(at k: Int) -> Clock? {
        guard let n = number(at: k), (0...23).contains(n.value), !(n.inDigits && cells[k].digits > 2), entry(n.end)?.unit == nil else { return nil }
        var c = Clock(first: k, end: n.end, hour: n.value, certain: true)
        c.twelveHour = (1...12).contains(n.value)
        if isMeridiem(n.end) {
            c.hour = isRole(n.end, .postMeridiem) ? n.value % 12 + 12 : n.value % 12
            c.twelveHour = false
            c.meridiem = true
            c.end += 1
        }
        return c
    }

    /// Whether a clock time starts right after a day number at `k` (`Thursday 8:00`, `Friday
    /// 9 am`, `Monday 8h`): the number is the hour, not the day.
    func clockFollowsNumber(_ k: Int) -> Bool {
        guard k < count else { return false }
        if isMark(k, ":"), cells[k].flags.contains(.attached), k + 1 < count, cells[k + 1].digits == 2 { return true }
        // `Friday 9-11am`: a range of times.
        if lexicon.language.twelveHourClock, isMark(k, "-"), clock(at: k + 1)?.certain == true { return true }
        return isRole(k, .hourMark) || isRole(k, .oclock) || isMeridiem(k)
    }
}

/// Which day and half-day a clock time falls on, against a reference time.
extension DateGrammar {
    /// The next occurrence of clock `c` from reference `r` (Duckling's reading): a time whose
    /// hour is the reference's or later is today's, an earlier one tomorrow's; an open 12-hour
    /// reading (`at 3`) takes the first of the morning's and the afternoon's still to come.
    /// With a past tense the time stays on the reference day. Returns the day shift and hour.
    static func nextOccurrence(_ c: Clock, after r: DateContext.Reference, direction dir: Int) -> (shift: Int, hour: Int) {
        guard let now = r.hour else { return (0, c.hour) }
        if c.twelveHour, c.partOfDay == nil, (1...12).contains(c.hour) {
            let h = c.hour % 12
            if dir < 0 { return (0, h + 12 <= now ? h + 12 : h) }
            if h >= now { return (0, h) }
            if h + 12 >= now { return (0, h + 12) }
            return (1, h)
        }
        if dir >= 0, c.hour < now { return (1, c.hour) }
        return (0, c.hour)
    }

    /// One day when a clock read with a part of day of the reference day (`this morning at 3`)
    /// is already past at the reference time: Duckling takes the next such time.
    func podDayShift(_ d: DatePart, _ c: Clock) -> Int {
        guard d.point.partOfDay != nil, d.anchor == .reference, let r = context.reference, let now = r.hour,
              d.point.dayNumber == r.day, c.hour < now, direction(d.first, c.end) >= 0 else { return 0 }
        return 1
    }

    /// An hour alone before a day or a part of day, at the start of a clause: `8 tonight`,
    /// `nine tomorrow morning`, `9 this evening`.
    func hourBeforeDay(at i: Int) -> Clock? {
        guard lexicon.language.twelveHourClock, i == matchStart, i == 0 || cells[i - 1].kind == .punctuation,
              let n = number(at: i), (1...12).contains(n.value), !(n.inDigits && cells[i].digits > 2), n.end < count else { return nil }
        let e = entry(n.end)
        let next = entry(n.end + 1)
        guard e?.hasPartOfDay == true || e?.dayOffset != nil || (e?.this == true && next?.hasPartOfDay == true) else { return nil }
        var c = Clock(first: i, end: n.end, hour: n.value, certain: true)
        c.twelveHour = true
        return c
    }
}
