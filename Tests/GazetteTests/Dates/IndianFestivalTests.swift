import Gazette
import Testing

/// Indian festivals by name, through the Hindu calendar, in English and French texts (against
/// Tuesday 21 November 2023); more English ones are in ``HolidayTests``.
@Suite struct IndianFestivalTests {
    typealias Case = HolidayTests.Case

    static let english: [Case] = [
        Case(text: "Pongal 2024 is a four-day harvest festival.", expression: "Pongal 2024", value: "2024-01-15"),
        Case(text: "Kerala celebrated Onam 2024 with boat races.", expression: "Onam 2024", value: "2024-09-15"),
        Case(text: "Sisters tie threads on Raksha Bandhan 2024.", expression: "Raksha Bandhan 2024", value: "2024-08-19"),
        Case(text: "Devotees fasted on Maha Shivaratri 2024.", expression: "Maha Shivaratri 2024", value: "2024-03-08"),
    ]

    @Test(arguments: english)
    func englishFestival(_ c: Case) throws {
        try HolidayTests.run(c, language: .english, rules: .english)
    }

    static let french: [Case] = [
        Case(text: "La fête de Diwali 2023 a illuminé la ville.", expression: "Diwali 2023", value: "2023-11-12"),
        Case(text: "Holi 2024 a coloré les rues de Jaipur.", expression: "Holi 2024", value: "2024-03-25"),
    ]

    @Test(arguments: french)
    func frenchFestival(_ c: Case) throws {
        try HolidayTests.run(c, language: .french, rules: .french)
    }
}
