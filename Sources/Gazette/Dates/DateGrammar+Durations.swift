/// Durations (`quatre jours`, `une demi-heure`, `trois quarts d'heure`), moving the reference by
/// an amount (offsets are in `DateGrammar+Offsets.swift`), sets (`tous les lundis`, `chaque
/// année`) and `maintenant`.
extension DateGrammar {
    /// An amount of units: `quatre jours`, `une heure et demie`, `quelques semaines`,
    /// `une demi-heure`, `trois quarts d'heure`. `amount` is nil for `quelques`.
    struct Amount {
        var first: Int
        var end: Int
        var amount: Double?
        var unit: TimeUnit
        var approximate = false
    }

    func amount(at i: Int) -> Amount? {
        var k = i
        guard k < count, !breaksLine(k) else { return nil }
        if let n = number(at: k), isRole(n.end + 1, .of) {
            // `trois quarts d'heure`, `un quart d'heure`.
            if isRole(n.end, .quarters) || isRole(n.end, .quarter), entry(n.end + 2)?.unit == .hour {
                return Amount(first: i, end: n.end + 3, amount: Double(n.value) * 0.25, unit: .hour)
            }
            // `a quarter of an hour`, `three quarters of an hour`, where the quarter is also a unit.
            if entry(n.end)?.unit == .quarter, n.end + 2 < count, cells[n.end + 2].wordNumber == 1, entry(n.end + 3)?.unit == .hour {
                return Amount(first: i, end: n.end + 4, amount: Double(n.value) * 0.25, unit: .hour)
            }
        }
        // `half an hour`: a half before one unit.
        if isRole(k, .half), k + 1 < count, cells[k + 1].wordNumber == 1, let unit = entry(k + 2)?.unit, !breaksLine(k + 2) {
            return Amount(first: i, end: k + 3, amount: 0.5, unit: unit)
        }
        // `1/4 hour`, `3/4 hour`: a fraction of a unit.
        if let a = digits(k), isMark(k + 1, "/"), cells[k + 1].flags.contains(.attached), let b = digits(k + 2), b == 2 || b == 4, a < b,
           cells[k + 2].flags.contains(.attached), let unit = entry(k + 3)?.unit, unit == .hour || unit == .minute, !breaksLine(k + 3) {
            return Amount(first: i, end: k + 4, amount: Double(a) / Double(b), unit: unit)
        }
        var value: Double?
        // `une dizaine de jours`, `une trentaine d'années`, `a couple hours`.
        var j = k
        if cells[j].wordNumber == 1 { j += 1 }
        if let n = entry(j)?.approximateNumber, n > 0, case let u = isRole(j + 1, .of) ? j + 2 : j + 1, u > j + 1 || lexicon.language.relationsPrecede,
           let unit = entry(u)?.unit, !breaksLine(u) {
            return Amount(first: i, end: u + 1, amount: Double(n), unit: unit, approximate: true)
        }
        if isRole(k, .some) { k += 1 }
        else if let n = number(at: k) {
            guard !cells[k].flags.contains(.decimal) else { return nil }
            value = Double(n.value); k = n.end
            if isRole(k, .half), isMark(k + 1, "-") { value = 0.5 * value!; k += 2 }  // une demi-heure
        } else if cells[k].kind == .number, cells[k].flags.contains(.decimal) {
            return nil
        } else {
            return nil
        }
        if value != nil, k < count, cells[k].kind == .punctuation, cells[k].flags.contains(.attached),
           isRole(i - 1, .within) || isRole(i - 1, .ago) || (lexicon.language.inBeforeAmountIsWithin && isRole(i - 1, .in)) {
            // `dans 2'`, `dans 1"`: minutes and seconds marks.
            if cells[k].mark == 0x27 { return Amount(first: i, end: k + 1, amount: value, unit: .minute) }
            if cells[k].mark == 0x22 { return Amount(first: i, end: k + 1, amount: value, unit: .second) }
        }
        guard let unit = entry(k)?.unit, !breaksLine(k) else { return nil }
        // A one-letter unit joined to its number (`2018Q4`) is part of a code, not an amount.
        if cells[k].end - cells[k].start == 1, cells[k].flags.contains(.attached) { return nil }
        // `une seconde fois`, `une quinzaine de personnes`: not amounts of time; nor is the
        // ordinal before a noun (`a second chance`, `une seconde chance`).
        if isRole(k + 1, .times) { return nil }
        if (entry(k)?.ordinal ?? 0) > 0, k + 1 < count, cells[k + 1].kind == .word, cells[k + 1].lex == 0 { return nil }
        if unit == .fortnight, isRole(k + 1, .of) { return nil }
        // `la guerre de Trente Ans`, `les 24 Heures du Mans`: a capitalised unit inside a name.
        if cells[k].flags.contains(.capitalized), !cells[k].flags.contains(.allCaps), k > 0 { return nil }
        var end = k + 1
        if isRole(end, .and), isRole(end + 1, .half), let v = value { value = v + 0.5; end += 2 }
        if isRole(end, .whole) { end += 1 }
        return Amount(first: i, end: end, amount: value, unit: unit)
    }

