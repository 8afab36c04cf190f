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
            var document = Document(id: "t", text: "It comes back \(phrase). Il revient \(phrase).",
                                    referenceDate: ReferenceDate(value: reference, source: .option))
            try Segmenter(rules: rules).process(&document)
            try TimexStage(language: language).process(&document)
            for t in document.timexes! {
                #expect(!t.value.contains("1215752191") && !t.value.hasPrefix("-"), "\(t.value)")
            }
        }
    }
}
