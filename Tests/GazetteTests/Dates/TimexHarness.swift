import Gazette

/// Runs the segmenter and the timex stage on one hand-built document.
enum TimexHarness {
    static func run(_ text: String, reference: String? = "2023-11-21") throws -> Document {
        var document = Document(id: "test", text: text)
        if let reference { document.referenceDate = ReferenceDate(value: reference, source: .option) }
        try Segmenter(rules: .french).process(&document)
        try TimexStage(language: .french).process(&document)
        return document
    }

    /// The timexes of `text` as (text, value, mod).
    static func timexes(_ text: String, reference: String? = "2023-11-21") throws -> [(text: String, value: String, mod: String?, kind: Timex.Kind, anchor: Timex.Anchor)] {
        let d = try run(text, reference: reference)
        return (d.timexes ?? []).map { (String(d[$0.span]), $0.value, $0.mod, $0.kind, $0.anchor) }
    }

    /// The value of the timex whose text is `expression`, if any.
    static func value(of expression: String, in text: String, reference: String? = "2023-11-21") throws -> String? {
        try timexes(text, reference: reference).first { $0.text == expression }?.value
    }
}
