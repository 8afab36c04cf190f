import ICUText
import Testing

@Suite("Other calendars through ICU")
struct CalendarConversionTests {
    /// Days since 1970-01-01 of a few Gregorian dates.
    static let sep16of2023 = 19616, feb10of2024 = 19763

    @Test("Hebrew, Islamic and Chinese dates convert to days and back in one call")
    func roundTrip() throws {
        let rosh = CalendarConversion.Date(extendedYear: 5784, month: 0, day: 1)
        #expect(try CalendarConversion.days(of: [rosh], calendar: "hebrew") == [Self.sep16of2023])
        let newYear = CalendarConversion.Date(extendedYear: 4661, month: 0, day: 1)
        #expect(try CalendarConversion.days(of: [newYear], calendar: "chinese") == [Self.feb10of2024])
        let back = try CalendarConversion.dates(of: [Self.sep16of2023, Self.feb10of2024], calendar: "hebrew")
        #expect(back.first == rosh)
        #expect(try CalendarConversion.dates(of: [Self.feb10of2024], calendar: "chinese").first == newYear)
        #expect(try CalendarConversion.days(of: [], calendar: "hebrew") == [])
    }

}
