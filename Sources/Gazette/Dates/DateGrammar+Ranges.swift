/// Ranges (`du 3 au 5 juin`, `13-15 juillet`, `entre le 13 et le 15`, `de 9h30 à 11h jeudi`,
/// `entre midi et 2`) and open ranges (`à partir du 8 mars`, `avant 16h`, `après le 1er novembre`).
extension DateGrammar {
    /// A range end that names only a day: `13`, `samedi 13`, `1er`, `13e`, `le treize`.
    private func partialDay(at i: Int) -> (day: Int, end: Int)? {
        var k = i
        if isRole(k, .article) { k += 1 }
        if let (_, e) = weekday(at: k) { k = e }
        return dayNumber(at: k)
    }

    /// Whether cell `k` joins the two ends of a range; returns where the second end starts.
    private func rangeJoin(at k: Int, opener: TemporalRole?) -> Int? {
        switch opener {
        case .between?: return isRole(k, .and) ? k + 1 : nil
        default:
            if isRole(k, .at), lexicon.language.atJoinsRanges { return k + 1 }
            if isMark(k, "-") { return k + 1 }
            if isRole(k, .until) {
                var e = k + 1
                if isRole(e, .at) { e += 1 }
                return e
            }
            return nil
        }
    }

    func range(at i: Int) -> Found? {
        var k = i
        var opener: TemporalRole?
        if isRole(k, .of) || isRole(k, .between) { opener = role(k); k += 1 }
        // `from July 13-15`, `from the 13 to 15 July`: an English-style opener for days.
        else if isRole(k, .from), lexicon.language.monthDayWithoutYear { opener = .from; k += 1 }
        if opener == .of && cells[i].flags.contains(.accented) { return nil }
        guard k < count, !breaksLine(k) else { return nil }
        // Times: `de 9h30 à 11h`, `entre midi et 2`, `11h30-1h30`.
        let dayOpener = role(i) == .ofThe || opener == .between
        let timeOpener = (opener == .of && role(i) != .ofThe) || opener == .between
        // A clock or a day starts with a temporal word, a role, a number, a number word or a
        // mark (`@`): after `de` most cells are none, and the calls are spared.
        let kc = cells[k]
        let mayStart = kc.lex != 0 || kc.role != 0 || kc.kind == .number || kc.kind == .ordinal || kc.wordNumber >= 0 || kc.kind == .punctuation
        if mayStart, let a = clock(at: k, bare: timeOpener), a.certain || timeOpener, let j = rangeJoin(at: a.end, opener: opener),
           let b = clock(at: j, bare: a.certain || timeOpener), a.certain || b.certain || !dayOpener || opener == .between && !isRole(k, .article) {
            // `de 4 à 12 heures`: a bare number then `heures` is a range of amounts.
            if !a.certain, b.minute == nil, entry(b.end - 1)?.unit == .hour { return nil }
            if !a.certain && !b.certain {
                // `de 5 à 7`: bare numbers only after `de`, rising, and at the end of the text or
                // before punctuation (`de 4 à 3` is a score, `de 5 à 7 ans` an age).
                guard opener == .of, b.hour > a.hour, b.end >= count || endsClause(b.end) else { return nil }
            }
            var end = b.end
            var day: Int?
            var anchor = Timex.Anchor.none
            if let d = date(at: end), let n = d.point.dayNumber { day = n; anchor = d.anchor; end = d.end }
            var a = a
            if day == nil { (day, anchor) = clockDay(&a, first: i, end: end) }
            let from = Self.timePoint(a, day: day)
            var to = Self.timePoint(b, day: day)
            Self.orderRange(from, &to)
            if b.partOfDay == nil, a.partOfDay != nil { to.hour = Self.adjust(hour: to.hour!, for: a.partOfDay!) }
            return Found(first: i, end: end, kind: .time, value: from.value + "/" + to.value, anchor: anchor)
        }
        // Days: the first end may name only the day, and takes the month of the second.
        // (Read once: the two-days pattern below starts with it too.)
        let firstDay = mayStart ? partialDay(at: k) : nil
        if let (d1, e1) = firstDay, let j = rangeJoin(at: e1, opener: opener) {
            if let right = date(at: j), right.point.dayNumber != nil, let y = right.point.year, let m = right.point.month, right.point.hour == nil {
                var month = m, year = y
                if d1 > right.point.day! { month -= 1; if month == 0 { month = 12; year -= 1 } }
                guard CalendarMath.isValid(year: year, month: month, day: d1) else { return nil }
                let from = TimePoint(year: year, month: month, day: d1)
                return Found(first: i, end: right.end, kind: .date, value: from.value + "/" + right.point.value, anchor: right.anchor)
            }
            if dayOpener, let (d2, e2) = partialDay(at: j), d2 > d1, let (base, anchor) = context.anchorDay() {
                // `du 13 au 18`: this month, or the next when the days are past.
                let b = CalendarMath.date(ofDayNumber: base)
                var y = b.year, m = b.month
                if anchor == .reference, d2 < b.day { m += 1; if m == 13 { m = 1; y += 1 } }
                guard CalendarMath.isValid(year: y, month: m, day: d2) else { return nil }
                return Found(first: i, end: e2, kind: .date, value: TimePoint(year: y, month: m, day: d1).value + "/" + TimePoint(year: y, month: m, day: d2).value, anchor: anchor)
            }
        }
        // `les 20 et 21 novembre`, `vendredi 28 et samedi 29 juin`: two days sharing a month.
        if opener == nil, let (d1, e1) = firstDay, isRole(e1, .and), var right = point(at: e1 + 1),
           let p = right.point, let m = p.month, p.day != nil, p.hour == nil, CalendarMath.isValid(year: p.year, month: m, day: d1) {
            var dayStart = k
            while dayStart < e1 - 1, cells[dayStart].kind != .number, cells[dayStart].kind != .ordinal, cells[dayStart].wordNumber < 0,
                  entry(dayStart)?.weekday ?? 0 == 0 { dayStart += 1 }
            right.companion = (dayStart, e1, TimePoint(year: p.year, month: m, day: d1).value)
            right.first = e1 + 1
            return right
        }
        // `July 13-15`, `August 27th - 29th`, `July 13 thru 15`: a month-first date, then a later
        // day of the same month.
        if lexicon.language.monthDayWithoutYear, entry(k)?.month ?? 0 > 0 || entry(k)?.monthAbbreviation ?? 0 > 0,
           let left = dayMonth(at: k), let d1 = left.point.day, left.point.hour == nil, let j = rangeJoin(at: left.end, opener: opener),
           let (d2, e2) = dayNumber(at: j), cells[j].kind != .word, d2 > d1, month(at: e2, abbreviationOK: true) == nil,
           !(e2 < count && cells[e2].kind == .word && entry(e2) == nil),
           let m = left.point.month, CalendarMath.isValid(year: left.point.year, month: m, day: d2) {
            let to = TimePoint(year: left.point.year, month: m, day: d2)
            return Found(first: i, end: e2, kind: .date, value: left.point.value + "/" + to.value, anchor: left.anchor)
        }
        // Full dates or periods on both sides: `du 10 juin au 1er juillet`, `entre 2020 et 2022`.
        if let left = date(at: k) ?? (isMark(k + 1, "-") ? yearAlone(at: k) : nil), left.point.hour == nil,
           let j = rangeJoin(at: left.end, opener: opener),
           opener != nil || left.point.day != nil || (cells[j - 1].flags.contains(.attached) && left.point.month == nil && left.point.year != nil)
            || (left.point.month == nil && left.point.year != nil && isMark(j - 1, "-") && yearAlone(at: j).map { isOnlyDate(from: i, to: $0.end) } == true) {
            if let right = date(at: j) ?? yearAlone(at: j), right.point.hour == nil {
                var a = left.point
                let b = right.point
                if a.year == nil, b.year != nil, a.month != nil { a.year = b.year }
                if a.year != nil, b.year != nil, a.month == nil, b.month != nil, a.week == nil, a.season == nil { return nil }
                // Both ends alike (days with days, seasons with seasons) and in order.
                guard a.partOfDay == nil, b.partOfDay == nil, (a.season == nil) == (b.season == nil), (a.week == nil) == (b.week == nil),
                      (a.day == nil) == (b.day == nil) else { return nil }
                if let x = a.dayNumber, let y = b.dayNumber, x > y { return nil }
                if let x = a.year, let y = b.year, x > y { return nil }
                return Found(first: i, end: right.end, kind: .date, value: a.value + "/" + b.value, anchor: left.anchor == .explicit ? right.anchor : left.anchor)
            }
        }
        return nil
    }

