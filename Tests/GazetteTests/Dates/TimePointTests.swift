import Testing
@testable import Gazette

/// The TIMEX3 value of a point at each grain, written byte by byte.
@Suite("Time point values")
struct TimePointTests {
    static func point(_ set: (inout TimePoint) -> Void) -> TimePoint {
        var p = TimePoint()
        set(&p)
        return p
    }

    static let cases: [(TimePoint, String)] = [
        (TimePoint(), "XXXX"),
        (TimePoint(year: 1987), "1987"),
        (TimePoint(year: 987), "0987"),
        (TimePoint(year: 2031, month: 4), "2031-04"),
        (TimePoint(year: 2031, month: 12, day: 9), "2031-12-09"),
        (TimePoint(year: nil, month: 7, day: 30), "XXXX-07-30"),
        (point { $0.century = 9 }, "09"),
        (point { $0.decade = 198 }, "198"),
        (point { $0.year = 2016; $0.week = 3 }, "2016-W03"),
        (point { $0.year = 2016; $0.week = 44; $0.weekend = true }, "2016-W44-WE"),
        (point { $0.year = 2019; $0.season = "WI" }, "2019-WI"),
        (point { $0.year = 2019; $0.quarter = 2 }, "2019-Q2"),
        (point { $0.year = 2019; $0.half = 1 }, "2019-H1"),
        (point { $0.partOfDay = "NI" }, "XXXX-XX-XXTNI"),
        (point { $0.hour = 7 }, "XXXX-XX-XXT07:00"),
        (point { $0.year = 2008; $0.month = 2; $0.day = 29; $0.partOfDay = "AF" }, "2008-02-29TAF"),
        (point { $0.year = 2008; $0.month = 2; $0.day = 29; $0.hour = 23; $0.minute = 5 }, "2008-02-29T23:05"),
        (point { $0.year = 2008; $0.month = 2; $0.day = 29; $0.hour = 6; $0.minute = 41; $0.second = 8; $0.zone = "-03:30" }, "2008-02-29T06:41:08-03:30"),
        (point { $0.year = 2008; $0.month = 2; $0.day = 1; $0.hour = 0; $0.minute = 0; $0.zone = "Z" }, "2008-02-01T00:00Z"),
        (point { $0.year = 12345; $0.month = 1 }, "12345-01"),
    ]

    @Test("value at each grain", arguments: cases)
    func value(point: TimePoint, expected: String) {
        #expect(point.value == expected)
        #expect(point.value.utf8.count == expected.utf8.count)
    }
}
