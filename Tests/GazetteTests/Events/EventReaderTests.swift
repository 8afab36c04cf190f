import Testing
@testable import Gazette

@Suite("Event reader internals")
struct EventReaderTests {
    /// A reader over `text` (tokens and sentences only) and its document.
    static func withReader<R>(_ text: String, _ body: (EventReader, Document) throws -> R) throws -> R {
        var document = Document(id: "t", text: text)
        try Segmenter().process(&document)
        let view = document.foldTokens()
        let folded = try #require(view)
        let tokens = try #require(document.tokens), sentences = try #require(document.sentences)
        let context = EventContext(document: document, tokens: tokens, sentences: sentences)
        let stage = EventStage()
        return try document.text.withUTF8 { bytes in
            try body(EventReader(stage: stage, context: context, bytes: bytes, folded: folded), document)
        }
    }

    @Test("a token's UTF-8 range, found back from the next token, is the one read forward", arguments: [
        "Élise a créé l’entreprise à Besançon.",
        "Le prix\u{00A0}: 10\u{202F}000 €, réglé   en  août ; déjà   payé\n\nÇa suffit.",
        "Café 😀 naïveté œuvre — «\u{00A0}élu\u{00A0}» , fin",
        "àé\tçù\r\nÉÈ",
    ])
    func byteRanges(text: String) throws {
        try Self.withReader(text) { reader, document in
            let tokens = reader.tokens
            for i in tokens.indices {
                let forward = reader.folded.utf8Range(i, tokens: tokens, utf8: reader.bytes)
                #expect(reader.byteRange(i) == forward, "token \(i) of \(text)")
                let r = reader.byteRange(i)
                let bytes = Array(reader.bytes[r])
                #expect(String(decoding: bytes, as: UTF8.self) == String(document.text[tokens[i].span]))
            }
        }
    }

    @Test("participle forms: lower-case words of five scalars or more with the ending, ASCII or not", arguments: [
        ("demandant", true), ("créant", true), ("déclenchant", true), ("géant", true),
        ("DEMANDANT", false), ("Créant", false), ("chant", true), ("géants", false), ("amant", true), ("ant", false),
    ])
    func participleForms(word: String, expected: Bool) throws {
        // The word second, after a lower-case word, so that only its own case matters.
        try Self.withReader("et \(word) puis") { reader, _ in
            var words = SentenceWords()
            reader.readWords(0..<reader.tokens.count, into: &words)
            let roles = words.info(1).roles
            let isException = roles.contains(.notParticiple)
            #expect(roles.contains(.participleForm) == (expected && !isException), "\(word)")
        }
    }

    @Test("a date-only sentence read up to its last date leaves the date the whole sentence leaves", arguments: [
        // A clause opens after the date: the date stays in the main clause.
        ("Le 3 mars 2019, la mairie était fermée, et les rues restaient vides. Microsoft a racheté Nuance.", "2019-03-03"),
        // The date in a relative clause that runs to the end: no main-clause date.
        ("La mairie, qui fermait le 3 mars 2019, restait calme. Microsoft a racheté Nuance.", nil),
        // A gerund right after the date (the token after the last date's is read, not the one after it).
        ("Les habitants dormaient le 6 mai 2020 en attendant la pluie. Microsoft a racheté Nuance.", "2020-05-06"),
    ] as [(String, String?)])
    func pendingSentencePrefix(text: String, expected: String?) throws {
        let event = try #require(try EventStageTests.events(text).1.last)
        #expect(event.lemma == "racheter" && event.date?.value == expected, "\(text)")
    }

    @Test("the stage's byte order of words is String order (so tables are built as with String keys)",
          arguments: [TriggerLexicon.french, TriggerLexicon.english])
    func byteOrder(lexicon: TriggerLexicon) {
        var words = Set(lexicon.allForms.map(\.form))
        for rules in [ClauseRules.french, ClauseRules.english] {
            words.formUnion(rules.clauseOpeners)
            words.formUnion(rules.clauseOpenersAfterComma)
            words.formUnion(rules.determiners)
            words.formUnion(rules.passiveAuxiliaries)
            words.formUnion(rules.participleExceptions)
            words.formUnion(rules.clauseMarks)
            words.formUnion(rules.subordinators)
        }
        let byString = words.sorted()
        let byBytes = words.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(byString == byBytes)
    }

    @Test("words of lower-case ASCII letters are their own full folding (the stage hashes them as they are)",
          arguments: [TriggerLexicon.french, TriggerLexicon.english])
    func asciiFolding(lexicon: TriggerLexicon) {
        let words = lexicon.allForms.map(\.form).filter { $0.utf8.allSatisfy { $0 &- 0x61 < 26 } }
        #expect(!words.isEmpty)
        for word in words { #expect(TextFolder.shared.fold(word) == Array(word.utf8), "\(word)") }
    }
}
