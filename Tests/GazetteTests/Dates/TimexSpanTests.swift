import Gazette
import Testing

/// Every timex span covers its text exactly, in Unicode scalars, and timexes do not overlap.
@Suite struct TimexSpanTests {
    static let texts = [
        "Le 17 novembre 2023, à 14h30, l’équipe s’est réunie ; la veille au soir, rien.",
        "Événement : Noël 2022 😀 puis du 3 au 5 juin, de 9h30 à 11h, tous les lundis.",
        "Vendredi 17 novembre, heure locale\nIl a parlé vers 18 h 45 pendant deux heures.",
        "Ça a duré une demi-heure — environ trois quarts d'heure — début mars.",
    ]

    @Test(arguments: texts)
    func spansMatchText(_ text: String) throws {
        let d = try TimexHarness.run(text)
        let timexes = d.timexes ?? []
        #expect(!timexes.isEmpty)
        let scalars = Array(text.unicodeScalars)
        for t in timexes {
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[t.span.start..<t.span.end])
            #expect(String(d[t.span]) == String(s))
            #expect(!d[t.span].isEmpty)
        }
        for (a, b) in zip(timexes, timexes.dropFirst()) { #expect(a.span.end <= b.span.start) }
    }

    @Test func recordWritesSortedTimexKeys() throws {
        let d = try TimexHarness.run("Il viendra vers 17 heures.")
        let json = String(decoding: RecordWriter().record(d, stages: ["segmenter@1", "timex@1"]), as: UTF8.self)
        #expect(json.contains(#""timexes":[{"anchor":"reference","end":25,"mod":"APPROX","start":11,"text":"vers 17 heures","type":"TIME","value":"2023-11-21T17:00"}]"#))
    }
}
