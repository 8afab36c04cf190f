/// Offsets from an anchor (`il y a trois jours`, `dans deux semaines`, `three days hence`,
/// `two weeks after March 3`), the last or next few units (`les 3 prochains jours`), the Nth unit
/// ahead (`upcoming two weeks`) and `as soon as possible`.
extension DateGrammar {
    /// `il y a trois jours`, `dans deux semaines`, `deux jours plus tard`, `un jour après`,
    /// `les 3 prochains jours`, `2 dernières semaines`.
    func offset(at i: Int) -> Found? {
        var k = i
        if isRole(k, .during), let a = amount(at: k + 1) { return daysFrom(a, first: i) }
        // `in about half an hour`: an approximation between the preposition and the amount.
        let about = isRole(k + 1, .around) ? 1 : 0
        let inWithin = lexicon.language.inBeforeAmountIsWithin && isRole(k, .in) && amount(at: k + 1 + about) != nil
        if isRole(k, .ago) || isRole(k, .within) || inWithin {
            let sign = isRole(k, .ago) ? -1 : 1
            k += 1 + about
            guard var a = amount(at: k) else { return nil }
            if about == 1 { a.approximate = true }
            guard let v = a.amount else {
                // `il y a plusieurs années`, `dans quelques jours`.
                return Found(first: i, end: a.end, kind: .date, value: sign < 0 ? "PAST_REF" : "FUTURE_REF", anchor: .reference)
            }
            // `in half an hour`, `in 3/4 hour`: a fraction of an hour in minutes.
            let minutes = a.unit == .hour && v != v.rounded() && (v * 60) == (v * 60).rounded()
            guard v == v.rounded() || minutes, let ref = context.reference, !ref.inferred else {
                // No reference: the date is unknown.
                return Found(first: i, end: a.end, kind: .date, value: Self.unknownDate(a.unit), anchor: .none)
            }
            guard let p = minutes ? shifted(sign * Int(v * 60), .minute, from: ref) : shifted(sign * Int(v), a.unit, from: ref) else { return nil }
            // `in 7 days at 5pm`: the clock time on the day reached.
            if a.unit == .day || a.unit == .week || a.unit == .fortnight, let day = p.dayNumber, let c = clock(at: a.end), c.certain {
                let t = Self.timePoint(c, day: day)
                return Found(first: i, end: c.end, kind: .time, value: t.value, anchor: .reference, point: t)
            }
            return Found(first: i, end: a.end, kind: p.isTime ? .time : .date, value: p.value, mod: a.approximate ? "APPROX" : nil,
                         anchor: .reference, point: p)
        }
        if isRole(k, .article) { k += 1 }
        // `the next 3 days`, `last two weeks`: a direction before the amount.
        if lexicon.language.relationsPrecede, let r = entry(k), r.relation != 0, let n = number(at: k + 1), let unit = entry(n.end)?.unit {
            if isRole(k, .upcoming) { return unitAhead(n.value, unit, first: i, end: n.end + 1) }
            return lastOrNext(n.value, r.relation, unit, first: i, end: n.end + 1)
        }
        // `the next few days`: Duckling's three.
        if lexicon.language.relationsPrecede, let r = entry(k), r.relation != 0, isRole(k + 1, .some), let unit = entry(k + 2)?.unit {
            return lastOrNext(3, r.relation, unit, first: i, end: k + 3)
        }
        // `les 3 prochains jours`, `2 dernières semaines`.
        if let n = number(at: k), let r = entry(n.end), r.relation != 0, let unit = entry(n.end + 1)?.unit {
            if isRole(n.end, .upcoming) { return unitAhead(n.value, unit, first: i, end: n.end + 2) }
            return lastOrNext(n.value, r.relation, unit, first: i, end: n.end + 2)
        }
        // `3 Fridays from now`, `two Sundays ago`: counting that weekday from today.
        if let n = number(at: k), n.value > 0, n.value < 100, let e = entry(n.end), e.weekday > 0, e.weekdayPlural {
            let later = fromNow(at: n.end + 1)
            let ago = lexicon.language.agoFollows && isRole(n.end + 1, .ago)
            guard later != nil || ago, let ref = context.deicticDay else { return nil }
            let day = ago ? Self.weekdayDay(e.weekday, from: ref - 1, direction: -1) - 7 * (n.value - 1)
                : Self.weekdayDay(e.weekday, from: ref, direction: 1) + 7 * (n.value - 1)
            let p = TimePoint.day(day)
            return Found(first: i, end: later?.end ?? n.end + 2, kind: .date, value: p.value, anchor: .reference, point: p)
        }
        guard let a = amount(at: k) else { return nil }
        // `3 heures suivantes`, `2 semaines passées`.
        if let v = a.amount, let r = entry(a.end), r.relation + r.discourseRelation != 0, cells[a.end].kind == .word {
            return lastOrNext(Int(v), r.relation + r.discourseRelation, a.unit, first: i, end: a.end + 1)
        }
        if let f = daysFrom(a, first: i) { return f }
        // `three days hence`, `two weeks from now`, `3 years from today`: from the moment of speaking.
        if let (fine, end) = fromNow(at: a.end) {
            guard let v = a.amount else { return Found(first: i, end: end, kind: .date, value: "FUTURE_REF", anchor: .reference) }
            guard v == v.rounded(), var ref = context.reference, !ref.inferred else {
                return Found(first: i, end: end, kind: .date, value: Self.unknownDate(a.unit), anchor: .none)
            }
            if !fine { ref.hour = nil; ref.minute = nil; ref.second = nil }
            if let off = entry(end - 1)?.dayOffset { ref.day += off }
            var shiftedPoint = shifted(Int(v), a.unit, from: ref)
            if !fine, let p = shiftedPoint, let y = p.year, let m = p.month ?? (a.unit == .year ? CalendarMath.date(ofDayNumber: ref.day).month : nil), p.day == nil {
                // From a named day, the day that many months or years on.
                let d = CalendarMath.date(ofDayNumber: ref.day).day
                shiftedPoint = TimePoint(year: y, month: m, day: min(d, CalendarMath.daysInMonth(year: y, month: m)))
            }
            guard let p = shiftedPoint else { return nil }
            return Found(first: i, end: end, kind: p.isTime ? .time : .date, value: p.value, mod: a.approximate ? "APPROX" : nil,
                         anchor: .reference, point: p)
        }
        // `three days ago`, in languages that put `ago` after the amount.
        if lexicon.language.agoFollows, isRole(a.end, .ago) {
            let end = a.end + 1
            guard let v = a.amount else { return Found(first: i, end: end, kind: .date, value: "PAST_REF", anchor: .reference) }
            guard v == v.rounded(), let ref = context.reference, !ref.inferred else {
                return Found(first: i, end: end, kind: .date, value: Self.unknownDate(a.unit), anchor: .none)
            }
            guard let p = shifted(-Int(v), a.unit, from: ref) else { return nil }
            return Found(first: i, end: end, kind: p.isTime ? .time : .date, value: p.value, mod: a.approximate ? "APPROX" : nil,
                         anchor: .reference, point: p)
        }
        // `deux jours plus tard`, `un jour après`, `trois semaines auparavant`.
        let later = isRole(a.end, .later) || isRole(a.end, .after)
        let earlier = isRole(a.end, .earlier) || isRole(a.end, .before)
        guard later || earlier else { return nil }
        if isRole(a.end, .after) || isRole(a.end, .before), a.end + 1 < count, !endsClause(a.end + 1), !isRole(a.end + 1, .and) {
            // `three days after March 3`: relative to the date named.
            if let v = a.amount, v == v.rounded(), a.unit != .hour, a.unit != .minute, a.unit != .second,
               let d = date(at: a.end + 1), let base = d.point.dayNumber, d.point.hour == nil, d.anchor != .none,
               let s = shifted(Int(v) * (later ? 1 : -1), a.unit, from: DateContext.Reference(day: base, inferred: false)) {
                return Found(first: i, end: d.end, kind: .date, value: s.value, anchor: d.anchor, point: s)
            }
            // `deux jours après l'annonce`, `12 ans après avoir quitté`: relative to an event, so
            // only the amount is a timex (a duration).
            return nil
        }
        let end = a.end + 1
        guard let v = a.amount, v == v.rounded() else {
            return Found(first: i, end: end, kind: .duration, value: Self.durationValue(a), anchor: .none)
        }
        let n = Int(v) * (later ? 1 : -1)
        if let p = context.recentPrevious, let base = p.dayNumber, context.previousParagraph >= context.paragraph - 1 {
            guard let s = shifted(n, a.unit, from: DateContext.Reference(day: base, inferred: false)) else { return nil }
            return Found(first: i, end: end, kind: .date, value: s.value, anchor: .previous, point: s)
        }
        guard let ref = context.reference, !ref.inferred else {
            return Found(first: i, end: end, kind: .duration, value: Self.durationValue(a), anchor: .none)
        }
        var r = ref
        r.hour = nil; r.minute = nil; r.second = nil
        guard let s = shifted(n, a.unit, from: r) else { return nil }
        return Found(first: i, end: end, kind: .date, value: s.value, anchor: .reference, point: s)
    }

