/// Months, years, seasons, weeks and other periods, relative or absolute.
extension DateGrammar {
    /// Whether the cell before `i` introduces a date (`en`, `de`, `depuis`, `début`, `mi-`…), so
    /// that a capitalised month name after it is a month and not a name (`Mars`, `Avril`).
    func introducesDate(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        if isMark(i, "-") { return i > 0 && entry(i - 1)?.mod != nil }
        if let e = entry(i) {
            if e.mod != nil || e.unit == .month { return true }
            switch role(i) {
            case .in, .of, .since, .from, .until, .before, .after, .between, .and, .at, .during, .around: return true
            default: return false
            }
        }
        return cells[i].kind == .number || cells[i].kind == .ordinal
    }

    /// `en novembre`, `novembre 2023`, `au mois de mars`, `en 2019`, `l'année 2022`, `vers 1865`.
    func monthOrYear(at i: Int) -> DatePart? {
        guard !features.isDisjoint(with: [.month, .year]) else { return nil }
        var k = i
        if isRole(k, .in) || isRole(k, .during) { k += 1 }
        // `next March`, `last May`: a direction before the month.
        if lexicon.language.relationsPrecede, k == i, let r = entry(k)?.relation, r != 0, let (m, e) = month(at: k + 1, abbreviationOK: false) {
            guard let ref = context.deicticDay else { return nil }
            let now = CalendarMath.date(ofDayNumber: ref)
            let y = r > 0 ? (m > now.month ? now.year : now.year + 1) : (m < now.month ? now.year : now.year - 1)
            return DatePart(first: i, end: e, point: TimePoint(year: y, month: m), anchor: .reference)
        }
        if isRole(k, .at) || isRole(k, .article) {
            if entry(k + 1)?.unit == .month, isRole(k + 2, .of) { k += 3 }
        } else if entry(k)?.unit == .month, isRole(k + 1, .of), month(at: k + 2, abbreviationOK: false) != nil {
            k += 2
        }
        if let (m, e) = month(at: k, abbreviationOK: false) {
            if let (y, e2) = year(at: e, short: false) {
                return DatePart(first: i, end: e2, point: TimePoint(year: y, month: m), anchor: .explicit)
            }
            // `juillet de cette année`, `mars de l'an dernier`.
            if isRole(e, .of), let p = period(at: e + 1), let y = p.point.year, p.point.month == nil, p.point.week == nil,
               p.point.quarter == nil, p.point.half == nil, p.point.season == nil {
                return DatePart(first: i, end: p.end, point: TimePoint(year: y, month: m), anchor: p.anchor)
            }
            // `March after next`: the second one to come.
            if isRole(e, .after), entry(e + 1)?.relation ?? 0 > 0, let ref = context.deicticDay {
                let now = CalendarMath.date(ofDayNumber: ref)
                let y = (m > now.month ? now.year : now.year + 1) + 1
                return DatePart(first: i, end: e + 2, point: TimePoint(year: y, month: m), anchor: .reference)
            }
            // `March in a year`, `May in 2 years`: the month that many years on.
            if isRole(e, .in), let a = amount(at: e + 1), a.unit == .year, let v = a.amount, v == v.rounded(), let ref = context.deicticDay {
                let now = CalendarMath.date(ofDayNumber: ref)
                let y = (m >= now.month ? now.year : now.year + 1) + Int(v)
                return DatePart(first: i, end: a.end, point: TimePoint(year: y, month: m), anchor: .reference)
            }
            // `30 février`: a day that does not exist makes no month either.
            if k == i, k > 0, cells[k - 1].kind == .number, cells[k - 1].digits <= 2 { return nil }
            let introduced = k > i || introducesDate(k - 1)
            // A capitalised month alone is a name (`Mars`, `Avril`, `Salon de Mai`) unless `en`,
            // `depuis`, `début`… introduce it, or it is the only word of its sentence.
            let alone = isOnlyWord(k)
            // `end of April`, `last Monday of March`, `first week of May`.
            let afterPosition = k > 1 && (role(k - 1) == .of || role(k - 1) == .in)
                && (entry(k - 2)?.mod != nil || entry(k - 2)?.weekday ?? 0 > 0 || entry(k - 2)?.weekdayAbbreviation ?? 0 > 0 || entry(k - 2)?.unit != nil)
            if cells[k].flags.contains(.capitalized), k == i, !alone, !afterPosition {
                guard k > 0, role(k - 1) != .of, role(k - 1) != .ofThe, role(k - 1) != .and, introducesDate(k - 1) else { return nil }
            }
            guard introduced || alone || !cells[k].flags.contains(.capitalized) else { return nil }
            // Where months take a capital, a lower-case one (`you may go`) is a word unless
            // something dates it.
            if lexicon.language.capitalizesMonths, !cells[k].flags.contains(.capitalized), !introduced || (k == i && isRole(k - 1, .until)), !alone,
               entry(e)?.relation ?? 0 == 0, !isRole(e, .after), !isRole(e, .in) { return nil }  // `plan to march`
            guard !(entry(e)?.relation != 0 && entry(e) != nil) else {
                let r = entry(e)!.relation
                guard let ref = context.deicticDay else { return nil }
                let now = CalendarMath.date(ofDayNumber: ref)
                let y = r > 0 ? (m > now.month ? now.year : now.year + 1) : (m < now.month ? now.year : now.year - 1)
                return DatePart(first: i, end: e + 1, point: TimePoint(year: y, month: m), anchor: .reference)
            }
            let dir = direction(i, e)
            var (y, anchor) = context.year(month: m, day: nil, weekday: nil, direction: dir)
            if lexicon.language.untensedMonthLooksAhead, dir == 0, anchor == .reference, let year = y, let ref = context.deicticDay {
                let now = CalendarMath.date(ofDayNumber: ref)
                if year == now.year, m < now.month { y = year + 1 }
            }
            return DatePart(first: i, end: e, point: TimePoint(year: y, month: m), anchor: y == nil ? .none : anchor)
        }
        // A year needs a word that introduces it.
        var introduced = k > i
        // `vers 1865`, `environ 1900`: an approximate year, the word in the span (unless it is
        // a time where times are written as one number: `around 1030`).
        var mod: String?
        if !introduced, isRole(k, .toward) || isRole(k, .around), year(at: k + 1, short: false) != nil,
           !(lexicon.language.twelveHourClock && clock(at: k) != nil) { k += 1; introduced = true; mod = "APPROX" }
        if !introduced, (isRole(k, .article) || isRole(k, .in)) && entry(k + 1)?.unit == .year { k += 2; introduced = true }
        if !introduced, let e = entry(k), e.unit == .year, k > i || isRole(k - 1, .article) { k += 1; introduced = true }
        if !introduced { introduced = introducesDate(i - 1) && !isRole(i - 1, .and) && !isRole(i - 1, .at) }
        // A year that is the whole sentence (a heading, a form field).
        if !introduced, k == i, isOnlyWord(k) { introduced = true }
        guard introduced, let (y, e) = year(at: k, short: false), !isMark(e, "-") || k > i else { return nil }
        // `for 2000 workers`, `de 1500 victimes`, `environ 2000 personnes`: after `for`, `de` or an
        // approximation, a number before a plural noun counts things (not before `puis`).
        if isRole(k - 1, .during) || isRole(k - 1, .of) || isRole(k - 1, .around) || isRole(k - 1, .toward), e == k + 1, e < count,
           cells[e].kind == .word, entry(e) == nil, let bytes, cells[e].byteEnd > cells[e].byteStart,
           case let last = bytes[Int(cells[e].byteEnd) - 1] | 0x20, last == 0x73 || last == 0x78,
           !lexicon.uncountedWords.contains(WordFolding.hash(bytes, from: Int(cells[e].byteStart), to: Int(cells[e].byteEnd)).hash) { return nil }
        // `in 2019/07`, `for 2023Q3`: a numeric date that starts with the year.
        if k > i, e < count, cells[e].flags.contains(.attached), var d = numericDate(at: k), d.end > e { d.first = i; return d }
        return DatePart(first: i, end: e, point: TimePoint(year: y), anchor: .explicit, mod: mod)
    }

