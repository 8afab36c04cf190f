/// Numeric dates: `17/11/2023`, `2/15`, `10-31-74`, `10.31.1974`, `2014-10`, `2/2013`, `2018Q4`,
/// and the marks of Chinese, Japanese and Korean (`2023年11月17日`).
extension DateGrammar {
    /// `17/11/2023`, `le 2/3`, `2013-03-01`, `20 02 14`.
    func numericDate(at i: Int) -> DatePart? {
        var k = i
        let article = isRole(k, .article)
        if article { k += 1 }
        guard k < count, cells[k].kind == .number, let a = digits(k) else { return nil }
        // `2023年11月17日`, `11月17日`, `2023년 11월 17일`: each number followed by its mark.
        if isRole(k + 1, .yearMark) || isRole(k + 1, .monthMark) {
            var year: Int?, j = k
            if isRole(j + 1, .yearMark) {
                guard cells[j].digits == 4 else { return nil }
                year = a; j += 2
            }
            guard j < count, let m = digits(j), isRole(j + 1, .monthMark), (1...12).contains(m) else {
                return year.map { DatePart(first: i, end: k + 2, point: TimePoint(year: $0), anchor: .explicit) }
            }
            guard let d = digits(j + 2), isRole(j + 3, .dayMark) else {
                let point = TimePoint(year: year ?? context.reference?.year, month: m)
                return DatePart(first: i, end: j + 2, point: point, anchor: year == nil ? .reference : .explicit)
            }
            return resolveDay(month: m, day: d, weekday: nil, year: year, first: i, end: j + 4)
        }
        // Year-month-day: `2023-11-17`, `2023/11/17`, `2023.11.17`.
        if cells[k].digits == 4, isMark(k + 1, "-") || isMark(k + 1, "/") || isMark(k + 1, "."), let m = digits(k + 2),
           k + 3 < count, cells[k + 3].mark == cells[k + 1].mark, let d = digits(k + 4),
           cells[k + 4].flags.contains(.attached) {
            return resolveDay(month: m, day: d, weekday: nil, year: a, first: i, end: k + 5)
        }
        // `2014-10`, `2014/10`: a year and a month (not `2010-11`, a span of years).
        if cells[k].digits == 4, (1000...2999).contains(a), isMark(k + 1, "-") || isMark(k + 1, "/"), cells[k + 1].flags.contains(.attached),
           let m = digits(k + 2), cells[k + 2].digits == 2, cells[k + 2].flags.contains(.attached), (1...12).contains(m), m < a % 100,
           k + 3 >= count || (!cells[k + 3].flags.contains(.attached) && !isMark(k + 3, "-") && !isMark(k + 3, "/")) {
            return DatePart(first: i, end: k + 3, point: TimePoint(year: a, month: m), anchor: .explicit)
        }
        // `2018Q4`, `18q4`: a year and its quarter.
        if cells[k].digits == 4 || cells[k].digits == 2, entry(k + 1)?.unit == .quarter, cells[k + 1].end - cells[k + 1].start == 1,
           cells[k + 1].flags.contains(.attached), let q = digits(k + 2), cells[k + 2].flags.contains(.attached), (1...4).contains(q) {
            var p = TimePoint(year: cells[k].digits == 4 ? a : 2000 + a)
            p.quarter = q
            return DatePart(first: i, end: k + 3, point: p, anchor: .explicit)
        }
        guard cells[k].digits <= 2 else { return nil }
        let monthFirst = lexicon.language.numericMonthFirst
        // `2/2013`: a month and its year, where numeric dates put the month first.
        if monthFirst, (1...12).contains(a), isMark(k + 1, "/"), cells[k + 1].flags.contains(.attached), cells[k + 2 < count ? k + 2 : k + 1].flags.contains(.attached),
           let (y, e) = year(at: k + 2, short: false), !isMark(e, "/") {
            return DatePart(first: i, end: e, point: TimePoint(year: y, month: a), anchor: .explicit)
        }
        // `10-31-74`, `10.31.1974`: month, day and year joined by dashes or periods.
        if monthFirst, isMark(k + 1, "-") || isMark(k + 1, "."), let d = digits(k + 2), cells[k + 2].digits <= 2, cells[k + 3 < count ? k + 3 : k].mark == cells[k + 1].mark,
           cells[k + 4 < count ? k + 4 : k + 3].flags.contains(.attached), let (y, e) = year(at: k + 4, short: true), cells[k + 1].flags.contains(.attached) {
            return resolveDay(month: a, day: d, weekday: nil, year: y, first: i, end: e)
        }
        // `17.11.2023`, `17-11-2023`: day, month and a full year joined by periods or dashes,
        // where numeric dates put the day first.
        if !monthFirst, isMark(k + 1, ".") || isMark(k + 1, "-"), cells[k + 1].flags.contains(.attached), let m = digits(k + 2),
           cells[k + 2].digits <= 2, cells[k + 2].flags.contains(.attached), (1...12).contains(m), k + 4 < count,
           cells[k + 3].mark == cells[k + 1].mark, cells[k + 4].flags.contains(.attached), cells[k + 4].digits == 4,
           let (y, e) = year(at: k + 4, short: false) {
            return resolveDay(month: m, day: a, weekday: nil, year: y, first: i, end: e)
        }
        // `2-15`, `2 / 15` alone: month and day.
        if monthFirst, isMark(k + 1, "-") || isMark(k + 1, "/"), let d = digits(k + 2), cells[k + 2].digits <= 2, (1...12).contains(a),
           k + 3 >= count || endsClause(k + 3) && !isMark(k + 3, ":"), isOnlyDate(from: i, to: k + 3) || (article || (k > 0 && role(k - 1) != nil)) && cells[k + 1].flags.contains(.attached) {
            return resolveDay(month: a, day: d, weekday: nil, year: nil, first: i, end: k + 3)
        }
        // Day/month[/year].
        if isMark(k + 1, "/"), cells[k + 1].flags.contains(.attached), let b = digits(k + 2), cells[k + 2].digits <= 2,
           cells[k + 2].flags.contains(.attached) {
            // `15/2` in French, `2/15` in English.
            let (a, m) = lexicon.language.numericMonthFirst ? (b, a) : (a, b)
            if isMark(k + 3, "/"), cells[k + 4 < count ? k + 4 : k + 3].flags.contains(.attached), let (y, e) = year(at: k + 4, short: true) {
                return resolveDay(month: m, day: a, weekday: nil, year: y, first: i, end: e)
            }
            guard !(k + 3 < count && (isMark(k + 3, "/") || isMark(k + 3, "%"))) else { return nil }
            // Without a year, `1/10` is a fraction unless an article or preposition introduces it.
            guard article || k == 0 || role(k - 1) != nil else { return nil }
            return resolveDay(month: m, day: a, weekday: nil, year: nil, first: i, end: k + 3)
        }
        // Day month [year] separated by spaces.
        if k + 1 < count, !cells[k + 1].flags.contains(.attached), let m = digits(k + 1), cells[k + 1].digits <= 2, (1...12).contains(m) {
            var end = k + 2
            var y: Int?
            if end < count, !cells[end].flags.contains(.attached), let (yy, e) = year(at: end, short: true) { y = yy; end = e }
            let zeroPadded = cells[k + 1].digits == 2 && m < 10
            guard y != nil || zeroPadded || article else { return nil }
            if end < count, cells[end].kind == .word || cells[end].kind == .number, entry(end) == nil { return nil }
            return resolveDay(month: m, day: a, weekday: nil, year: y, first: i, end: end)
        }
        return nil
    }

