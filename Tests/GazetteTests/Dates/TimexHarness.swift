import Gazette
import Testing

/// Runs a language's segmenter and timex stage on one hand-built document (French by default,
/// against Tuesday 21 November 2023).
enum TimexHarness {
    static func run(_ text: String, reference: String? = "2023-11-21", language: TemporalLanguage = .french,
                    rules: SegmentationRules = .french) throws -> Document {
        var document = Document(id: "test", text: text, language: language.locale)
        if let reference { document.referenceDate = ReferenceDate(value: reference, source: .option) }
        try Segmenter(rules: rules).process(&document)
        try TimexStage(language: language).process(&document)
        // Every span is a non-empty piece of the text.
        for t in document.timexes ?? [] { #expect(t.span.length > 0 && t.span.end <= document.text.scalarCount) }
        return document
    }

    /// The timexes of `text` as (text, value, mod, kind, anchor).
    static func timexes(_ text: String, reference: String? = "2023-11-21", language: TemporalLanguage = .french,
                        rules: SegmentationRules = .french) throws -> [(text: String, value: String, mod: String?, kind: Timex.Kind, anchor: Timex.Anchor)] {
        let d = try run(text, reference: reference, language: language, rules: rules)
        return (d.timexes ?? []).map { (String(d[$0.span]), $0.value, $0.mod, $0.kind, $0.anchor) }
    }

    /// The value of the timex whose text is `expression`, if any.
    static func value(of expression: String, in text: String, reference: String? = "2023-11-21") throws -> String? {
        try timexes(text, reference: reference).first { $0.text == expression }?.value
    }

    /// Expects a timex with text `expression` and value `value` among those of `text`.
    static func expect(_ expression: String, _ value: String, in text: String, reference: String? = "2023-11-21",
                       language: TemporalLanguage = .french, rules: SegmentationRules = .french) throws {
        let found = try timexes(text, reference: reference, language: language, rules: rules).map { ($0.text, $0.value) }
        #expect(found.contains { $0.0 == expression && $0.1 == value }, "\(found)")
    }
}
