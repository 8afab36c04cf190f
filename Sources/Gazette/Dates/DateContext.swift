/// What relative expressions resolve against while a document is read front to back: the
/// reference date, the dated heading above, and the previous date of the discourse.
struct DateContext {
    /// The reference point: a day number and, when given, a time of day.
    struct Reference {
        var day: Int
        var hour: Int?
        var minute: Int?
        var second: Int?
        /// Inferred from the text: deictic days (`hier`) are not resolved against it.
        var inferred = false

        /// Parses `2023-11-21` or `2013-02-12T04:30:00` (seconds and minutes optional).
        init?(iso: String) {
            let u = Array(iso.utf8)
            func num(_ a: Int, _ n: Int) -> Int? {
                guard a + n <= u.count else { return nil }
                var v = 0
                for k in a..<a + n { guard u[k] >= 48 && u[k] <= 57 else { return nil }; v = v * 10 + Int(u[k] - 48) }
                return v
            }
            guard let y = num(0, 4), u.count >= 10, u[4] == 45, let m = num(5, 2), u[7] == 45, let d = num(8, 2),
                  CalendarMath.isValid(year: y, month: m, day: d) else { return nil }
            day = CalendarMath.dayNumber(year: y, month: m, day: d)
            if u.count >= 13, u[10] == 84 || u[10] == 32, let h = num(11, 2) {
                hour = h
                if u.count >= 16, u[13] == 58 { minute = num(14, 2) }
                if u.count >= 19, u[16] == 58 { second = num(17, 2) }
            }
        }

        init(day: Int, inferred: Bool) {
            self.day = day
            self.inferred = inferred
        }

        var year: Int { CalendarMath.date(ofDayNumber: day).year }
        var hasTime: Bool { hour != nil }
        /// Minutes since midnight, when the time is known.
        var minuteOfDay: Int? { hour.map { $0 * 60 + (minute ?? 0) } }
    }

    var reference: Reference?
    /// The day of the dated heading the reading is under.
    var heading: Int?
    /// The previous date of the discourse (with a known year) and the paragraph it was in.
    var previous: TimePoint?
    var previousParagraph = -1
    /// The last year stated alone (`en 2019`) and its paragraph: anchors `l'année précédente`.
    var previousYear: Int?
    var previousYearParagraph = -1
    var previousYearSentence = -1
    /// Whether the previous date was written in full (`le 17 novembre 2023`), not relative.
    var previousExplicit = false
    /// Paragraph (line) counter.
    var paragraph = 0
    /// Sentence counter, and the sentence of the previous date.
    var sentence = 0
    var previousSentence = -1

    /// The previous date, when it is in the current paragraph or the one before.
    var recentPrevious: TimePoint? {
        guard let previous, paragraph - previousParagraph <= 1 else { return nil }
        return previous
    }

    /// The previous date when it is in the current paragraph and agrees with the tense: a
    /// future verb does not continue a narrative about the past (`Deux mois plus tard… Les
    /// négociations reprendront le 2 avril`).
    func discoursePrevious(direction: Int) -> TimePoint? {
        guard let previous, previousParagraph == paragraph else { return nil }
        if let r = reference, !r.inferred, let y = previous.year {
            let n = previous.dayNumber ?? CalendarMath.dayNumber(year: y, month: previous.month ?? 12, day: 28)
            if direction > 0 && n < r.day - 31 { return nil }
            if direction < 0 && n > r.day + 31 { return nil }
        }
        return previous
    }

    /// The day that deictic parts of day, clock times and bare weekdays attach to, and why.
    func anchorDay() -> (day: Int, anchor: Timex.Anchor)? {
        if let heading { return (heading, .heading) }
        if let r = reference, !r.inferred { return (r.day, .reference) }
        return nil
    }

    /// The reference day for deictic words (`hier`, `cette semaine`), when known and not inferred.
    var deicticDay: Int? {
        guard let r = reference, !r.inferred else { return nil }
        return r.day
    }

    /// The year (the day's, the one before or after) in which `month`/`day` falls nearest to `base`.
    static func nearestYear(month: Int, day: Int, to base: Int) -> Int {
        let y = CalendarMath.date(ofDayNumber: base).year
        return [y - 1, y, y + 1].min { a, b in
            abs(CalendarMath.dayNumber(year: a, month: month, day: min(day, 28)) - base)
                < abs(CalendarMath.dayNumber(year: b, month: month, day: min(day, 28)) - base)
        }!
    }

    /// The year for a day and month given without one, with the anchor used; nil year when the
    /// text cannot fix it. `direction`: -1 past, +1 future, 0 unknown (future preferred).
    func year(month: Int, day: Int?, weekday: Int?, direction: Int) -> (year: Int?, anchor: Timex.Anchor) {
        // A year stated alone in the same sentence (`en 2018, entre avril et juin`).
        if let y = previousYear, previousYearSentence == sentence, weekday == nil { return (y, .previous) }
        let found: (day: Int, anchor: Timex.Anchor)?
        if let p = discoursePrevious(direction: direction), let y = p.year {
            let previousDay = CalendarMath.dayNumber(year: y, month: p.month ?? 1, day: p.day ?? 1)
            found = (previousDay, .previous)
            if weekday == nil {
                // A future verb looks forward from the previous date (`… le mois de mai sera chaud`).
                if direction > 0, CalendarMath.dayNumber(year: y, month: month, day: min(day ?? 28, 28)) < previousDay { return (y + 1, .previous) }
                return (y, .previous)
            }
        } else if let h = heading {
            found = (h, .heading)
        } else if let r = reference {
            found = (r.day, .reference)
        } else {
            found = nil
        }
        guard var base = found else { return (nil, .none) }
        let baseYear = CalendarMath.date(ofDayNumber: base.day).year
        if let weekday, let day {
            for delta in [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6] {
                let y = baseYear + delta
                guard CalendarMath.isValid(year: y, month: month, day: day) else { continue }
                if CalendarMath.weekday(ofDayNumber: CalendarMath.dayNumber(year: y, month: month, day: day)) == weekday { return (y, base.anchor) }
            }
        }
        if base.anchor == .heading { return (Self.nearestYear(month: month, day: day ?? 15, to: base.day), .heading) }
        let d = day ?? 1
        if let r = reference, r.inferred, base.anchor == .reference, direction < 0 {
            // An inferred reference is the latest date the text gives: the document was written
            // on or after it, so a past may be a little later.
            base.day += 14
        }
        if let r = reference, r.inferred, base.anchor == .reference, direction == 0 {
            // No tense: the occurrence nearest to the inferred reference.
            return (Self.nearestYear(month: month, day: d, to: base.day), .reference)
        }
        if day == nil {
            // A month: this year's unless the tense says otherwise.
            let refMonth = CalendarMath.date(ofDayNumber: base.day).month
            if direction < 0 { return (month <= refMonth ? baseYear : baseYear - 1, base.anchor) }
            if direction > 0 { return (month >= refMonth ? baseYear : baseYear + 1, base.anchor) }
            return (baseYear, base.anchor)
        }
        let this = CalendarMath.dayNumber(year: baseYear, month: month, day: min(d, CalendarMath.daysInMonth(year: baseYear, month: month)))
        if direction < 0 { return (this <= base.day ? baseYear : baseYear - 1, base.anchor) }
        return (this >= base.day ? baseYear : baseYear + 1, base.anchor)
    }
}
