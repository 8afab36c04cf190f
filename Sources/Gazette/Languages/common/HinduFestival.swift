/// Hindu festivals whose dates follow the lunisolar (tithi) or sidereal solar calendar. Their
/// days come from a table computed by `scripts/hindu_calendar.py` (positions of the Sun and the
/// Moon for New Delhi, 1950–2060); the script states the method and how it was checked.
public enum HinduFestival: String, Sendable, CaseIterable {
    /// Festivals of Chaitra to Shravana (spring and summer): new year, Rama Navami, Mahavir
    /// Jayanti, Buddha Purnima (India) and Vesak (Sri Lanka, South-East Asia), Ratha Yatra,
    /// Raksha Bandhan, Janmashtami.
    case ugadi, ramaNavami, mahavirJayanti, buddhaPurnima, vesak, rathaYatra, rakshaBandhan, krishnaJanmashtami
    /// Festivals of Bhadrapada and Ashvin: Ganesh Chaturthi, Navaratri (its first day) and its
    /// days, Dussehra, Valmiki Jayanti, Karva Chauth.
    case ganeshChaturthi, navaratri, mahaSaptami, durgaAshtami, mahaNavami, dussehra, valmikiJayanti, karvaChauth
    /// The Diwali festival days and Chhath; Guru Gobind Singh Jayanti (Pausha).
    case dhanteras, narakaChaturdashi, diwali, govardhanPuja, bhaiDooj, chhath, guruGobindSinghJayanti
    /// Festivals of Magha and Phalguna, and Makar Sankranti (the Sun entering sidereal Capricorn).
    case vasantPanchami, ravidasJayanti, dayanandaJayanti, mahaShivaratri, holikaDahan, makarSankranti
    /// Solar festivals: Vaisakhi (the Sun entering sidereal Aries), Onam, 25 Boishakh.
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