    /// `l'automne 2022`, `cet été`, `en hiver`, `au printemps prochain`. A season needs an article,
    /// a demonstrative, a preposition or a year: `a été` is a verb.
    func season(at i: Int) -> DatePart? {
        guard features.contains(.season) else { return nil }
        var k = i
        var determined = false
        let this = entry(k)?.this == true
        if this || isRole(k, .article) || isRole(k, .in) || isRole(k, .at) || isRole(k, .of) {
            if cells[k].flags.contains(.beAuxiliary) { return nil }
            k += 1; determined = true
            if isRole(k, .article) { k += 1 }
        }
        guard let e = entry(k), let s = e.season, !breaksLine(k) else { return nil }
        var p = TimePoint()
        p.season = s
        let end = k + 1
        if let (y, e2) = year(at: end, short: false) ?? (isRole(end, .of) ? year(at: end + 1, short: false) : nil) {
            p.year = y
            return DatePart(first: i, end: e2, point: p, anchor: .explicit)
        }
        guard determined else { return nil }
        // `the fall of the empire`, `the spring of hope`: a noun, not a season.
        if isRole(end, .of) {
            let n = isRole(end + 1, .article) ? end + 2 : end + 1
            if n < count, cells[n].kind == .word, cells[n].lex == 0 { return nil }
        }
        let mid = ["SP": 4, "SU": 7, "FA": 10, "WI": 1][s] ?? 6
        if let r = entry(end), r.relation != 0, let ref = context.deicticDay {
            p.year = CalendarMath.date(ofDayNumber: ref).year + r.relation
            return DatePart(first: i, end: end + 1, point: p, anchor: .reference)
        }
        if this, let ref = context.deicticDay {
            p.year = CalendarMath.date(ofDayNumber: ref).year
            return DatePart(first: i, end: end, point: p, anchor: .reference)
        }
        let (y, anchor) = context.year(month: mid, day: nil, weekday: nil, direction: direction(i, end))
        p.year = y
        return DatePart(first: i, end: end, point: p, anchor: y == nil ? .none : anchor)
    }

