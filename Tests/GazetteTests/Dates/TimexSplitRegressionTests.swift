import Testing
@testable import Gazette

/// Inputs that broke the date stage under the `timex` fuzz target. A token ending in a directional mark (`2s` + U+200F) made the date stage's token splitter
/// stop without moving on, appending cells until memory ran out (found by the `timex` fuzz
/// target; the input is in Fuzz/regressions/timex/).
@Suite struct TimexSplitRegressionTests {
    @Test(arguments: ["2s\u{200F}", "12h\u{200E}30", "mi\u{2011}mars", "3\u{2009}s\u{200F}.",
                      // An ordinal century past Int16 trapped (found by the same target).
                      "le 222222222e siècle", "au 99999e siècle, le 40000e siècle"])
    func marksInsideTokensEndTheSplit(_ text: String) throws {
        var document = Document(id: "t", text: text)
        document.referenceDate = ReferenceDate(value: "2023-11-21", source: .option)
        try Pipeline(stages: [Segmenter(), TimexStage()]).process(&document)
        let scalars = Array(text.unicodeScalars)
        for t in document.timexes ?? [] {
            #expect(String(document[t.span]) == Fixture.scalars(scalars, t.span.start, t.span.end))
        }
    }
}
