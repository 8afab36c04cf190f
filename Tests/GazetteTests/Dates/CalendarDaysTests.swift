import Gazette
import Testing

/// Day arithmetic used by date resolution: weekdays, ISO weeks, Easter.
@Suite struct CalendarDaysTests {
    @Test(arguments: [
        (2023, 11, 21, 2, 2023, 47),  // a Tuesday
        (2013, 2, 12, 2, 2013, 7),
        (2021, 1, 3, 7, 2020, 53),    // a Sunday in the last ISO week of 2020
        (2024, 12, 30, 1, 2025, 1),   // a Monday in the first ISO week of 2025
        (2000, 2, 29, 2, 2000, 9),
    ])
    func weekdayAndISOWeek(_ c: (Int, Int, Int, Int, Int, Int)) {
        let n = CalendarMath.dayNumber(year: c.0, month: c.1, day: c.2)
        #expect(CalendarMath.weekday(ofDayNumber: n) == c.3)
        let w = CalendarMath.isoWeek(ofDayNumber: n)
        #expect(w.year == c.4 && w.week == c.5)
        let back = CalendarMath.date(ofDayNumber: n)
        #expect(back.year == c.0 && back.month == c.1 && back.day == c.2)
    }

    @Test(arguments: [(2023, 4, 9), (2024, 3, 31), (2025, 4, 20), (2013, 3, 31), (2000, 4, 23)])
    func easter(_ c: (Int, Int, Int)) {
        let e = CalendarMath.easter(year: c.0)
        #expect(e.month == c.1 && e.day == c.2)
    }

    @Test func invalidDays() {
        #expect(!CalendarMath.isValid(year: 2023, month: 2, day: 30))
        #expect(!CalendarMath.isValid(year: 2023, month: 2, day: 29))
        #expect(CalendarMath.isValid(year: 2024, month: 2, day: 29))
        #expect(CalendarMath.isValid(year: nil, month: 2, day: 29))
        #expect(!CalendarMath.isValid(year: nil, month: 13, day: 1))
    }
}