    /// TIMEX3 season codes in the order of ``namedSeason(at:)``'s count (winter first).
    static let seasonOrder = ["WI", "SP", "SU", "FA"]

    /// `this season`, `last season`, `next seasons`: the astronomical season holding the reference
    /// day (from the 21st of March, June, September and December), moved by the direction;
    /// `last summer`, `next winter`: the nearest season of that name before or after it.
    func namedSeason(at i: Int) -> DatePart? {
        var k = i
        if isRole(k, .article) { k += 1 }
        guard let e = entry(k), e.this || e.relation != 0 || e.discourseRelation != 0, let ref = context.deicticDay else { return nil }
        let d = CalendarMath.date(ofDayNumber: ref)
        // Seasons counted from winter of year 0: winter starts 21 December of the year before.
        var index = d.year * 4 + (d.month - 1) / 3 + ((d.month - 1) % 3 == 2 && d.day >= 21 ? 1 : 0)
        if !e.this, e.relation != 0, let named = entry(k + 1)?.season, let s = Self.seasonOrder.firstIndex(of: named) {
            // `last summer`, `next winter`: the nearest one of that name before or after the current season.
            let step = e.relation > 0 ? 1 : -1
            repeat { index += step } while (index % 4 + 4) % 4 != s
            var p = TimePoint(year: index / 4)
            p.season = named
            return DatePart(first: i, end: k + 2, point: p, anchor: .reference)
        }
        guard isRole(k + 1, .seasonWord) else { return nil }
        index += e.this ? 0 : e.relation + e.discourseRelation
        // A winter carries the year it ends in.
        var p = TimePoint(year: index / 4)
        p.season = Self.seasonOrder[index % 4]
        return DatePart(first: i, end: k + 2, point: p, anchor: .reference)
    }

    /// The period of `unit` containing day `base`, moved by `shift` units.
    static func period(_ unit: TimeUnit, containing base: Int, shift: Int) -> TimePoint? {
        let d = CalendarMath.date(ofDayNumber: base)
        var p = TimePoint()
        switch unit {
        case .day: return .day(base + shift)
        case .week, .weekend:
            let w = CalendarMath.isoWeek(ofDayNumber: base + 7 * shift)
            p.year = w.year; p.week = w.week; p.weekend = unit == .weekend
        case .month:
            let m = d.year * 12 + d.month - 1 + shift
            p.year = m / 12; p.month = m % 12 + 1
        case .quarter:
            let q = d.year * 4 + (d.month - 1) / 3 + shift
            p.year = q / 4; p.quarter = q % 4 + 1
        case .half:
            let h = d.year * 2 + (d.month - 1) / 6 + shift
            p.year = h / 2; p.half = h % 2 + 1
        case .year: p.year = d.year + shift
        case .decade: p.decade = d.year / 10 + shift
        case .century: p.century = d.year / 100 + shift
        default: return nil
        }
        return p
    }

