/// Ranges of clock times in languages with a 12-hour clock: `3-4pm`, `2:30 to 5 PM`, `from 9
/// to 11 in the AM`, `between 10:15 and 11:45 on Friday`, `8h30 - 10h EST`, `later than 1pm
/// but before 4pm`, `5pm for 45 minutes`. The am/pm, part of day or zone of the second end
/// applies to the first.
extension DateGrammar {
    /// Two clock times joined by `-`, `to`, `till` (`and` after `between`); the first may be a
    /// bare number when the second is surely a time (`3-4pm`).
    private func clockPair(at k: Int, opener: TemporalRole?) -> (a: Clock, b: Clock)? {
        guard var a = clock(at: k) ?? clock(at: k, bare: true) else { return nil }
        let j: Int
        if opener == .between, isRole(a.end, .and) { j = a.end + 1 }
        else if isMark(a.end, "-") || isRole(a.end, .until) { j = a.end + 1 }
        else { return nil }
        guard j < count, !breaksLine(j), var b = clock(at: j) ?? clock(at: j, bare: true) else { return nil }
        guard a.certain || b.certain || (opener != nil && b.partOfDay != nil) else { return nil }
        // `3-4 hours`, `5 to 10 minutes`: amounts, not times.
        if entry(b.end)?.unit != nil || entry(b.end - 1)?.unit != nil && !b.certain { return nil }
        if !a.certain, a.minute == nil, !b.certain { return nil }
        // What the second end says of the half-day, part of day or zone holds for the first.
        if a.twelveHour, !b.twelveHour, b.meridiem || b.partOfDay != nil {
            if b.hour >= 12, a.hour < 12, a.hour + 12 <= b.hour { a.hour += 12 }
            a.twelveHour = false
        }
        if a.partOfDay == nil, let pod = b.partOfDay {
            a.partOfDay = pod
            if a.twelveHour { a.hour = adjusted(a, for: pod) } else { a.hour = Self.adjust(hour: a.hour, for: pod) }
            a.twelveHour = false
        }
        if a.zone == nil { a.zone = b.zone }
        if !a.certain, a.hour > 24 { return nil }
        b.first = j
        return (a, b)
    }

    /// A range of clock times, perhaps with its day after it (`on Thursday`, `tomorrow`).
    func clockRange(at i: Int, on given: (day: Int, anchor: Timex.Anchor)? = nil) -> Found? {
        guard lexicon.language.twelveHourClock else { return nil }
        var k = i
        if isRole(k, .around) { k += 1 }
        var opener: TemporalRole?
        if isRole(k, .from) || isRole(k, .between) { opener = role(k); k += 1 }
        var pair = clockPair(at: k, opener: opener)
        if pair == nil, let p = openPair(at: k) { pair = p }
        if pair == nil, given == nil, let f = clockFor(at: k, first: i) { return f }
        guard var (a, b) = pair else { return nil }
        var end = b.end
        var day = given?.day
        var anchor = given?.anchor ?? Timex.Anchor.none
        var j = end
        if isMark(j, ",") || isRole(j, .at) { j += 1 }
        if given == nil, let d = date(at: j) ?? partOfDay(at: j), let n = d.point.dayNumber, d.point.hour == nil {
            day = n; anchor = d.anchor; end = d.end
            if let pod = d.point.partOfDay, a.partOfDay == nil {
                a.hour = adjusted(a, for: pod); b.hour = adjusted(b, for: pod)
                a.twelveHour = false; b.twelveHour = false
            }
        }
        return rangeFound(a, b, first: i, end: end, day: day, anchor: anchor)
    }

    /// The found range of clocks `a` and `b`: on `day`, or resolved against the reference.
    func rangeFound(_ a: Clock, _ b: Clock, first: Int, end: Int, day: Int?, anchor: Timex.Anchor) -> Found {
        var a = a, b = b
        var day = day, anchor = anchor
        if day == nil { (day, anchor) = clockDay(&a, first: first, end: end) }
        if b.twelveHour {
            // The second end follows the first: `9:30 - 11:00`, `11 to 2`.
            let h = b.hour % 12
            b.hour = h >= a.hour ? h : h + 12 >= a.hour ? h + 12 : h
        }
        let from = Self.timePoint(a, day: day)
        var to = Self.timePoint(b, day: day)
        Self.orderRange(from, &to)
        return Found(first: first, end: end, kind: .time, value: from.value + "/" + to.value, anchor: anchor)
    }

    /// `later than 1pm but before 4pm`, `after 9:30 and before 11:00`: two open bounds.
    private func openPair(at k: Int) -> (a: Clock, b: Clock)? {
        guard let (m1, e1) = openWord(at: k), m1 == "AFTER", let a = clock(at: e1) ?? clock(at: e1, bare: true) else { return nil }
        var j = a.end
        while isRole(j, .filler) || isRole(j, .and) || isMark(j, ",") { j += 1 }
        guard j > a.end, let (m2, e2) = openWord(at: j), m2 == "BEFORE", var b = clock(at: e2) ?? clock(at: e2, bare: true),
              a.certain || b.certain else { return nil }
        b.first = j
        return (a, b)
    }

    /// `5pm for 45 minutes`, `from 16h for half an hour`: a clock time and how long from it.
    private func clockFor(at k: Int, first: Int) -> Found? {
        guard let a = clock(at: k), a.certain, isRole(a.end, .during), let amt = amount(at: a.end + 1), let v = amt.amount,
              amt.unit == .minute || amt.unit == .hour else { return nil }
        let minutes = Int(v * (amt.unit == .hour ? 60 : 1))
        guard minutes > 0, minutes < 24 * 60 else { return nil }
        var b = a
        let total = a.hour * 60 + (a.minute ?? 0) + minutes
        b.hour = total / 60 % 24
        b.minute = total % 60
        b.twelveHour = false
        var c = a
        c.twelveHour = a.twelveHour
        return rangeFound(c, b, first: first, end: amt.end, day: nil, anchor: .none)
    }
}
