/// Points in time: a date, a part of day, a clock time, or their combinations in either order
/// (`Jeudi soir 16 novembre`, `vendredi à midi`, `15h le 1er novembre`, `8 heures ce soir`,
/// `ce soir`, `le 15 février dans la matinée`, `matinée du 15 février`).
extension DateGrammar {
    /// A part of day after a date: `soir`, `au soir`, `le matin`, `dans la soirée`, `en soirée`,
    /// `en fin d'après-midi`. Returns code, mod and end.
    func partOfDayAfter(_ k: Int) -> (pod: String, mod: String?, end: Int)? {
        var j = k
        if isMark(j, ",") { j += 1 }
        guard j < count, !breaksLine(j) else { return nil }
        if let p = entry(j)?.partOfDay { return (p, earlyMod(j + 1).map { _ in "START" }, j + 1 + (earlyMod(j + 1) ?? 0)) }
        var mod: String?
        var p = j
        if let n = earlyMod(p) {
            p += n
            if isRole(p, .article) { p += 1 }
            if let pod = entry(p)?.partOfDay { return (pod, "START", p + 1) }
            return nil
        }
        if isRole(p, .in) || isRole(p, .at) || isRole(p, .within) || isRole(p, .article) { p += 1 }
        if isRole(p, .article) { p += 1 }
        if let m = entry(p)?.mod, isRole(p + 1, .of) { mod = m; p += 2; if isRole(p, .article) { p += 1 } }
        else if let m = entry(p)?.mod, isMark(p + 1, "-"), cells[p + 1].flags.contains(.attached) { mod = m; p += 2 }  // `à la mi-journée`
        if mod != nil, entry(p)?.unit == .day { return mod == "END" ? ("EV", nil, p + 1) : ("DT", mod, p + 1) }
        guard p > j, let pod = entry(p)?.partOfDay else { return nil }
        if let n = earlyMod(p + 1) { return (pod, "START", p + 1 + n) }
        return (pod, mod, p + 1)
    }

    /// `tôt` or `très tôt` at `k`: its length.
    private func earlyMod(_ k: Int) -> Int? {
        if isRole(k, .early) { return 1 }
        if isRole(k, .very), isRole(k + 1, .early) { return 2 }
        return nil
    }

    /// A part of day alone: `ce soir`, `cette nuit`, `le soir`, `l'après-midi`, `dans la soirée`,
    /// `tôt le matin`, `ce soir-là`, `matinée du 15 février`.
    func partOfDay(at i: Int) -> DatePart? {
        var k = i
        var mod: String?
        if let n = earlyMod(k) { mod = "START"; k += n }
        let this = entry(k)?.this == true
        // `tonight`: a demonstrative and its part of day in one word.
        let thisPod = this && entry(k)?.hasPartOfDay == true
        if isRole(k, .during) { k += 1 }
        if this && !thisPod || isRole(k, .article) || isRole(k, .within) || isRole(k, .in) { k += 1 }
        if isRole(k, .article) { k += 1 }
        guard let pod = entry(k)?.partOfDay, !breaksLine(k) else { return nil }
        var end = k + 1
        if let n = earlyMod(end) { mod = "START"; end += n }
        // `matinée du 15 février`.
        if isRole(end, .of), let d = date(at: end + 1), d.point.day != nil {
            var p = d.point
            p.partOfDay = pod
            var e = d.end
            // `la nuit de samedi à dimanche`: the night of the first day.
            if isRole(e, .at), let next = date(at: e + 1), next.point.day != nil { e = next.end }
            return DatePart(first: i, end: e, point: p, anchor: d.anchor, mod: mod)
        }
        guard k > i || thisPod else { return nil }
        // `ce soir-là`: the day of the discourse.
        var there = false
        if isMark(end, "-"), cells[end].flags.contains(.attached), isRole(end + 1, .article), cells[end + 1].flags.contains(.accented) { end += 2; there = true }
        let anchorDay: (Int, Timex.Anchor)?
        if this && !there {
            anchorDay = context.deicticDay.map { ($0, .reference) } ?? context.anchorDay()
        } else if let h = context.heading {
            anchorDay = (h, .heading)
        } else if let p = context.recentPrevious?.dayNumber, context.previousParagraph == context.paragraph || there {
            anchorDay = (p, .previous)
        } else {
            anchorDay = context.anchorDay()
        }
        guard let (day, anchor) = anchorDay else {
            var p = TimePoint()
            p.partOfDay = pod
            return DatePart(first: i, end: end, point: p, anchor: .none, mod: mod)
        }
        var p = TimePoint.day(day)
        p.partOfDay = pod
        return DatePart(first: i, end: end, point: p, anchor: anchor, mod: mod)
    }