    /// `cette semaine`, `le mois prochain`, `l'an dernier`, `la semaine suivante`, `ce week-end`,
    /// `cette décennie`, `dans la semaine`, `ce mois-ci`, `la semaine qui suit`.
    func period(at i: Int) -> DatePart? {
        var k = i
        var this = false
        if isRole(k, .within), isRole(k + 1, .article), let u = entry(k + 2)?.unit, u == .week || u == .day {
            guard let ref = context.deicticDay else { return nil }
            return DatePart(first: i, end: k + 3, point: Self.period(u, containing: ref, shift: 0)!, anchor: .reference)
        }
        if isRole(k, .article), let u = entry(k + 1)?.unit, u == .week || u == .weekend, isRole(k + 2, .of),
           let d = dayMonth(at: k + 3) ?? dayMonth(at: k + 4), let n = d.point.dayNumber {
            // `la semaine du 6 octobre`: the week holding that day.
            let w = CalendarMath.isoWeek(ofDayNumber: n)
            var p = TimePoint(year: w.year)
            p.week = w.week
            p.weekend = u == .weekend
            return DatePart(first: i, end: d.end, point: p, anchor: d.anchor)
        }
        // `next week`, `the following year`: a direction before the unit.
        var preposed: (shift: Int, discourse: Bool)?
        if entry(k)?.this == true { this = true; k += 1 } else {
            if isRole(k, .article) { k += 1 }
            if lexicon.language.relationsPrecede, let r = entry(k), r.relation != 0 || r.discourseRelation != 0, entry(k + 1)?.unit != nil {
                preposed = r.relation != 0 ? (r.relation, false) : (r.discourseRelation, true)
                k += 1
            } else if k == i { return nil }
        }
        guard let unit = entry(k)?.unit, unit != .hour, unit != .minute, unit != .second, unit != .fortnight, !breaksLine(k) else { return nil }
        var end = k + 1
        var shift = 0
        var discourse = false
        if let preposed {
            shift = preposed.shift; discourse = preposed.discourse
        } else if this {
            if isMark(end, "-"), isRole(end + 1, .here) { end += 2 }
        } else if let r = entry(end), r.relation != 0 {
            shift = r.relation; end += 1
        } else if let r = entry(end), r.discourseRelation != 0 {
            shift = r.discourseRelation; end += 1; discourse = true
        } else if isRole(end, .which), isRole(end + 1, .follows) {
            shift = 1; end += 2; discourse = true
        } else if isRole(end, .of), isRole(end + 1, .after) || isRole(end + 1, .before) {
            shift = isRole(end + 1, .after) ? 1 : -1; end += 2; discourse = true
        } else if unit == .year, let (y, e) = year(at: end, short: false) {
            return DatePart(first: i, end: e, point: TimePoint(year: y), anchor: .explicit)
        } else {
            return nil
        }
        if discourse, let p = context.recentPrevious, context.previousParagraph == context.paragraph,
           let base = p.dayNumber ?? p.year.map({ CalendarMath.dayNumber(year: $0, month: p.month ?? 7, day: 1) }),
           unit == .year || unit == .month && p.month != nil || p.day != nil, let shifted = Self.period(unit, containing: base, shift: shift) {
            // `l'année précédente`, `le lendemain`…: relative to the discourse's date.
            return DatePart(first: i, end: end, point: shifted, anchor: .previous)
        }
        if discourse, unit == .year, let y = context.previousYear, context.previousYearParagraph == context.paragraph {
            return DatePart(first: i, end: end, point: TimePoint(year: y + shift), anchor: .previous)
        }
        if let ref = context.deicticDay, let p = Self.period(unit, containing: ref, shift: shift) {
            return DatePart(first: i, end: end, point: p, anchor: .reference)
        }
        if unit == .year || unit == .decade || unit == .century, let r = context.reference, let p = Self.period(unit, containing: r.day, shift: shift) {
            return DatePart(first: i, end: end, point: p, anchor: .reference)
        }
        var none = DatePart(first: i, end: end, point: TimePoint(), anchor: .none)
        switch unit {
        case .week, .weekend: none.underspecified = unit == .week ? "XXXX-WXX" : "XXXX-WXX-WE"
        case .month: none.underspecified = "XXXX-XX"
        case .day: none.underspecified = "XXXX-XX-XX"
        default: none.underspecified = "XXXX"
        }
        return none
    }

    /// `les années 1990`, `années 90`, `des années quatre-vingt-dix`; `the 1990s`, `the 90s`.
    func decade(at i: Int) -> DatePart? {
        var k = i
        if isRole(k, .article) || isRole(k, .of) { k += 1 }
        // A decade number and its suffix: `1990s`, `90s` (the apostrophe of `'90s` stays out).
        if let v = digits(k), v % 10 == 0, cells[k].digits == 4 && (1000...2990).contains(v) || cells[k].digits == 2,
           isRole(k + 1, .decadeSuffix), cells[k + 1].flags.contains(.attached) {
            return decadePart(i, k + 2, cells[k].digits == 4 ? v / 10 : 190 + v / 10)
        }
        guard isRole(k, .years) else { return nil }
        let n = k + 1
        guard n < count, !breaksLine(n) else { return nil }
        var value = -1
        if let v = digits(n), cells[n].digits == 4, v % 10 == 0, (1000...2990).contains(v) { value = v / 10 }
        else if let v = digits(n), cells[n].digits == 2, v % 10 == 0 { value = 190 + v / 10 }
        else if let w = number(at: n), !w.inDigits, w.value % 10 == 0, w.value >= 10, w.value < 100 { value = 190 + w.value / 10; return decadePart(i, w.end, value) }
        guard value >= 0 else { return nil }
        return decadePart(i, n + 1, value)
    }

    private func decadePart(_ first: Int, _ end: Int, _ decade: Int) -> DatePart {
        var p = TimePoint()
        p.decade = decade
        return DatePart(first: first, end: end, point: p, anchor: .explicit)
    }
}
