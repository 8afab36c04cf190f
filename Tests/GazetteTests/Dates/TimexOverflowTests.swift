import Gazette
import Testing

/// Amounts past any calendar (`in 2147483647 years`) are durations at most, never a trap or a
/// wrapped value, in every language pack and with or without a time in the reference.
@Suite struct TimexOverflowTests {
    static let phrases = [
        "in 2147483647 years", "2147483647 hours from now", "in 99999999999 days", "9223372036854775807 seconds ago",
        "dans 2147483647 ans", "il y a 99999999999 jours",
    ]

    @Test(arguments: phrases)
    func hugeAmounts(_ phrase: String) throws {
        for (language, rules, reference) in [(TemporalLanguage.english, SegmentationRules.english, "2013-02-12T04:30:00"),
                                             (.french, .french, "2023-11-21")] {
            let document = try TimexHarness.run("It comes back \(phrase). Il revient \(phrase).", reference: reference,
                                                language: language, rules: rules)
            // The amount is the text's number or nothing: a timex over it either carries that
            // number (a duration, `P2147483647Y`) or is not read at all.
            let number = String(phrase.unicodeScalars.filter { $0.properties.numericType != nil })
            for t in document.timexes! where document[t.span].contains(number) {
                #expect(t.value.contains(number), "\(document[t.span]) = \(t.value)")
            }
        }
    }
}
