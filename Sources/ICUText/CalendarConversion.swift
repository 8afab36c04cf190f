import CICUShims

/// Conversion between the Gregorian calendar and ICU's other calendars (Hebrew, Islamic,
/// Chinese…). Days are counted from 1970-01-01 (proleptic Gregorian), as in `CalendarMath`.
public enum CalendarConversion {
    /// A date in another calendar, in ICU's terms.
    public struct Date: Sendable, Hashable {
        /// ICU's extended year (Hebrew: anno mundi, e.g. 5784; Islamic: hijri; Chinese: years
        /// since 2637 BCE).
        public var extendedYear: Int
        /// 0-based month in ICU's numbering for the calendar (Hebrew: Tishri 0 … Elul 12, with
        /// Adar I 5 only in leap years and Adar 6; Islamic: Muharram 0 … Dhu al-Hijjah 11).
        public var month: Int
        /// 1-based day of the month.
        public var day: Int
        /// Whether the month is a leap month (Chinese calendar).
        public var isLeapMonth: Bool

        /// A date from its fields, in ICU's numbering for the calendar.
        public init(extendedYear: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
            self.extendedYear = extendedYear
            self.month = month
            self.day = day
            self.isLeapMonth = isLeapMonth
        }
    }

    /// The days (since 1970-01-01) of `dates` in `calendar` (an ICU calendar keyword such as
    /// `hebrew`, `islamic-umalqura`, `chinese`), in one ICU call.
    public static func days(of dates: [Date], calendar: String) throws(ICUError) -> [Int] {
        guard !dates.isEmpty else { return [] }
        var fields: [Int32] = []
        fields.reserveCapacity(dates.count * 4)
        for d in dates {
            fields += [Int32(truncatingIfNeeded: d.extendedYear), Int32(truncatingIfNeeded: d.month),
                       Int32(truncatingIfNeeded: d.day), d.isLeapMonth ? 1 : 0]
        }
        var out = [Int64](repeating: 0, count: dates.count)
        var err = ErrorBuffer()
        let n = err.withPointer { gz_calendar_days(calendar, fields, Int32(dates.count), &out, $0, $1) }
        guard n >= 0 else { throw ICUError(operation: "convert \(calendar) dates", code: err.message) }
        return out.map { Int($0) }
    }

    /// The dates in `calendar` of `days` (since 1970-01-01), in one ICU call.
    public static func dates(of days: [Int], calendar: String) throws(ICUError) -> [Date] {
        guard !days.isEmpty else { return [] }
        let input = days.map { Int64($0) }
        var fields = [Int32](repeating: 0, count: days.count * 4)
        var err = ErrorBuffer()
        let n = err.withPointer { gz_calendar_dates(calendar, input, Int32(days.count), &fields, $0, $1) }
        guard n >= 0 else { throw ICUError(operation: "convert days to \(calendar)", code: err.message) }
        var result: [Date] = []
        result.reserveCapacity(days.count)
        for i in 0..<days.count {
            let f = fields[(4 * i)..<(4 * i + 4)].map { Int($0) }
            result.append(Date(extendedYear: f[0], month: f[1], day: f[2], isLeapMonth: f[3] != 0))
        }
        return result
    }
}