    /// Whether cell `k` is punctuation that ends a clause (`.`, `,`, `;`, `:`, `!`, `?`, `)`), not
    /// a symbol such as `%`.
    func endsClause(_ k: Int) -> Bool {
        guard k < count, cells[k].kind == .punctuation else { return false }
        switch cells[k].mark {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29: return true
        default: return false
        }
    }

    /// Makes the end of a range of times come after its start: a 12-hour end is moved to the
    /// afternoon (`de 11h30 à 1h30`), midnight to the next day.
    static func orderRange(_ from: TimePoint, _ to: inout TimePoint) {
        guard let a = from.hour, let b = to.hour, b * 60 + (to.minute ?? 0) < a * 60 + (from.minute ?? 0) else { return }
        if b >= 1, b < 12, b + 12 > a { to.hour = b + 12; return }
        if let n = to.dayNumber {
            var next = TimePoint.day(n + 1)
            next.hour = b; next.minute = to.minute; next.zone = to.zone
            to = next
        }
    }

    /// A year alone, for the second end of a range (`entre 2020 et 2022`).
    private func yearAlone(at i: Int) -> DatePart? {
        guard let (y, e) = year(at: i, short: false) else { return nil }
        return DatePart(first: i, end: e, point: TimePoint(year: y), anchor: .explicit)
    }