    /// `upcoming two weeks`, `2 upcoming days`: the single unit `n` ahead of the reference's.
    private func unitAhead(_ n: Int, _ unit: TimeUnit, first: Int, end: Int) -> Found? {
        guard n > 0, let ref = context.reference, !ref.inferred else { return nil }
        switch unit {
        case .day, .week, .month, .quarter, .year:
            guard let p = Self.period(unit, containing: ref.day, shift: n) else { return nil }
            return Found(first: first, end: end, kind: .date, value: p.value, anchor: .reference, point: p.day == nil ? nil : p)
        default:
            return lastOrNext(n, 1, unit, first: first, end: end)
        }
    }

    /// `10 days from 18th Dec`: the days that follow a date, as a range.
    private func daysFrom(_ a: Amount, first: Int) -> Found? {
        guard isRole(a.end, .from), let v = a.amount, v == v.rounded(), v > 0, a.unit == .day || a.unit == .week,
              let d = date(at: a.end + 1), let base = d.point.dayNumber, d.point.hour == nil, d.anchor != .none else { return nil }
        let to = TimePoint.day(base + Int(v) * (a.unit == .week ? 7 : 1))
        return Found(first: first, end: d.end, kind: .date, value: TimePoint.day(base).value + "/" + to.value, anchor: d.anchor)
    }

