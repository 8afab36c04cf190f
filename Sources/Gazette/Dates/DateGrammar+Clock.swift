/// Clock times: `14h30`, `18 h 45`, `15:00`, `à quinze heures trente`, `midi et quart`,
/// `onze heures trois quarts`, `8 heures du soir`, `à seize heures CET`, `3:30 p.m.`,
/// `at 1030`, `ten thirty`, `twelve oh three`, `9:01:10 AM`, `3ish pm`.
extension DateGrammar {
    struct Clock {
        var first: Int
        var end: Int
        var hour: Int
        var minute: Int?
        var second: Int? = nil
        var partOfDay: String?
        var zone: String?
        var approximate = false
        /// Introduced by `à`, `vers`…, or written with `h` or `:`: surely a time, not a duration.
        var certain = false
        /// A 12-hour reading the text leaves open (`at 3`, `3:30` in a language with a 12-hour
        /// clock): the morning's or the afternoon's, decided against the reference time.
        var twelveHour = false
        /// Read with `am` or `pm`.
        var meridiem = false
        /// An hour alone after `at` (`at 7`): a time only next to a day or a part of day, since
        /// `stood at 7` is no time.
        var hourAfterAt = false

        init(first: Int, end: Int, hour: Int, minute: Int? = nil, partOfDay: String? = nil, zone: String? = nil, certain: Bool = false) {
            self.first = first
            self.end = end
            self.hour = hour
            self.minute = minute
            self.partOfDay = partOfDay
            self.zone = zone
            self.certain = certain
        }
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

    /// Minutes in words after an hour in words, in a 12-hour clock: `thirty`, `fifty nine`,
    /// `twenty-three`, `oh three`, `zero five` (a zero word then a digit word). Attached hyphens
    /// between the words are skipped (`ten-thirty`, `twelve-oh-three`).
    /// `joined`: written so that it can only be a time (a zero word, or joined by a hyphen).
    private func wordMinutes(at k: Int) -> (minutes: Int, end: Int, joined: Bool)? {
        var j = k
        var hyphen = false
        func skipHyphen() {
            if isMark(j, "-"), cells[j].flags.contains(.attached), j + 1 < count, cells[j + 1].flags.contains(.attached) { j += 1; hyphen = true }
        }
        skipHyphen()
        guard j < count, !breaksLine(j), cells[j].kind == .word else { return nil }
        let a = cells[j].wordNumber
        if a == 0 {
            j += 1
            skipHyphen()
            guard j < count, cells[j].kind == .word, (1...9).contains(cells[j].wordNumber) else { return nil }
            return (cells[j].wordNumber, j + 1, true)
        }
        guard (10...59).contains(a) else { return nil }
        j += 1
        if a % 10 == 0, a >= 20, j < count, cells[j].kind == .word, (1...9).contains(cells[j].wordNumber), !breaksLine(j) { return (a + cells[j].wordNumber, j + 1, hyphen) }
        return (a, j, hyphen)
    }

    /// A time written as one number of three or four digits, hours then minutes (`330`, `1030`).
    private func packedTime(_ k: Int) -> (hour: Int, minute: Int)? {
        guard let v = digits(k), cells[k].digits == 3 || cells[k].digits == 4 else { return nil }
        // `650-650-6500`: a phone number.
        if k + 1 < count, cells[k + 1].kind == .punctuation, cells[k + 1].flags.contains(.attached), cells[k + 1].mark != 0x2E { return nil }
        let h = v / 100, m = v % 100
        guard m < 60, h <= 23, cells[k].digits == 3 ? h >= 1 : h >= 10 else { return nil }
        return (h, m)
    }