    /// TIMEX3 duration value: `P4D`, `PT2H`, `PT30M`, `PXW`, `P2Y6M`.
    static func durationValue(_ a: Amount) -> String {
        guard let v = a.amount else {
            switch a.unit {
            case .second: return "PTXS"
            case .minute: return "PTXM"
            case .hour: return "PTXH"
            case .day: return "PXD"
            case .week, .fortnight: return "PXW"
            case .weekend: return "PXWE"
            case .month, .quarter, .half: return "PXM"
            case .year: return "PXY"
            case .decade: return "PXDE"
            case .century: return "PXCE"
            }
        }
        func n(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
        switch a.unit {
        case .second: return "PT\(n(v))S"
        case .minute: return "PT\(n(v))M"
        case .hour:
            if v != v.rounded() { let h = Int(v); let m = Int((v - Double(h)) * 60); return h == 0 ? "PT\(m)M" : "PT\(h)H\(m)M" }
            return "PT\(n(v))H"
        case .day: return "P\(n(v))D"
        case .week: return "P\(n(v))W"
        case .fortnight: return "P\(n(v * 2))W"
        case .weekend: return "P\(n(v))WE"
        case .month: return "P\(n(v))M"
        case .quarter: return "P\(n(v * 3))M"
        case .half: return "P\(n(v * 6))M"
        case .year:
            if v != v.rounded() { return "P\(Int(v))Y6M" }
            return "P\(n(v))Y"
        case .decade: return "P\(n(v * 10))Y"
        case .century: return "P\(n(v * 100))Y"
        }
    }

    /// `quatre jours`, `pendant deux heures`, `environ trois semaines`, `un mois entier`.
    func duration(at i: Int) -> Found? {
        var k = i
        var mod: String?
        var introduced = false
        if isRole(k, .during) || isRole(k, .since) || isRole(k, .in) { k += 1; introduced = true }
        let first = k
        if isRole(k, .around) { mod = "APPROX"; k += 1 } else if isRole(k, .moreThan) { mod = "MORE_THAN"; k += 1 } else if isRole(k, .lessThan) { mod = "LESS_THAN"; k += 1 }
        guard let a = amount(at: k) else { return nil }
        if a.approximate, mod == nil { mod = "APPROX" }
        if a.unit == .weekend && a.amount == nil { return nil }
        // `un jour` alone is indefinite.
        if a.amount == 1, a.unit == .day, !introduced, cells[k].kind == .word, a.end == k + 2 { return nil }
        return Found(first: first, end: a.end, kind: .duration, value: Self.durationValue(a), mod: mod, anchor: .none)
    }

    /// Moves the reference by `n` units. With a date reference the result is at the unit's grain
    /// (days for days and weeks, `2023-08` for months, `2020` for years). With a date-time
    /// reference (a precise "now") it points one grain finer, at the moment reached: `dans un
    /// jour` at the hour, `dans deux mois` at the day, `dans un an` at the month; seconds and
    /// minutes to the second, hours to the minute.
    func shifted(_ n: Int, _ unit: TimeUnit, from base: DateContext.Reference) -> TimePoint? {
        // `in 2147483647 years`: no calendar date.
        guard abs(n) <= 1_000_000 else { return nil }
        let fine = base.hasTime
        switch unit {
        case .second, .minute, .hour:
            guard let h = base.hour else { return nil }
            let step = unit == .hour ? 3600 : unit == .minute ? 60 : 1
            var t = base.day * 86400 + h * 3600 + (base.minute ?? 0) * 60 + (base.second ?? 0) + n * step
            let day = Int((Double(t) / 86400).rounded(.down))
            t -= day * 86400
            var p = TimePoint.day(day)
            p.hour = t / 3600; p.minute = (t % 3600) / 60
            if unit != .hour { p.second = t % 60 }
            return p
        case .day:
            var p = TimePoint.day(base.day + n)
            if fine { p.hour = base.hour; p.minute = nil }
            return p
        case .week: return .day(base.day + 7 * n)
        case .fortnight:
            // Fourteen days, like days: at the hour from a precise now.
            var p = TimePoint.day(base.day + 14 * n)
            if fine { p.hour = base.hour; p.minute = nil }
            return p
        case .month, .quarter, .half, .year:
            let months = n * (unit == .month ? 1 : unit == .quarter ? 3 : unit == .half ? 6 : 12)
            let d = CalendarMath.date(ofDayNumber: base.day)
            let m = d.year * 12 + d.month - 1 + months
            var p = TimePoint(year: m / 12, month: m % 12 + 1)
            if unit == .year {
                if !fine { p.month = nil }
            } else if fine {
                p.day = min(d.day, CalendarMath.daysInMonth(year: m / 12, month: m % 12 + 1))
            }
            return p
        case .decade, .century, .weekend: return nil
        }
    }

    /// `tous les lundis`, `chaque année`, `toutes les deux semaines`, `deux fois par semaine`, `chaque matin`.
    func set(at i: Int) -> Found? {
        var k = i
        if let n = number(at: k), isRole(n.end, .times), isRole(n.end + 1, .per), let unit = entry(n.end + 2)?.unit {
            let a = Amount(first: i, end: n.end + 3, amount: 1, unit: unit)
            return Found(first: i, end: a.end, kind: .set, value: Self.durationValue(a), anchor: .none)
        }
        guard isRole(k, .every) else { return nil }
        k += 1
        if isRole(k, .article) { k += 1 }
        if let e = entry(k), e.weekday > 0, !breaksLine(k) {
            return Found(first: i, end: k + 1, kind: .set, value: "XXXX-WXX-\(e.weekday)", anchor: .none)
        }
        if let pod = entry(k)?.partOfDay {
            return Found(first: i, end: k + 1, kind: .set, value: "XXXX-XX-XXT\(pod)", anchor: .none)
        }
        if let unit = entry(k)?.unit {
            let a = Amount(first: k, end: k + 1, amount: 1, unit: unit)
            return Found(first: i, end: k + 1, kind: .set, value: Self.durationValue(a), anchor: .none)
        }
        if let a = amount(at: k), a.amount != nil {
            return Found(first: i, end: a.end, kind: .set, value: Self.durationValue(a), anchor: .none)
        }
        return nil
    }

    /// `maintenant`, `actuellement`, `tout de suite` (PRESENT_REF); `à l'époque` (PAST_REF).
    func presentOrPast(at i: Int) -> Found? {
        guard let r = entry(i)?.reference else { return nil }
        return Found(first: i, end: i + 1, kind: .date, value: r, anchor: .reference)
    }
}
