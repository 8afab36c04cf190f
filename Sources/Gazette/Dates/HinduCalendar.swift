/// Festival days of the Hindu lunisolar and solar calendars, computed from the positions of
/// the Sun and the Moon (Meeus' low-precision series) for New Delhi (28.61° N, 77.21° E,
/// UTC+5:30), as almanacs (panchang) of North India give them.
///
/// * Lunar months are *amanta* (new moon to new moon) and named after the sidereal sign the
///   Sun enters during the month (the month of Mesha sankranti is Chaitra); a month without a
///   sankranti is a leap (*adhika*) month, and festivals keep to the regular month after it.
/// * A day has the tithi (each 12° of the Moon's elongation from the Sun; 1–15 waxing, 16–30
///   waning, 30 the new moon) that prevails at the festival's observance time (sunrise, noon,
///   afternoon, evening or midnight). A tithi that prevails at no observance time (it begins
///   and ends between two of them) is kept on the day it ends.
/// * Solar festivals fall on the day the Sun enters a sidereal (Lahiri) sign.
///
/// Dates are right to the day wherever the tithi does not change within minutes of the
/// observance time; regional almanacs can differ by a day on such years. Finer rules of some
/// festivals (the *bhadra* period that can move Holika Dahan) are not modelled.
public enum HinduCalendar {
    /// When in the day a tithi must prevail: at sunrise, at noon (*madhyahna*), in the
    /// afternoon (*aparahna*), at the end of the evening twilight after sunset (*pradosh*,
    /// about two hours) or at midnight (*nishita*).
    public enum Observance: Sendable {
        case sunrise, midday, afternoon, evening, midnight
    }

    /// How a festival is dated.
    public enum Rule: Sendable {
        /// Lunar `month` (1 = Chaitra … 12 = Phalguna, amanta), `tithi` (1–30) at `observance`,
        /// then `offset` days.
        case lunar(month: Int, tithi: Int, at: Observance, offset: Int)
        /// The day the Sun enters sidereal sign `sign` (0 = Mesha … 9 = Makara … 11 = Meena),
        /// the next day when that happens after sunset and `afterSunsetNextDay`, then `offset`.
        case sankranti(sign: Int, afterSunsetNextDay: Bool, offset: Int)
        /// The first day of solar month `sign` whose Moon is in `nakshatra` (1–27) through the
        /// morning (six *nazhika*, 2 h 24 min, after sunrise).
        case nakshatra(sign: Int, nakshatra: Int)
    }

    static let latitude = 28.6139, longitude = 77.2090, utcOffset = 5.5

    /// The day number (days since 1970-01-01) of the festival in Gregorian `year`, nil when it
    /// does not fall in that year.
    public static func dayNumber(_ rule: Rule, year: Int) -> Int? {
        let first = CalendarMath.dayNumber(year: year, month: 1, day: 1)
        let last = CalendarMath.dayNumber(year: year, month: 12, day: 31)
        switch rule {
        case let .lunar(month, tithi, observance, offset):
            let months = LunarMonths(from: first - 40, to: last + 40)
            var fallback: Int?
            // Only the days of the regular months named `month` (one or two in a year).
            for (start, end) in months.spans(of: month) {
                let from = max(first, Astronomy.dayNumber(ofJulianDay: start, utcOffset: utcOffset) - 1)
                let to = min(last, Astronomy.dayNumber(ofJulianDay: end, utcOffset: utcOffset) + 1)
                guard from <= to else { continue }
                for n in from...to {
                    let jd = moment(observance, dayNumber: n)
                    guard jd >= start, jd < end else { continue }
                    let t = self.tithi(jd)
                    if t == tithi { return n + offset }
                    // The tithi was skipped: it ended before this day's observance time.
                    if fallback == nil, t == tithi % 30 + 1, self.tithi(moment(observance, dayNumber: n - 1)) != tithi {
                        fallback = n
                    }
                }
            }
            return fallback.map { $0 + offset }
        case let .sankranti(sign, afterSunsetNextDay, offset):
            let start = Astronomy.julianDay(ofDayNumber: first) - utcOffset / 24
            let jd = Astronomy.siderealSunReaches(Double(sign) * 30, after: start)
            var n = Astronomy.dayNumber(ofJulianDay: jd, utcOffset: utcOffset)
            if afterSunsetNextDay && jd > sun(n).set { n += 1 }
            n += offset
            return n <= last ? n : nil
        case let .nakshatra(sign, nakshatra):
            let start = Astronomy.julianDay(ofDayNumber: first) - utcOffset / 24
            let entry = Astronomy.siderealSunReaches(Double(sign) * 30, after: start)
            let exit = Astronomy.siderealSunReaches(Double(sign + 1) * 30, after: entry)
            let from = Astronomy.dayNumber(ofJulianDay: entry, utcOffset: utcOffset)
            let to = Astronomy.dayNumber(ofJulianDay: exit, utcOffset: utcOffset)
            for n in from...to {
                let morning = sun(n).rise + 0.1
                if morning < entry || morning > exit { continue }
                if Int(Astronomy.siderealMoonLongitude(morning) / (360.0 / 27)) + 1 == nakshatra { return n <= last ? n : nil }
            }
            return nil
        }
    }

    /// The tithi (1–30) at `jd`.
    static func tithi(_ jd: Double) -> Int { Int(Astronomy.elongation(jd) / 12) + 1 }

    /// Sunrise and sunset of day `n` in New Delhi.
    static func sun(_ n: Int) -> (rise: Double, set: Double) {
        Astronomy.sunriseAndSunset(dayNumber: n, latitude: latitude, longitude: longitude)
    }

    /// The observance time of day `n`.
    static func moment(_ observance: Observance, dayNumber n: Int) -> Double {
        let (rise, set) = sun(n)
        switch observance {
        case .sunrise: return rise
        case .midday: return (rise + set) / 2
        case .afternoon: return rise + (set - rise) * 0.7
        case .evening: return set + 0.08
        case .midnight: return (set + sun(n + 1).rise) / 2
        }
    }

    /// The amanta months between two day numbers: new moons and the sign of the Sun at each.
    struct LunarMonths {
        var newMoons: [Double] = []
        var signs: [Int] = []

        init(from: Int, to: Int) {
            var jd = Astronomy.newMoon(atOrBefore: Astronomy.julianDay(ofDayNumber: from))
            let end = Astronomy.julianDay(ofDayNumber: to)
            while jd <= end + 30 {
                newMoons.append(jd)
                signs.append(Int(Astronomy.siderealSunLongitude(jd) / 30))
                jd = Astronomy.newMoon(atOrBefore: jd + 31)
            }
        }

        /// The spans `[start, end)` (Julian days) of the regular months named `month` (1 =
        /// Chaitra … 12 = Phalguna), in order; a leap month has no name of its own.
        func spans(of month: Int) -> [(start: Double, end: Double)] {
            newMoons.indices.dropLast().compactMap { k in
                signs[k] != signs[k + 1] && signs[k + 1] % 12 + 1 == month ? (newMoons[k], newMoons[k + 1]) : nil
            }
        }
    }
}