    /// Resolves a clock without a date on the anchor day; with a reference time and no past
    /// tense, a time whose hour is already gone is the next day's, and an open 12-hour time
    /// takes its next reading (``nextOccurrence(_:after:direction:)``, which may set `c.hour`).
    func clockDay(_ c: inout Clock, first: Int, end: Int) -> (day: Int?, anchor: Timex.Anchor) {
        // The day the sentence speaks of, or the paragraph when it wrote the date in full.
        if let p = context.previous, let day = p.dayNumber,
           context.previousSentence == context.sentence || (context.previousParagraph == context.paragraph && context.previousExplicit) {
            return (day, .previous)
        }
        guard let (day, anchor) = context.anchorDay() else { return (nil, .none) }
        let dir = direction(first, end)
        if anchor == .reference, let r = context.reference, r.hour != nil {
            let (shift, hour) = Self.nextOccurrence(c, after: r, direction: dir)
            c.hour = hour
            return (day + shift, anchor)
        }
        // `à minuit` ends the day it is said on, unless the tense is past.
        if context.reference?.hasTime != true, c.hour == 0 || c.hour == 24, (c.minute ?? 0) == 0, dir >= 0, entry(end - 1)?.namedHour == 0 {
            return (day + 1, anchor)
        }
        return (day, anchor)
    }

    func found(_ d: DatePart) -> Found {
        var value = d.point.value
        if d.anchor == .none, value == "XXXX" {
            value = d.underspecified ?? d.weekday.map { "XXXX-WXX-\($0)" } ?? "XXXX-XX-XX"
        }
        return Found(first: d.first, end: d.end, kind: d.point.isTime ? .time : .date, value: value, mod: d.mod,
                     anchor: d.anchor, point: d.point)
    }