    /// `hence`, `from now` (at the reference's time: `fine`), `from today`, `from tomorrow` (at
    /// the day, moved by the day's offset) after an amount; returns where it ends.
    func fromNow(at k: Int) -> (fine: Bool, end: Int)? {
        if isRole(k, .fromNow) { return (true, k + 1) }
        guard isRole(k, .from), let e = entry(k + 1) else { return nil }
        if e.reference == "PRESENT_REF" { return (true, k + 2) }
        if e.dayOffset != nil, e.discourseOffset == nil { return (false, k + 2) }
        return nil
    }

    /// The last or next `n` units before or after the reference, as a range.
    private func lastOrNext(_ n: Int, _ direction: Int, _ unit: TimeUnit, first: Int, end: Int) -> Found? {
        guard n > 0, let ref = context.reference, !ref.inferred else { return nil }
        let a = direction > 0 ? 1 : -n, b = direction > 0 ? n : -1
        var from: TimePoint, to: TimePoint
        switch unit {
        case .second, .minute, .hour:
            guard var f = shifted(a, unit, from: ref), var t = shifted(b, unit, from: ref) else { return nil }
            if unit == .hour { f.minute = 0; t.minute = 0 }
            if unit == .minute { f.second = nil; t.second = nil }
            from = f; to = t
        case .day: from = .day(ref.day + a); to = .day(ref.day + b)
        case .week, .month, .quarter, .year:
            from = Self.period(unit, containing: ref.day, shift: a)!
            to = Self.period(unit, containing: ref.day, shift: b)!
        default: return nil
        }
        return Found(first: first, end: end, kind: unit == .hour || unit == .minute || unit == .second ? .time : .date,
                     value: from.value + "/" + to.value, anchor: .reference)
    }

    /// `ASAP`, `as soon as possible`: from the reference time on.
    func soonest(at i: Int) -> DatePart? {
        guard let r = context.reference, !r.inferred else { return nil }
        var p = TimePoint.day(r.day)
        p.hour = r.hour; p.minute = r.hour == nil ? nil : r.minute ?? 0; p.second = r.hour == nil ? nil : r.second ?? 0
        return DatePart(first: i, end: i + 1, point: p, anchor: .reference, mod: "AFTER")
    }

    /// The value of a date offset from an unknown reference: `XXXX`, `XXXX-XX` or `XXXX-XX-XX`.
    static func unknownDate(_ unit: TimeUnit) -> String {
        unit == .year ? "XXXX" : unit == .month ? "XXXX-XX" : "XXXX-XX-XX"
    }
}
