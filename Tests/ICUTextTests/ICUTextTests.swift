import ICUText
import Testing

@Suite("ICU text layer")
struct ICUTextTests {
    @Test("word boundaries come from ICU in one call, as UTF-16 offsets")
    func wordBoundaries() throws {
        let words = try BreakIterator(.word, locale: "fr")
        // ICU keeps the elided form whole and splits GPT-4 at the hyphen.
        #expect(try words.boundaries(of: "d'OpenAI GPT-4") == [8, 9, 12, 13, 14])
        #expect(try words.boundaries(of: "") == [])
        // The iterator is reusable across texts.
        #expect(try words.boundaries(of: "Bonjour") == [7])
    }

    @Test("sentence boundaries, with and without suppressions")
    func sentenceBoundaries() throws {
        let plain = try BreakIterator(.sentence, locale: "fr")
        #expect(try plain.boundaries(of: "Il pleut. Il vente.") == [10, 19])
        // A supplementary-plane scalar counts two UTF-16 units.
        #expect(try plain.boundaries(of: "😀 Oui. Non.") == [8, 12])
    }

    @Test("word rule status separates numbers, letters and the rest")
    func ruleStatus() throws {
        let words = try BreakIterator(.word, locale: "fr")
        let units = Array("Le 17 , x".utf16)
        var ends: [Int32] = [], statuses: [Int32] = []
        try units.withUnsafeBufferPointer { try words.segment($0, ends: &ends, statuses: &statuses) }
        let kinds = (0..<words.count).map { statuses[$0] }
        #expect(WordStatus.letter.contains(kinds[0]))
        #expect(WordStatus.none.contains(kinds[1]))
        #expect(WordStatus.number.contains(kinds[2]))
        #expect(WordStatus.none.contains(kinds[4]))
    }

    @Test("charset detection recognises Latin-1 French and conversion decodes it")
    func charsets() throws {
        let latin1 = Self.latin1("Le comité a décidé que l'élève était très doué, à n'en pas douter. Où est-il ? Déjà là.")
        let matches = try latin1.withUnsafeBufferPointer { try Charset.detect($0) }
        #expect(matches.contains { $0.name == "ISO-8859-1" || $0.name == "windows-1252" })
        let units = try latin1.withUnsafeBufferPointer { try Charset.toUTF16($0, from: "ISO-8859-1") }
        #expect(String(decoding: units, as: UTF16.self).hasPrefix("Le comité a décidé"))
        #expect(throws: ICUError.self) {
            try latin1.withUnsafeBufferPointer { _ = try Charset.toUTF16($0, from: "no-such-charset") }
        }
    }

    @Test("normalisation and case folding")
    func normalisation() throws {
        #expect(try Normalizer.normalize("e\u{301}", to: .nfc) == "é")
        #expect(try Normalizer.normalize("é", to: .nfd) == "e\u{301}")
        #expect(try Normalizer.normalize("ﬁ", to: .nfkc) == "fi")
        #expect(try Normalizer.foldCase("ÉTATS-UNIS Straße") == "états-unis strasse")
        #expect(Normalizer.scriptCode(of: "a") == Normalizer.scriptCode(of: "é"))
        #expect(Normalizer.scriptCode(of: "a") != Normalizer.scriptCode(of: "中"))
    }

    @Test("locale data: month and weekday names, region names")
    func localeData() throws {
        let months = try LocaleData.dateSymbols(.months, locale: "fr")
        #expect(months.count == 12)
        #expect(months.first == "janvier" && months[10] == "novembre")
        let weekdays = try LocaleData.dateSymbols(.weekdays, locale: "fr")
        #expect(weekdays == ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"])
        #expect(try LocaleData.dateSymbols(.months, locale: "de")[2] == "März")
        #expect(LocaleData.regionCodes().contains("FR"))
        #expect(try LocaleData.regionName("DE", in: "fr") == "Allemagne")
        #expect(!LocaleData.icuVersion.isEmpty)
    }

    static func latin1(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }
}