    /// The longest point at `i`.
    func point(at i: Int) -> Found? {
        var best: Found?
        func consider(_ f: Found?) {
            guard let f else { return }
            if best == nil || f.end > best!.end { best = f }
        }
        // A date, then a part of day or a clock time.
        if let d = date(at: i) ?? partOfDay(at: i) {
            consider(found(d))
            if d.point.day != nil, d.point.hour == nil {
                var p = d.point
                var end = d.end
                var mod = d.mod
                if p.partOfDay == nil, let (pod, m, e) = partOfDayAfter(end) {
                    p.partOfDay = pod; mod = m ?? mod; end = e
                    consider(Found(first: i, end: end, kind: .time, value: p.value, mod: mod, anchor: d.anchor, point: p))
                }
                var k = end
                if isMark(k, ",") || lexicon.language.twelveHourClock && isRole(k, .during) { k += 1 }
                if var c = clock(at: k), c.certain || c.hourAfterAt {
                    if let pod = p.partOfDay { c.hour = adjusted(c, for: pod) }
                    let day = d.point.dayNumber.map { $0 + podDayShift(d, c) }
                    var t = Self.timePoint(c, day: day)
                    if d.point.year == nil { t.year = nil; t.month = d.point.month; t.day = d.point.day }
                    consider(Found(first: i, end: c.end, kind: .time, value: t.value, mod: c.approximate ? "APPROX" : nil, anchor: d.anchor, point: t))
                }
                consider(afterDate(d, from: end))
                // `18th Dec for 10 days`: the days from that date, as a range.
                if p.partOfDay == nil, isRole(end, .during), let a = amount(at: end + 1), let v = a.amount, v == v.rounded(), v > 0,
                   a.unit == .day || a.unit == .week, let base = d.point.dayNumber, d.anchor != .none {
                    let to = TimePoint.day(base + Int(v) * (a.unit == .week ? 7 : 1))
                    consider(Found(first: i, end: a.end, kind: .date, value: d.point.value + "/" + to.value, anchor: d.anchor))
                }
            }
        }
        // A clock time, then a date or a part of day.
        if var c = clock(at: i) ?? hourBeforeDay(at: i) {
            var k = c.end
            if isMark(k, ",") || isRole(k, .at) { k += 1 }
            if let d = date(at: k) ?? partOfDay(at: k), d.point.day != nil, d.point.hour == nil {
                var end = d.end
                var pod = d.point.partOfDay
                if pod == nil, let (pd, _, e) = partOfDayAfter(end) { pod = pd; end = e }
                if let pod, c.partOfDay == nil { c.hour = adjusted(c, for: pod) }
                var t = Self.timePoint(c, day: d.point.dayNumber.map { $0 + podDayShift(d, c) })
                if d.point.year == nil { t.year = nil; t.month = d.point.month; t.day = d.point.day }
                consider(Found(first: i, end: end, kind: .time, value: t.value, mod: c.approximate ? "APPROX" : nil, anchor: d.anchor, point: t))
            } else if c.certain {
                let (day, anchor) = clockDay(&c, first: i, end: c.end)
                let t = Self.timePoint(c, day: day)
                consider(Found(first: i, end: c.end, kind: .time, value: t.value, mod: c.approximate ? "APPROX" : nil, anchor: anchor, point: day == nil ? nil : t))
            }
        }
        return best
    }

    /// After a date with a day: `jusqu'à 16h` (a range from the start of the day), `après 9h30`,
    /// `à partir de midi` (open), `de 9h à 11h`, `entre 9h30 et 11h` (a range of times).
    func afterDate(_ d: DatePart, from end: Int) -> Found? {
        var k = end
        if isMark(k, ",") { k += 1 }
        while isRole(k, .filler) { k += 1 }
        guard let day = d.point.dayNumber else { return nil }
        if var r = clockRange(at: k, on: (day, d.anchor)) {
            r.first = d.first
            return r
        }
        if isRole(k, .until), let c = clock(at: k + 1), c.certain {
            var from = TimePoint.day(day)
            from.hour = 0; from.minute = 0
            let to = Self.timePoint(c, day: day)
            return Found(first: d.first, end: c.end, kind: .time, value: from.value + "/" + to.value, anchor: d.anchor)
        }
        if let (mod, e) = openWord(at: k), let c = clock(at: e, bare: false), c.certain || c.hour >= 0 {
            var t = Self.timePoint(c, day: day)
            if let pod = d.point.partOfDay, c.partOfDay == nil { t.hour = adjusted(c, for: pod) }
            return Found(first: d.first, end: c.end, kind: .time, value: t.value, mod: mod, anchor: d.anchor)
        }
        if var r = timeRange(at: k, day: day, anchor: d.anchor) {
            r.first = d.first
            return r
        }
        return nil
    }

    /// `à partir de`, `après`, `plus tard que`, `dès`, `avant`: the mod and where the bound starts.
    func openWord(at k: Int) -> (mod: String, end: Int)? {
        if isRole(k, .from) {
            var e = k + 1
            if isRole(e, .of) { e += 1 }
            return ("AFTER", e)
        }
        if isRole(k, .after) { return ("AFTER", k + 1) }
        if isRole(k, .later), isRole(k + 1, .than) { return ("AFTER", k + 2) }
        if isRole(k, .before) { return ("BEFORE", k + 1) }
        return nil
    }
}
