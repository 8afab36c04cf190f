import Testing
@testable import Gazette

@Suite("French sentences")
struct SentenceSplitterTests {
    /// Input and its sentences joined by " || ".
    static let cases: [(String, String)] = [
        ("Il pleut. Il vente.", "Il pleut. || Il vente."),
        // Abbreviations and initials do not end sentences.
        ("M. Altman est parti. Le Dr. House arrive. J. K. Rowling écrit.", "M. Altman est parti. || Le Dr. House arrive. || J. K. Rowling écrit."),
        ("Voir l'art. 12 et la p. 5. Fin.", "Voir l'art. 12 et la p. 5. || Fin."),
        ("par M. Blanc. Retrouvez la suite.", "par M. Blanc. || Retrouvez la suite."),
        // Closing quotes stay with the sentence they close.
        ("« Viens ! » Puis il partit.", "« Viens ! » || Puis il partit."),
        ("« Viens ! », dit-il. Il partit.", "« Viens ! », dit-il. || Il partit."),
        ("Il a dit \"non.\" Elle a ri.", "Il a dit \"non.\" || Elle a ri."),
        // Headings, blank lines and numbered list items.
        ("Le chaos d’OpenAI\n\n1. À l'origine, rien. Puis tout.\n2. Personne ne savait.", "Le chaos d’OpenAI || 1. À l'origine, rien. || Puis tout. || 2. Personne ne savait."),
        ("Vendredi 17 novembre, heure locale\nAltman a été licencié.", "Vendredi 17 novembre, heure locale || Altman a été licencié."),
        ("a) premier point ;\nb) second point.", "a) premier point ; || b) second point."),
        // A line wrapped inside running text is not a boundary.
        ("Le conseil a\ndécidé hier.", "Le conseil a\ndécidé hier."),
        // Boundaries ICU does not see.
        ("Le vol est annulé. 200 passagers attendent.", "Le vol est annulé. || 200 passagers attendent."),
        ("Depuis sept. 2014 il travaille. Ils étaient sept. Puis huit.", "Depuis sept. 2014 il travaille. || Ils étaient sept. || Puis huit."),
        ("Du 14 au 20 sept. 2014.", "Du 14 au 20 sept. 2014."),
        ("Le service est parfait Il faut y aller", "Le service est parfait || Il faut y aller"),
        ("selon Le Monde il pleut", "selon Le Monde il pleut"),
        ("on n'en revenait pas ; Selon ce discours, rien.", "on n'en revenait pas ; || Selon ce discours, rien."),
        ("il a vu Paris ; Lyon ensuite", "il a vu Paris ; Lyon ensuite"),
        ("moins cher ;) Un endroit simple", "moins cher ;) || Un endroit simple"),
        // Ellipsis followed by lower case continues.
        ("Il hésita... puis partit.", "Il hésita... puis partit."),
        ("", ""),
    ]

    @Test("sentence boundaries", arguments: cases)
    func sentences(_ input: String, _ expected: String) throws {
        #expect(try Fixture.sentences(input).joined(separator: " || ") == expected)
    }

    @Test("sentences never start or end with white space and cover every token")
    func spans() throws {
        let text = "  Titre \r\n\r\n  Une phrase.  Une autre !  \n"
        let document = try Fixture.segmented(text)
        let sentences = document.sentences!
        #expect(sentences.count == 3)
        for s in sentences {
            let t = String(document[s])
            #expect(t.first.map { !$0.isWhitespace } ?? false)
            #expect(t.last.map { !$0.isWhitespace } ?? false)
        }
        for token in document.tokens! {
            #expect(sentences.filter { $0.contains(token.span) }.count == 1)
        }
    }
}
