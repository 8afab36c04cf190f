@testable import ICUText
import Testing

/// ICU reading only the windows around terminators must find ICU's sentence boundaries.
@Suite("Sentence windows")
struct SentenceWindowsTests {
    static func boundaries(_ iterator: BreakIterator, _ units: [UInt16]) throws -> [String] {
        var ends: [Int32] = [], statuses: [Int32] = []
        try units.withUnsafeBufferPointer { try iterator.segment($0, ends: &ends, statuses: &statuses) }
        return (0..<iterator.count).map { "\(ends[$0]):\(statuses[$0])" }
    }

    static func icu(_ locale: String) throws -> BreakIterator {
        try BreakIterator(.sentence, locale: locale, fastPaths: false)
    }

    @Test("reads a fraction of running text")
    func fraction() throws {
        let text = Array(String(repeating: "Le chat dort sur le tapis du salon depuis ce matin, et il rêve de souris grises. ", count: 20).utf16 + [0x0A])
        var windows: [Int32] = []
        let used = text.withUnsafeBufferPointer { SentenceWindows(locale: "fr@ss=standard").windows($0, into: &windows) }
        #expect(used)
        let read = stride(from: 0, to: windows.count, by: 2).map { Int(abs(windows[$0 + 1]) - windows[$0]) }.reduce(0, +)
        #expect(read < text.count / 2)
    }

    @Test("passes its check against ICU at init", arguments: ["fr@ss=standard", "en@ss=standard", "fr", "zh"])
    func enabled(locale: String) throws {
        #expect(try BreakIterator(.sentence, locale: locale).sentenceWindows != nil)
        #expect(try BreakIterator(.sentence, locale: locale, fastPaths: false).sentenceWindows == nil)
    }

    @Test("suppressions reach as far as the longest abbreviation of the locale")
    func margins() {
        #expect(SentenceWindows(locale: "fr@ss=standard").margin >= 10)
        #expect(SentenceWindows(locale: "fr").margin == 2)
    }

    @Test("finds ICU's boundaries", arguments: [
        "Il pleut. Il vente.\n", "M. Dupont est venu. Mme Durand aussi !\n", "Né en 52 av. J.-C. à Rome. Puis ?\n",
        "« Viens ! » Puis il part… Non.\n", "Le 3.5 et le 4. 5 pommes. fin\n", "Sans point\n", "Titre\r\n", "",
        "Il a dit : « oui. » Elle : « non ! »", "U.S.A. et P.-D. G. de la firme. Ok.\n", "a.b.c. d? e! f‼ g。h\n",
        "Un\u{2028}deux. Trois\n", "e\u{301}te\u{301}. Oui.\n", "东京。Tokyo. Oui\n",
    ])
    func cases(text: String) throws {
        let windowed = try BreakIterator(.sentence, locale: "fr@ss=standard")
        let units = Array(text.utf16)
        #expect(try Self.boundaries(windowed, units) == Self.boundaries(Self.icu("fr@ss=standard"), units))
    }

    /// Random paragraphs of words, abbreviations, numbers, quotes and terminators.
    @Test("agrees with ICU on random paragraphs", arguments: ["fr@ss=standard", "en@ss=standard", "fr"])
    func random(locale: String) throws {
        let windowed = try BreakIterator(.sentence, locale: locale), reference = try Self.icu(locale)
        let pieces = ["Le", "chat", "Paris", "M.", "Mme", "av.", "J.-C.", "U.S.", "Ph.D.", "Dr.", "etc.", "p.", "3.5", "12",
                      "«", "»", "\"", "(", ")", ".", "!", "?", "…", "?!", "...", ",", ";", ":", "-", "—", "é", "Été", "a",
                      "x.y", "1.", "II.", "’", "'", "\u{A0}", "\u{202F}", "  ", "\n", "\r\n", "\u{2029}", "\r", "e\u{301}", "東京", "。"]
        var generator = SplitMix(seed: 7)
        for _ in 0..<400 {
            var text = ""
            for _ in 0..<(20 + Int(generator.next() % 80)) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
                if generator.next() % 4 != 0 { text += " " }
            }
            if generator.next() % 2 == 0 { text += "\n" }
            let units = Array(text.utf16)
            let got = try Self.boundaries(windowed, units), expected = try Self.boundaries(reference, units)
            #expect(got == expected, "\(text)")
            if got != expected { break }
        }
    }
}
