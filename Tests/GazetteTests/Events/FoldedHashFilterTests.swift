import Testing
@testable import Gazette

@Suite("Event pre-filter")
struct FoldedHashFilterTests {
    /// The tokens of `text` and their folding.
    static func folded(_ text: String) throws -> (Document, TokenLayer, FoldedTokens) {
        var document = Document(id: "t", text: text)
        try Segmenter().process(&document)
        let view = document.foldTokens()
        let folded = try #require(view)
        return (document, try #require(document.tokens), folded)
    }

    @Test("every token the event word table finds passes the filter, whatever its case, accents or apostrophe", arguments: [
        (["démission", "élire", "l'"], "DÉMISSION, Démission et démission. Élire, ÉLIRE. l’accord, l'avis", 7),
        (["arrêté", "œuvre", "naïf"], "Arrêté ARRÊTÉ arrêté ; Œuvre œuvre ; NAÏF naïf", 6),
    ])
    func filterKeepsTableWords(words: [String], text: String, expected: Int) throws {
        let table = FoldedWordTable(words.map { ($0, true) })
        let filter = FoldedHashFilter(words)
        let (document, tokens, folded) = try Self.folded(text)
        var found = 0
        document.text.withUTF8 { bytes in
            for k in tokens.indices where table.value(bytes, folded.utf8Range(k, tokens: tokens, utf8: bytes)) != nil {
                found += 1
                #expect(filter.mayContain(folded.hashes[k]), "token \(k) of \(text)")
            }
        }
        #expect(found == expected)
    }

    @Test("words outside the set are turned away")
    func filterRejectsOthers() throws {
        let filter = FoldedHashFilter(["démission", "rachat"])
        let (_, _, folded) = try Self.folded("bateau voile")
        #expect(!filter.mayContain(folded.hashes[0]) && !filter.mayContain(folded.hashes[1]))
    }

    @Test("a sentence with neither date nor trigger keeps the paragraph's date; a capitalised accented trigger opens a sentence")
    func skippedSentences() throws {
        let text = "Le 5 juin 2022, la pluie tombait. Les rues étaient vides. Microsoft a racheté Nuance."
        let events = try EventStageTests.events(text).1
        let last = try #require(events.last)
        #expect(last.lemma == "racheter" && last.date?.value == "2022-06-05" && last.date?.inheritance == .previous)
        let first = try #require(try EventStageTests.events("Démission de Sam Altman chez OpenAI.").1.first)
        #expect(first.lemma == "démission")
    }

    @Test("the date a later event inherits is the last one of a main clause among the date-only sentences before it")
    func pendingDates() throws {
        let text = "Le 4 mai 2020, la ville était calme. Les habitants, qui dormaient le 6 mai 2020, ne savaient rien. Microsoft a racheté Nuance."
        let last = try #require(try EventStageTests.events(text).1.last)
        #expect(last.lemma == "racheter" && last.date?.value == "2020-05-04" && last.date?.inheritance == .previous)
        let later = "Le 4 mai 2020, la ville était calme. Le 9 mai 2020, la pluie tombait. Microsoft a racheté Nuance."
        #expect(try EventStageTests.events(later).1.last?.date?.value == "2020-05-09")
        let paragraph = "Le 4 mai 2020, la ville était calme.\n\nMicrosoft a racheté Nuance."
        let undated = try #require(try EventStageTests.events(paragraph).1.last)
        #expect(undated.lemma == "racheter" && undated.date == nil)
    }
}
