import Foundation
import Testing
@testable import Gazette

@Suite("Hindu calendar")
struct HinduCalendarTests {
    /// Meeus, Astronomical Algorithms, examples 25.a (the Sun, 1992-10-13 0h TD) and 47.a (the
    /// Moon, 1992-04-12 0h TD): apparent longitudes.
    @Test func positionsMatchMeeusExamples() {
        #expect(abs(Astronomy.sunLongitude(2_448_908.5) - 199.90895) < 0.01)
        #expect(abs(Astronomy.moonLongitude(2_448_724.5) - 133.167265) < 0.001)
    }

    /// New moons of 2024 (UT, from published ephemerides): 2024-01-11 11:57, 2024-04-08 18:21.
    @Test func newMoons() {
        for (n, hours) in [(CalendarMath.dayNumber(year: 2024, month: 1, day: 11), 11.95), (CalendarMath.dayNumber(year: 2024, month: 4, day: 8), 18.35)] {
            let jd = Astronomy.julianDay(ofDayNumber: n) + hours / 24
            #expect(abs(Astronomy.newMoon(atOrBefore: jd + 2) - jd) < 0.01)
        }
    }

    /// Festival days of 2023 and 2024 as Indian almanacs give them.
    @Test(arguments: [
        (HinduCalendar.Rule.lunar(month: 7, tithi: 30, at: .evening, offset: 0), 2023, "2023-11-12"),    // Diwali
        (.lunar(month: 12, tithi: 15, at: .evening, offset: 1), 2024, "2024-03-25"),                       // Holi
        (.lunar(month: 6, tithi: 4, at: .midday, offset: 0), 2023, "2023-09-19"),                          // Ganesh Chaturthi
        (.lunar(month: 7, tithi: 1, at: .sunrise, offset: 0), 2023, "2023-10-15"),                         // Navaratri
        (.lunar(month: 7, tithi: 10, at: .afternoon, offset: 0), 2023, "2023-10-24"),                      // Dussehra
        (.lunar(month: 11, tithi: 29, at: .midnight, offset: 0), 2023, "2023-02-18"),                      // Maha Shivaratri
        (.lunar(month: 11, tithi: 29, at: .midnight, offset: 0), 2024, "2024-03-08"),
        (.lunar(month: 1, tithi: 9, at: .midday, offset: 0), 2023, "2023-03-30"),                          // Rama Navami
        (.lunar(month: 1, tithi: 9, at: .midday, offset: 0), 2024, "2024-04-17"),
        (.lunar(month: 8, tithi: 6, at: .sunrise, offset: 0), 2023, "2023-11-19"),                         // Chhath
        (.lunar(month: 7, tithi: 19, at: .evening, offset: 0), 2023, "2023-11-01"),                        // Karva Chauth
        (.lunar(month: 2, tithi: 15, at: .sunrise, offset: 0), 2023, "2023-05-05"),                        // Buddha Purnima
        (.sankranti(sign: 9, afterSunsetNextDay: true, offset: 0), 2023, "2023-01-15"),                    // Makar Sankranti
        (.sankranti(sign: 9, afterSunsetNextDay: true, offset: 0), 2024, "2024-01-15"),
        (.sankranti(sign: 0, afterSunsetNextDay: false, offset: 0), 2023, "2023-04-14"),                   // Vaisakhi
        (.nakshatra(sign: 4, nakshatra: 22), 2023, "2023-08-29"),                                          // Onam
        (.nakshatra(sign: 4, nakshatra: 22), 2024, "2024-09-15"),
        (.lunar(month: 7, tithi: 28, at: .evening, offset: 0), 2023, "2023-11-10"),                        // Dhanteras
        (.lunar(month: 11, tithi: 5, at: .sunrise, offset: 0), 2024, "2024-02-14"),                        // Vasant Panchami
    ])
    func festivals(_ rule: HinduCalendar.Rule, _ year: Int, _ expected: String) {
        let d = HinduCalendar.dayNumber(rule, year: year).map { CalendarMath.date(ofDayNumber: $0) }
        #expect(d.map { String(format: "%04d-%02d-%02d", $0.year, $0.month, $0.day) } == expected)
    }
}