    /// A range of clock times at `k` on a known day: `de 9h à 11h`, `entre 9h30 et 11h`.
    func timeRange(at k: Int, day: Int, anchor: Timex.Anchor) -> Found? {
        var j = k
        guard isRole(j, .of) || isRole(j, .between) else { return nil }
        let opener = role(j)
        j += 1
        guard let a = clock(at: j, bare: true), let e = rangeJoin(at: a.end, opener: opener), let b = clock(at: e, bare: true),
              a.certain || b.certain else { return nil }
        let from = Self.timePoint(a, day: day)
        var to = Self.timePoint(b, day: day)
        Self.orderRange(from, &to)
        return Found(first: k, end: b.end, kind: .time, value: from.value + "/" + to.value, anchor: anchor)
    }

    /// `à partir du 8 mars`, `avant 16h`, `après le 1er novembre`, `dès 2019`, `jusqu'au 3 mars`.
    func openRange(at i: Int) -> Found? {
        var k = i
        while isRole(k, .filler) { k += 1 }
        var mod: String
        var start: Int
        if let (m, e) = openWord(at: k) { mod = m; start = e }
        else if isRole(k, .until) { mod = "ON_OR_BEFORE"; start = k + 1; if isRole(start, .at) || isRole(start, .in) { start += 1 } }
        else { return nil }
        guard start < count, !breaksLine(start) else { return nil }
        if var f = point(at: start) {
            guard f.anchor != .none || f.kind == .time || f.point?.year != nil else { return nil }
            f.first = i
            // `from 18th Dec for 10 days`: already a closed range.
            if mod == "AFTER", f.point == nil, f.value.contains("/") { return f }
            f.mod = mod
            if var p = f.point, let pod = p.partOfDay, p.hour == nil, mod == "AFTER" || mod == "BEFORE" {
                // Open on a part of day: its start or end; after midday is the afternoon.
                f.mod = mod == "AFTER" ? "START" : "END"
                if pod == "MI" { p.partOfDay = mod == "AFTER" ? "AF" : "MO"; f.mod = mod == "AFTER" ? nil : "END"; f.value = p.value }
            }
            f.point = nil
            return f
        }
        // `après déjeuner`: a part of day without article; after midday is the afternoon.
        if let pod = entry(start)?.partOfDay, let (day, anchor) = context.anchorDay() {
            var p = TimePoint.day(day)
            var m: String? = mod == "AFTER" ? "START" : "END"
            p.partOfDay = pod
            if pod == "MI" { p.partOfDay = mod == "AFTER" ? "AF" : "MO"; m = mod == "AFTER" ? nil : "END" }
            return Found(first: i, end: start + 1, kind: .time, value: p.value, mod: m, anchor: anchor)
        }
        // `à partir du 8`: a day of the month alone.
        if mod == "AFTER", isRole(start - 1, .ofThe), let (d, e) = dayNumber(at: start), cells[start].kind != .word,
           let (base, anchor) = context.anchorDay() {
            let b = CalendarMath.date(ofDayNumber: base)
            var y = b.year, m = b.month
            if d < b.day { m += 1; if m == 13 { m = 1; y += 1 } }
            guard CalendarMath.isValid(year: y, month: m, day: d) else { return nil }
            return Found(first: i, end: e, kind: .date, value: TimePoint(year: y, month: m, day: d).value, mod: mod, anchor: anchor)
        }
        if let y = yearAlone(at: start) {
            return Found(first: i, end: y.end, kind: .date, value: y.point.value, mod: mod, anchor: .explicit)
        }
        return nil
    }
}
