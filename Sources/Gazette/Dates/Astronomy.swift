#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Low-precision positions of the Sun and the Moon, enough to date the days of lunisolar
/// calendars (J. Meeus, *Astronomical Algorithms*, 2nd ed., chapters 25 and 47).
///
/// Times are Julian days (UT; the difference to dynamical time, about a minute, is ignored).
/// The Sun is good to about 0.01°, the Moon to about 10″: a tithi (12° of elongation) or a
/// sankranti is placed within a few minutes.
enum Astronomy {
    /// Julian day of 1970-01-01 00:00 UT.
    static let unixEpoch = 2_440_587.5

    /// Julian day of 00:00 UT of a day number (days since 1970-01-01).
    static func julianDay(ofDayNumber n: Int) -> Double { unixEpoch + Double(n) }

    /// The day number holding Julian day `jd` at UTC offset `hours`.
    static func dayNumber(ofJulianDay jd: Double, utcOffset hours: Double) -> Int {
        Int((jd - unixEpoch + hours / 24).rounded(.down))
    }

    /// Angle in degrees in [0, 360).
    static func normalized(_ degrees: Double) -> Double {
        let r = degrees.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    private static func sind(_ degrees: Double) -> Double { sin(degrees * .pi / 180) }
    private static func cosd(_ degrees: Double) -> Double { cos(degrees * .pi / 180) }

    /// Julian centuries since J2000.0.
    private static func centuries(_ jd: Double) -> Double { (jd - 2_451_545.0) / 36_525 }

    /// The Sun's apparent ecliptic longitude (degrees, of date).
    static func sunLongitude(_ jd: Double) -> Double {
        let t = centuries(jd)
        let l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
        let m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t
        let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sind(m)
            + (0.019993 - 0.000101 * t) * sind(2 * m) + 0.000289 * sind(3 * m)
        let omega = 125.04 - 1_934.136 * t
        return normalized(l0 + c - 0.00569 - 0.00478 * sind(omega))
    }

    /// Meeus table 47.A, longitude: multiples of D, M, M′, F and the coefficient (10⁻⁶ degree).
    private static let moonTerms: [(Int8, Int8, Int8, Int8, Int32)] = [
        (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314), (0, 0, 2, 0, 213_618),
        (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332), (2, 0, -2, 0, 58_793), (2, -1, -1, 0, 57_066),
        (2, 0, 1, 0, 53_322), (2, -1, 0, 0, 45_758), (0, 1, -1, 0, -40_923), (1, 0, 0, 0, -34_720),
        (0, 1, 1, 0, -30_383), (2, 0, 0, -2, 15_327), (0, 0, 1, 2, -12_528), (0, 0, 1, -2, 10_980),
        (4, 0, -1, 0, 10_675), (0, 0, 3, 0, 10_034), (4, 0, -2, 0, 8_548), (2, 1, -1, 0, -7_888),
        (2, 1, 0, 0, -6_766), (1, 0, -1, 0, -5_163), (1, 1, 0, 0, 4_987), (2, -1, 1, 0, 4_036),
        (2, 0, 2, 0, 3_994), (4, 0, 0, 0, 3_861), (2, 0, -3, 0, 3_665), (0, 1, -2, 0, -2_689),
        (2, 0, -1, 2, -2_602), (2, -1, -2, 0, 2_390), (1, 0, 1, 0, -2_348), (2, -2, 0, 0, 2_236),
        (0, 1, 2, 0, -2_120), (0, 2, 0, 0, -2_069), (2, -2, -1, 0, 2_048), (2, 0, 1, -2, -1_773),
        (2, 0, 0, 2, -1_595), (4, -1, -1, 0, 1_215), (0, 0, 2, 2, -1_110), (3, 0, -1, 0, -892),
        (2, 1, 1, 0, -810), (4, -1, -2, 0, 759), (0, 2, -1, 0, -713), (2, 2, -1, 0, -700),
        (2, 1, -2, 0, 691), (2, -1, 0, -2, 596), (4, 0, 1, 0, 549), (0, 0, 4, 0, 537),
        (4, -1, 0, 0, 520), (1, 0, -2, 0, -487), (2, 1, 0, -2, -399), (0, 0, 2, -2, -381),
        (1, 1, 1, 0, 351), (3, 0, -2, 0, -340), (4, 0, -3, 0, 330), (2, -1, 2, 0, 327),
        (0, 2, 1, 0, -323), (1, 1, -1, 0, 299), (2, 0, 3, 0, 294),
    ]

    /// The Moon's apparent ecliptic longitude (degrees, of date).
    static func moonLongitude(_ jd: Double) -> Double {
        let t = centuries(jd)
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t
        let lp = 218.3164477 + 481_267.88123421 * t - 0.0015786 * t2 + t3 / 538_841 - t4 / 65_194_000
        let d = 297.8501921 + 445_267.1114034 * t - 0.0018819 * t2 + t3 / 545_868 - t4 / 113_065_000
        let m = 357.5291092 + 35_999.0502909 * t - 0.0001536 * t2 + t3 / 24_490_000
        let mp = 134.9633964 + 477_198.8675055 * t + 0.0087414 * t2 + t3 / 69_699 - t4 / 14_712_000
        let f = 93.2720950 + 483_202.0175233 * t - 0.0036539 * t2 - t3 / 3_526_000 + t4 / 863_310_000
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        var sum = 0.0
        for (cd, cm, cmp, cf, coefficient) in moonTerms {
            var term = Double(coefficient) * sind(Double(cd) * d + Double(cm) * m + Double(cmp) * mp + Double(cf) * f)
            if cm != 0 { term *= cm == 1 || cm == -1 ? e : e * e }
            sum += term
        }
        let a1 = 119.75 + 131.849 * t, a2 = 53.09 + 479_264.290 * t
        sum += 3_958 * sind(a1) + 1_962 * sind(lp - f) + 318 * sind(a2)
        let omega = 125.04452 - 1_934.136261 * t
        return normalized(lp + sum / 1_000_000 - 0.00478 * sind(omega))
    }

    /// The Moon's elongation from the Sun (degrees, [0, 360)): 0 at new moon, 180 at full moon.
    static func elongation(_ jd: Double) -> Double { normalized(moonLongitude(jd) - sunLongitude(jd)) }

    /// The Lahiri ayanamsa (degrees): tropical minus sidereal longitude.
    static func ayanamsa(_ jd: Double) -> Double { 23.857 + 0.013_969_4 * (jd - 2_451_545.0) / 365.25 }

    /// The Sun's sidereal (Lahiri) longitude.
    static func siderealSunLongitude(_ jd: Double) -> Double { normalized(sunLongitude(jd) - ayanamsa(jd)) }

    /// The Moon's sidereal (Lahiri) longitude.
    static func siderealMoonLongitude(_ jd: Double) -> Double { normalized(moonLongitude(jd) - ayanamsa(jd)) }

    /// The new moon nearest before or at `jd`.
    static func newMoon(atOrBefore jd: Double) -> Double {
        var t = jd - elongation(jd) / 12.19
        for _ in 0..<8 {
            var e = elongation(t)
            if e > 180 { e -= 360 }
            t -= e / 12.19
            if abs(e) < 1e-6 { break }
        }
        return t > jd + 1e-7 ? newMoon(atOrBefore: jd - 29.5) : t
    }

    /// The first moment after `jd` when the Sun's sidereal longitude reaches `degrees`.
    static func siderealSunReaches(_ degrees: Double, after jd: Double) -> Double {
        var t = jd + normalized(degrees - siderealSunLongitude(jd)) / 0.9856
        for _ in 0..<8 {
            var delta = degrees - siderealSunLongitude(t)
            delta = normalized(delta + 180) - 180
            t += delta / 0.9856
            if abs(delta) < 1e-7 { break }
        }
        return t
    }

    /// Sunrise and sunset (Julian days, UT) of day number `n` at latitude and longitude
    /// (degrees, east positive): the Sun's upper limb at the horizon with refraction (−0.833°).
    static func sunriseAndSunset(dayNumber n: Int, latitude: Double, longitude: Double) -> (rise: Double, set: Double) {
        let noonGuess = julianDay(ofDayNumber: n) + 0.5 - longitude / 360
        let t = centuries(noonGuess)
        let lambda = sunLongitude(noonGuess)
        let epsilon = 23.439291 - 0.0130042 * t
        let declination = asin(sind(epsilon) * sind(lambda)) * 180 / .pi
        let rightAscension = normalized(atan2(cosd(epsilon) * sind(lambda), cosd(lambda)) * 180 / .pi)
        let meanLongitude = normalized(280.46646 + 36_000.76983 * t)
        var equation = meanLongitude - 0.0057183 - rightAscension
        equation = normalized(equation + 180) - 180
        let noon = julianDay(ofDayNumber: n) + 0.5 - (longitude + equation) / 360
        let cosH = (sind(-0.833) - sind(latitude) * sind(declination))
            / (cosd(latitude) * cosd(declination))
        let h = acos(max(-1, min(1, cosH))) * 180 / .pi
        return (noon - h / 360, noon + h / 360)
    }
}