    /// A clock time at `i`. `bare` accepts a number alone as an hour (inside ranges).
    func clock(at i: Int, bare: Bool = false) -> Clock? {
        var k = i
        var approximate = false, introduced = false
        for _ in 0..<3 {
            if isRole(k, .at) || isMark(k, "@") {
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
        let twelveHourLanguage = lexicon.language.twelveHourClock
        if twelveHourLanguage, var t = toldClock(at: k) {
            t.first = i
            t.approximate = approximate
            return t
        }
        // Every reading below starts with a temporal word or a number (in digits or words).
        let ck = cells[k]
        guard ck.lex != 0 || ck.kind == .number || ck.wordNumber >= 0 else { return nil }
        var c: Clock
        if let h = entry(k)?.namedHour, h >= 0 {
            // `le Midi`, `Midi Libre`: a capitalised name inside a sentence.
            if cells[k].flags.contains(.capitalized), k > 0, cells[k - 1].kind != .punctuation { return nil }
            c = Clock(first: i, end: k + 1, hour: h, certain: true)
            if let (m, e) = minutes(at: k + 1) { c.minute = m; c.end = e }
        } else if twelveHourLanguage, cells[k].kind == .word, (1...12).contains(cells[k].wordNumber), let (m, e2, joined) = wordMinutes(at: k + 1) {
            // `ten thirty`, `twelve oh three`: surely a time when introduced or followed by am/pm;
            // alone at the start of a clause only when written as a time (`ten-thirty`, `nine
            // oh five`), since `three twenty` may be a number.
            c = Clock(first: i, end: e2, hour: cells[k].wordNumber, minute: m)
            c.certain = introduced || isMeridiem(e2) || podAfter(e2)
                || joined && (e2 >= count || endsClause(e2)) && (k == 0 || cells[k - 1].kind == .punctuation)
            c.twelveHour = true
        } else if twelveHourLanguage, let (h, m) = packedTime(k),
                  introduced || isMeridiem(k + 1) || (isApproximateMark(k + 1) && isMeridiem(k + 2)) || (k > 0 && entry(k - 1)?.hasPartOfDay == true)
                    || approximate && h <= 12 && m != 0,
                  k + 1 >= count || cells[k + 1].kind != .word || entry(k + 1) != nil && entry(k + 1)?.unit == nil {
            // (`at 1150 people` is a count.)
            // `at 1030`, `330 p.m.`, `tonight 815`, `around 1045` (but `around 1950` is a year).
            c = Clock(first: i, end: k + 1, hour: h, minute: m, certain: true)
            c.twelveHour = h <= 12
        } else if let n = number(at: k), n.value <= 24, !(n.inDigits && cells[k].digits > 2) {
            let e = n.end
            if isRole(e, .hourMark) || isRole(e, .oclock) {
                c = Clock(first: i, end: e + 1, hour: n.value, certain: true)
                if let m = digits(e + 1), cells[e + 1].digits == 2, m < 60 {
                    c.minute = m; c.end = e + 2
                    if entry(c.end)?.unit == .minute { c.end += 1 }
                } else if digits(e + 1) == nil, let (m, e2) = minutes(at: e + 1) {
                    c.minute = m; c.end = e2
                }
                c.twelveHour = twelveHourLanguage && isRole(e, .oclock)
            } else if isMark(e, ":"), cells[e].flags.contains(.attached), n.inDigits, let m = digits(e + 1),
                      cells[e + 1].digits == 2, cells[e + 1].flags.contains(.attached), m < 60, n.value < 24 {
                c = Clock(first: i, end: e + 2, hour: n.value, minute: m, certain: true)
                // `15:23:24`: seconds.
                if isMark(e + 2, ":"), cells[e + 2].flags.contains(.attached), let s = digits(e + 3), cells[e + 3].digits == 2, s < 60 {
                    c.second = s; c.end = e + 4
                }
                c.twelveHour = twelveHourLanguage && !(cells[k].digits == 2 && n.value < 10)
            } else if entry(e)?.unit == .hour {
                c = Clock(first: i, end: e + 1, hour: n.value, certain: introduced)
                if let (m, e2) = minutes(at: e + 1) { c.minute = m; c.end = e2; c.certain = true }
            } else if isMeridiem(e) || isApproximateMark(e) && isMeridiem(e + 1), n.value >= 1, n.value <= 12 {
                c = Clock(first: i, end: e, hour: n.value, certain: true)
            } else if twelveHourLanguage, n.inDigits, introduced, (1...12).contains(n.value), let m = digits(e), cells[e].digits == 2, m < 60,
                      !cells[e].flags.contains(.attached), e + 1 >= count || cells[e + 1].kind != .word || isMeridiem(e + 1) {
                // `at 3 15`: hour and minutes as two numbers.
                c = Clock(first: i, end: e + 1, hour: n.value, minute: m, certain: true)
                c.twelveHour = true
            } else if twelveHourLanguage, (1...12).contains(n.value), !introduced, podAfter(e) {
                // `3 in the morning`, `8 in the PM`.
                c = Clock(first: i, end: e, hour: n.value, certain: true)
            } else if twelveHourLanguage, introduced, (1...12).contains(n.value), entry(e)?.unit == nil,
                      e >= count || endsClause(e) && (cells[e].mark != 0x2E && cells[e].mark != 0x3A || e + 1 == count)
                        || cells[e].kind == .word && entry(e) != nil {
                // `at 3`, `at seven tonight`: an hour alone after `at`.
                c = Clock(first: i, end: e, hour: n.value, certain: false)
                c.hourAfterAt = true
            } else if bare, n.value <= 24 {
                c = Clock(first: i, end: e, hour: n.value, certain: false)
            } else {
                return nil
            }
            if c.twelveHour == false, twelveHourLanguage, n.value >= 1, n.value <= 12, !isRole(e, .hourMark), entry(e)?.unit != .hour,
               !(n.inDigits && cells[k].digits == 2 && n.value < 10) {
                c.twelveHour = true
            }
        } else {
            return nil
        }
        if let m = c.minute, m < 0 {
            c.hour = (c.hour + 23) % 24
            c.minute = 60 + m
        }
        c.approximate = approximate
        // `3ish`, `150ish`.
        if isApproximateMark(c.end), cells[c.end].flags.contains(.attached) { c.approximate = true; c.end += 1 }
        // `du matin`, `du soir`, `de l'après-midi`, `dans la soirée`, `in the morning`, `in the AM`.
        var j = c.end
        if isRole(j, .of) || isRole(j, .within) || isRole(j, .in) {
            var p = j + 1
            if isRole(p, .article) { p += 1 }
            if let pod = entry(p)?.partOfDay, !breaksLine(p) { c.partOfDay = pod; c.end = p + 1; c.certain = true }
            else if isRole(j, .in), p > j + 1, c.hour >= 1, c.hour <= 12, isMeridiem(p) {
                c.hour = isRole(p, .postMeridiem) ? c.hour % 12 + 12 : c.hour % 12
                c.end = p + 1; c.certain = true; c.twelveHour = false; c.meridiem = true
            }
        }
        // `3pm`, `3:30 p.m.`, `noon`-less 12-hour times.
        j = c.end
        if c.partOfDay == nil, c.hour >= 1, c.hour <= 12, isMeridiem(j) {
            c.hour = isRole(j, .postMeridiem) ? c.hour % 12 + 12 : c.hour % 12
            c.end = j + 1
            c.certain = true
            c.twelveHour = false
            c.meridiem = true
            if isMark(c.end, "."), cells[c.end].flags.contains(.attached), c.end + 1 == count { c.end += 1 }
        }
        j = c.end
        // `3pm approximately`, at the end of a clause.
        if c.certain || introduced, isRole(j, .around), j + 1 >= count || endsClause(j + 1) { c.approximate = true; c.end = j + 1; j += 1 }
        // A zone, perhaps in brackets: `CET`, `(BST)`, `gmt` where the language allows it.
        let bracket = isMark(j, "(") && isMark(j + 2, ")")
        let z = bracket ? j + 1 : j
        if let zone = entry(z)?.zone, cells[z].flags.contains(.allCaps) || lexicon.language.zonesInLowerCase {
            c.zone = zone; c.end = bracket ? z + 2 : z + 1
        }
        if let pod = c.partOfDay { c.hour = adjusted(c, for: pod) }
        if c.zone != nil || c.partOfDay != nil || c.meridiem { c.hourAfterAt = false; c.certain = true }
        c.certain = c.certain || introduced && !c.hourAfterAt
        return c
    }

    /// Whether cell `k` is `am` or `pm`.
    func isMeridiem(_ k: Int) -> Bool {
        guard k < count else { return false }
        if isRole(k, .anteMeridiem) || isRole(k, .postMeridiem) { return true }
        // `7a`: a letter that means `am` only against the number.
        return cells[k].lex != 0 && cells[k].flags.contains(.attached) && k > 0 && cells[k - 1].kind == .number
            && lexicon.attachedAnteMeridiem.contains(cells[k].lex)
    }

    /// Whether a part of day or am/pm follows at `k` (`in the morning`, `in the AM`).
    func podAfter(_ k: Int) -> Bool {
        guard isRole(k, .in) || isRole(k, .of) else { return false }
        var p = k + 1
        if isRole(p, .article) { p += 1 }
        guard p < count, !breaksLine(p) else { return false }
        return entry(p)?.hasPartOfDay == true || isRole(p, .anteMeridiem) || isRole(p, .postMeridiem)
    }

    /// Whether cell `k` is a suffix of approximation (`3ish`).
    func isApproximateMark(_ k: Int) -> Bool { k < count && entry(k)?.mod == "APPROX" && cells[k].flags.contains(.attached) }

    /// The hour of clock `c` read within part of day `pod`: a 12-hour reading goes to the
    /// afternoon for afternoon, evening and night, and 12 is midnight; else ``adjust(hour:for:)``.
    func adjusted(_ c: Clock, for pod: String) -> Int {
        guard c.twelveHour, c.hour >= 1, c.hour <= 12 else { return Self.adjust(hour: c.hour, for: pod) }
        // Twelve is midnight, but `12:15 in the afternoon` is past noon.
        if c.hour == 12 { return pod == "AF" && c.minute != nil ? 12 : 0 }
        switch pod {
        case "AF", "EV", "NI": return c.hour + 12
        default: return c.hour
        }
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
        p.second = c.second
        p.zone = c.zone
        return p
    }
}
