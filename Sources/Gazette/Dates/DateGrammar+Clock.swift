/// Clock times: `14h30`, `18 h 45`, `15:00`, `à quinze heures trente`, `midi et quart`,
/// `onze heures trois quarts`, `8 heures du soir`, `à seize heures CET`.
extension DateGrammar {
    struct Clock {
        var first: Int
        var end: Int
        var hour: Int
        var minute: Int?
        var partOfDay: String?
        var zone: String?
        var approximate = false
        /// Introduced by `à`, `vers`…, or written with `h` or `:`: surely a time, not a duration.
        var certain = false
    }

    /// Minutes after `heures`/`midi`: `trente`, `et quart`, `et demie`, `moins le quart`,
    /// `moins cinq`, `trois quarts`, `et quinze minutes`, `passé de 15 minutes`.
    private func minutes(at k: Int) -> (minutes: Int, end: Int)? {
        guard k < count, !breaksLine(k) else { return nil }
        if isRole(k, .and) {
            if isRole(k + 1, .quarter) { return (15, k + 2) }
            if isRole(k + 1, .half) { return (30, k + 2) }
            if let n = number(at: k + 1), n.value < 60, entry(n.end)?.unit == .minute { return (n.value, n.end + 1) }
            return nil
        }
        if isRole(k, .minus) {
            var j = k + 1
            if isRole(j, .article) { j += 1 }
            if isRole(j, .quarter) { return (-15, j + 1) }
            if let n = number(at: j), n.value < 60, n.value > 0 { return (-n.value, entry(n.end)?.unit == .minute ? n.end + 1 : n.end) }
            return nil
        }
        if isRole(k, .past), isRole(k + 1, .of), let n = number(at: k + 2), n.value < 60 {
            return (n.value, entry(n.end)?.unit == .minute ? n.end + 1 : n.end)
        }
        if entry(k)?.relation == -1, isRole(k + 1, .of), let n = number(at: k + 2), n.value < 60 {  // `passé de` read as a relation
            return (n.value, entry(n.end)?.unit == .minute ? n.end + 1 : n.end)
        }
        if let n = number(at: k), n.value == 3, isRole(n.end, .quarters) { return (45, n.end + 1) }
        if let n = number(at: k), n.value < 60, entry(n.end)?.unit == nil || entry(n.end)?.unit == .minute {
            if n.inDigits && cells[k].digits != 2 && entry(n.end)?.unit != .minute { return nil }
            return (n.value, entry(n.end)?.unit == .minute ? n.end + 1 : n.end)
        }
        return nil
    }

    /// A clock time at `i`. `bare` accepts a number alone as an hour (inside ranges).
    func clock(at i: Int, bare: Bool = false) -> Clock? {
        var k = i
        var approximate = false, introduced = false
        for _ in 0..<3 {
            if isRole(k, .at) {
                // `de 4 à 12 heures`: a range of amounts, not a clock time.
                if k > 0, cells[k - 1].kind == .number || cells[k - 1].wordNumber >= 0, k + 2 < count, entry(k + 2)?.unit == .hour,
                   !(k > 1 && (entry(k - 2)?.weekday ?? 0 > 0 || entry(k - 2)?.month ?? 0 > 0)) { return nil }
                k += 1; introduced = true; continue
            }
            if isRole(k, .toward) { k += 1; approximate = true; introduced = true; continue }
            if isRole(k, .around) { k += 1; approximate = true; continue }
            break
        }
        guard k < count, !breaksLine(k) else { return nil }
        var c: Clock
        if let h = entry(k)?.namedHour, h >= 0 {
            // `le Midi`, `Midi Libre`: a capitalised name inside a sentence.
            if cells[k].flags.contains(.capitalized), k > 0, cells[k - 1].kind != .punctuation { return nil }
            c = Clock(first: i, end: k + 1, hour: h, certain: true)
            if let (m, e) = minutes(at: k + 1) { c.minute = m; c.end = e }
        } else if let n = number(at: k), n.value <= 24, !(n.inDigits && cells[k].digits > 2) {
            let e = n.end
            if isRole(e, .hourMark) {
                c = Clock(first: i, end: e + 1, hour: n.value, certain: true)
                if let m = digits(e + 1), cells[e + 1].digits == 2, m < 60 {
                    c.minute = m; c.end = e + 2
                    if entry(c.end)?.unit == .minute { c.end += 1 }
                } else if digits(e + 1) == nil, let (m, e2) = minutes(at: e + 1) {
                    c.minute = m; c.end = e2
                }
            } else if isMark(e, ":"), cells[e].flags.contains(.attached), n.inDigits, let m = digits(e + 1),
                      cells[e + 1].digits == 2, cells[e + 1].flags.contains(.attached), m < 60, n.value < 24 {
                c = Clock(first: i, end: e + 2, hour: n.value, minute: m, certain: true)
            } else if entry(e)?.unit == .hour {
                c = Clock(first: i, end: e + 1, hour: n.value, certain: introduced)
                if let (m, e2) = minutes(at: e + 1) { c.minute = m; c.end = e2; c.certain = true }
            } else if isRole(e, .anteMeridiem) || isRole(e, .postMeridiem), n.value >= 1, n.value <= 12 {
                c = Clock(first: i, end: e, hour: n.value, certain: true)
            } else if bare, n.value <= 24 {
                c = Clock(first: i, end: e, hour: n.value, certain: false)
            } else {
                return nil
            }
        } else {
            return nil
        }
        if let m = c.minute, m < 0 {
            c.hour = (c.hour + 23) % 24
            c.minute = 60 + m
        }
        c.approximate = approximate
        // `du matin`, `du soir`, `de l'après-midi`, `dans la soirée`.
        var j = c.end
        if isRole(j, .of) || isRole(j, .within) {
            var p = j + 1
            if isRole(p, .article) { p += 1 }
            if let pod = entry(p)?.partOfDay, !breaksLine(p) { c.partOfDay = pod; c.end = p + 1; c.certain = true }
        }
        // `3pm`, `3:30 p.m.`, `noon`-less 12-hour times.
        j = c.end
        if c.partOfDay == nil, c.hour >= 1, c.hour <= 12, isRole(j, .anteMeridiem) || isRole(j, .postMeridiem) {
            c.hour = isRole(j, .postMeridiem) ? c.hour % 12 + 12 : c.hour % 12
            c.end = j + 1
            c.certain = true
            if isMark(c.end, "."), cells[c.end].flags.contains(.attached), c.end + 1 == count { c.end += 1 }
        }
        j = c.end
        if let z = entry(j)?.zone, cells[j].flags.contains(.allCaps) { c.zone = z; c.end = j + 1 }
        if let pod = c.partOfDay { c.hour = Self.adjust(hour: c.hour, for: pod) }
        c.certain = c.certain || introduced
        return c
    }

    /// A 12-hour clock hour read with a part of day (`6h du soir` → 18).
    static func adjust(hour: Int, for pod: String) -> Int {
        switch pod {
        case "AF", "EV": return hour < 12 ? hour + 12 : hour
        case "NI": return hour >= 7 && hour < 12 ? hour + 12 : hour
        default: return hour
        }
    }

    /// The point of a clock on day `day` (nil: unknown day).
    static func timePoint(_ c: Clock, day: Int?) -> TimePoint {
        var p = day.map { TimePoint.day($0) } ?? TimePoint()
        if day == nil { p.month = nil }
        p.hour = c.hour == 24 ? 0 : c.hour
        p.minute = c.minute ?? 0
        p.zone = c.zone
        return p
    }
}
