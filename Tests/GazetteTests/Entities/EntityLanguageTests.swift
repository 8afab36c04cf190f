import Testing
@testable import Gazette

/// The entity stage's language: its rules, its month and weekday names, its country names.
@Suite("Entity language")
struct EntityLanguageTests {
    static func recognize(_ text: String, language: String, gazetteer tsv: String, segmentation: SegmentationRules) throws -> [String] {
        let source = GazetteerSource(name: "fixture.tsv", format: .tsv, bytes: Array(tsv.utf8))
        let stage = try EntityRecognizer.forLanguage(language, extra: [source], includeDefaults: false)
        var document = Document(id: "test", text: text)
        try Segmenter(rules: segmentation).process(&document)
        try stage.process(&document)
        return described(document.entities!, in: text)
    }

    static let towns = """
    #id\ttype\tname\taliases
    march-town\tLOC\tMarch\t
    sunday-paper\tORG\tSunday\t
    friday-forced\tORG\tFriday\t\tcase=sensitive
    lyon\tLOC\tLyon\t
    """

    /// A one-word name that is a month or weekday name of the language is a date; an explicit
    /// case policy keeps it; other names match.
    @Test func monthAndWeekdayNamesAreNotNames() throws {
        let text = "On Sunday, March 3, the Friday team met in Lyon and in March town."
        #expect(try Self.recognize(text, language: "en", gazetteer: Self.towns, segmentation: .english)
                == ["Friday=friday-forced/exact", "Lyon=lyon/exact"])
    }

    /// The same names are not dates in another language: a French text keeps the English town.
    @Test func dateWordsAreTheLanguagesOwn() throws {
        let text = "Le conseil de March a voté dimanche à Lyon."
        #expect(try Self.recognize(text, language: "fr", gazetteer: Self.towns, segmentation: .french)
                == ["March=march-town/exact", "Lyon=lyon/exact"])
    }

    /// Rules by language code; any other locale gets the floor with its own date names.
    @Test func rulesByLanguage() {
        #expect(EntityRules.forLanguage("fr").fingerprint == EntityRules.french.fingerprint)
        #expect(EntityRules.forLanguage("en").fingerprint == EntityRules.english.fingerprint)
        let german = EntityRules.forLanguage("de")
        #expect(german.dateWords.contains(TextFolder.shared.fold("März")))
        #expect(german.commonWords.isEmpty)
        #expect(EntityRules.english.isCommonWord(TextFolder.shared.fold("reading")))
    }

    /// Built-in country names come in the document's language.
    @Test func countryNamesInTheLanguage() throws {
        for (language, name) in [("en", "Germany"), ("fr", "Allemagne"), ("de", "Deutschland"), ("zh", "德国")] {
            let source = DefaultGazetteers.sources(language: language)[0]
            #expect(String(decoding: source.bytes, as: UTF8.self).contains("iso3166:DE\tLOC\t\(name)\t"), "\(language)")
        }
    }
}
