/// Hindu festivals whose dates follow the lunisolar (tithi) or sidereal solar calendar. Their
/// days come from a table computed by `scripts/hindu_calendar.py` (positions of the Sun and the
/// Moon for New Delhi, 1950–2060); the script states the method and how it was checked.
public enum HinduFestival: String, Sendable, CaseIterable {
    case ugadi, ramaNavami, mahavirJayanti, buddhaPurnima, rathaYatra, rakshaBandhan, krishnaJanmashtami
    case ganeshChaturthi, navaratri, mahaSaptami, durgaAshtami, mahaNavami, dussehra, valmikiJayanti, karvaChauth
    case dhanteras, narakaChaturdashi, diwali, govardhanPuja, bhaiDooj, chhath, guruGobindSinghJayanti
    case vasantPanchami, ravidasJayanti, dayanandaJayanti, mahaShivaratri, holikaDahan, makarSankranti
    case vaisakhi, onam, rabindraJayanti

    /// Marks a year in which the rule finds no day.
    static let missing = Int.min

    /// The festival's day (since 1970-01-01) in `year`, nil outside the table or when it has none.
    public func day(in year: Int) -> Int? {
        let table = days
        let k = year - Self.firstYear
        guard k >= 0, k < table.count, table[k] != Self.missing else { return nil }
        return table[k]
    }
}
