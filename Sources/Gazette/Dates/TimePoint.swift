/// A calendar point or period at some grain, as TIMEX3 writes it: `2023-11-17`,
/// `2023-11-16TEV`, `2022-FA`, `2023-Q1`, `202`, `XXXX-11-17`, `2013-02-12T15:30`.
///
/// A nil ``year`` is written `XXXX` (underspecified). Fields finer than the grain are nil.
public struct TimePoint: Hashable, Sendable {
    /// Calendar year; nil when the text does not fix it.
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Part of day code: `MO`, `MI`, `AF`, `EV`, `NI`, `DT`.
    public var partOfDay: String?
    /// ISO week (its year is the ISO week-numbering year in ``year``).
    public var week: Int?
    /// The week-end of ``week``.
    public var weekend = false
    /// Season code: `SP`, `SU`, `FA`, `WI`.
    public var season: String?
    /// Quarter 1–4.
    public var quarter: Int?
    /// Half-year 1–2.
    public var half: Int?
    /// Decade as its first three digits (`199` for the 1990s).
    public var decade: Int?
    /// Century as TIMEX3 writes it (`18` for the 19th century).
    public var century: Int?
    /// UTC offset suffix of a clock time (`+01:00`, `Z`).
    public var zone: String?

    public init(year: Int? = nil, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// A day from its day number.
    public static func day(_ n: Int) -> TimePoint {
        let d = CalendarMath.date(ofDayNumber: n)
        return TimePoint(year: d.year, month: d.month, day: d.day)
    }

    /// The day number, when year, month and day are all known.
    public var dayNumber: Int? {
        guard let year, let month, let day else { return nil }
        return CalendarMath.dayNumber(year: year, month: month, day: day)
    }

    /// Whether the point carries a time of day or a part of day.
    public var isTime: Bool { hour != nil || partOfDay != nil }

    /// The TIMEX3 value.
    public var value: String {
        if let century { return Self.pad(century, 2) }
        if let decade { return Self.pad(decade, 3) }
        var s = year.map { Self.pad($0, 4) } ?? "XXXX"
        if let week {
            s += "-W" + Self.pad(week, 2)
            if weekend { s += "-WE" }
            return s
        }
        if let season { return s + "-" + season }
        if let quarter { return s + "-Q\(quarter)" }
        if let half { return s + "-H\(half)" }
        guard let month else {
            guard hour != nil || partOfDay != nil else { return s }
            return s + "-XX-XX" + timeSuffix
        }
        s += "-" + Self.pad(month, 2)
        guard let day else { return s }
        return s + "-" + Self.pad(day, 2) + timeSuffix
    }

    /// `T15:30`, `T15:30:00+01:00`, `TEV`, or nothing.
    private var timeSuffix: String {
        if let hour {
            var s = "T" + Self.pad(hour, 2) + ":" + Self.pad(minute ?? 0, 2)
            if let second { s += ":" + Self.pad(second, 2) }
            if let zone { s += zone }
            return s
        }
        if let partOfDay { return "T" + partOfDay }
        return ""
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let digits = String(v)
        return digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
    }
}