    /// `Q3 2024`, `Q3-2024`, `Q3`: a quarter written as its letter and number, with its year
    /// or of the reference year.
    func quarterCode(at i: Int) -> DatePart? {
        guard i + 1 < count, entry(i)?.unit == .quarter, cells[i].end - cells[i].start == 1, cells[i].flags.contains(.capitalized),
              cells[i + 1].flags.contains(.attached), cells[i + 1].digits == 1, let q = digits(i + 1), (1...4).contains(q) else { return nil }
        var k = i + 2
        if (isMark(k, "-") || isMark(k, "/")) && cells[k].flags.contains(.attached) { k += 1 }
        var p = TimePoint()
        p.quarter = q
        if k < count, cells[k].digits == 4, let (y, e) = year(at: k, short: false) {
            p.year = y
            return DatePart(first: i, end: e, point: p, anchor: .explicit)
        }
        guard let r = context.reference else { return nil }
        p.year = r.year
        return DatePart(first: i, end: i + 2, point: p, anchor: .reference)
    }

    /// Whether cells `[first, end)` hold every word and number of the sentence.
    func isOnlyDate(from first: Int, to end: Int) -> Bool {
        for k in 0..<count where (k < first || k >= end) && cells[k].kind != .punctuation { return false }
        return true
    }
}
