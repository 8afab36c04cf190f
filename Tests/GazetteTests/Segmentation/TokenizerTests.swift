import Testing
@testable import Gazette

@Suite("French tokenizer")
struct TokenizerTests {
    /// Input and its tokens joined by " | ".
    static let cases: [(String, String)] = [
        // Elisions, both apostrophes, any case; lexicalised words stay whole.
        ("l'équipe d’OpenAI", "l' | équipe | d’ | OpenAI"),
        ("L'État QU'IL jusqu'à lorsqu'on puisqu'elle quoiqu'il presqu'entier", "L' | État | QU' | IL | jusqu' | à | lorsqu' | on | puisqu' | elle | quoiqu' | il | presqu' | entier"),
        ("j'ai m'a n'est s'y t'en c'était", "j' | ai | m' | a | n' | est | s' | y | t' | en | c' | était"),
        ("aujourd'hui Aujourd’hui quelqu'un prud'homme presqu'île l'on", "aujourd'hui | Aujourd’hui | quelqu'un | prud'homme | presqu'île | l'on"),
        ("d'aujourd'hui", "d' | aujourd'hui"),
        ("O'Hara Moody's", "O'Hara | Moody's"),
        // Inverted clitics split as UD French does; compounds whole.
        ("Que fait-il ? A-t-elle dit ? Est-ce vrai ?", "Que | fait | -il | ? | A | -t-elle | dit | ? | Est | -ce | vrai | ?"),
        ("y a-t-il qu'est-ce donne-le-moi", "y | a | -t-il | qu' | est | -ce | donne | -le | -moi"),
        ("États-Unis c'est-à-dire ceux-ci peut-être rendez-vous Saint-Nicolas-d'Acy", "États-Unis | c'est-à-dire | ceux-ci | peut-être | rendez-vous | Saint-Nicolas-d'Acy"),
        ("l'Île-de-France Aix-les-Bains", "l' | Île-de-France | Aix-les-Bains"),
        ("GPT-4 2007-2008 1-0", "GPT-4 | 2007-2008 | 1-0"),
        // Numbers: thousands with space, no-break and narrow no-break spaces; decimals; signs.
        ("10 000 salariés, 10\u{A0}000, 1\u{202F}250\u{202F}000,50 € et 3,5 %", "10 000 | salariés | , | 10\u{A0}000 | , | 1\u{202F}250\u{202F}000,50 | € | et | 3,5 | %"),
        ("en 2019 200 vols", "en | 2019 | 200 | vols"),
        ("de -1 à +14 et −0,8", "de | -1 | à | +14 | et | −0,8"),
        // Clock times are split as UD does; ordinals stay whole.
        ("à 20h45 puis 9h", "à | 20 | h | 45 | puis | 9 | h"),
        ("le 1er mai, le XIXe siècle, la 2e place", "le | 1er | mai | , | le | XIXe | siècle | , | la | 2e | place"),
        // Abbreviations keep their period; initials too; ... is one token.
        ("M. Altman, Mme Murati, Dr. House, etc. J.-C. R.E.M. J. K. Rowling", "M. | Altman | , | Mme | Murati | , | Dr. | House | , | etc. | J.-C. | R.E.M. | J. | K. | Rowling"),
        ("Attendez... Quoi ?! …", "Attendez | ... | Quoi | ? | ! | …"),
        ("mais -- disait-il -- non", "mais | -- | disait | -il | -- | non"),
        // URLs, e-mail, handles, hashtags.
        ("Voir https://example.org/a?b=c&d=1. Ou www.exemple.fr, écrire à prenom.nom@exemple.fr !", "Voir | https://example.org/a?b=c&d=1 | . | Ou | www.exemple.fr | , | écrire | à | prenom.nom@exemple.fr | !"),
        ("(https://fr.wikipedia.org/wiki/Paris_(France)) suivi par @sama et #IA2023, #1", "( | https://fr.wikipedia.org/wiki/Paris_(France) | ) | suivi | par | @sama | et | #IA2023 | , | # | 1"),
        // Emoticons standing alone; a colon and a parenthesis elsewhere stay apart.
        ("pas cher ;) Un endroit :-D (voir :)", "pas | cher | ;) | Un | endroit | :-D | ( | voir | :)"),
        ("Note : (a)", "Note | : | ( | a | )"),
        // Runs of words and marks, with elisions and a final period (the tokenizer's fast paths).
        ("(l'arbre), d'abord. l’été.", "( | l' | arbre | ) | , | d' | abord | . | l’ | été | ."),
        ("Il fut hier. Fait, hors-d'œuvre (hiver). www. http. wifi.", "Il | fut | hier | . | Fait | , | hors-d'œuvre | ( | hiver | ) | . | www | . | http | . | wifi | ."),
        ("vers sept. 2015, cf. Mme. (voir p.) Louis XIVe. Henri IV.", "vers | sept. | 2015 | , | cf. | Mme. | ( | voir | p. | ) | Louis | XIVe | . | Henri | IV | ."),
        // Quotes, symbols, emoji.
        ("« Oui », dit-il. 40°C 👍🏽", "« | Oui | » | , | dit | -il | . | 40 | ° | C | 👍🏽"),
    ]

    @Test("tokens follow UD French", arguments: cases)
    func tokens(_ input: String, _ expected: String) throws {
        #expect(try Fixture.tokens(input).joined(separator: " | ") == expected)
    }

    @Test("each token carries its kind")
    func kinds() throws {
        let document = try Fixture.segmented("L'OpenAI a-t-il 10 000 1er M. , « » % https://a.fr @x #y a@b.fr")
        let kinds = document.tokens!.map(\.kind)
        #expect(kinds == [.elision, .word, .word, .clitic, .number, .ordinal, .abbreviation, .punctuation,
                          .quote, .quote, .symbol, .url, .mention, .hashtag, .email])
    }

    @Test("words before a period, Roman numerals and elided words in runs keep their kinds")
    func kindsInRuns() throws {
        let document = try Fixture.segmented("Louis XIVe. Les Mais (T.) l'été. fut.")
        let kinds = document.tokens!.map(\.kind)
        #expect(kinds == [.word, .ordinal, .punctuation, .word, .word, .punctuation, .abbreviation, .punctuation,
                          .elision, .word, .punctuation, .word, .punctuation])
    }

    @Test("flags tell case, space and line starts")
    func flags() throws {
        let document = try Fixture.segmented("Titre\n\nLe chat,\nil dort")
        let flags = document.tokens!.map(\.flags)
        #expect(flags[0].contains(.paragraphStart) && flags[0].contains(.capitalized))
        #expect(flags[1].contains(.paragraphStart) && flags[1].contains(.lineStart))
        #expect(flags[2].contains(.lowercase) && flags[2].contains(.spaceBefore) && !flags[2].contains(.lineStart))
        #expect(!flags[3].contains(.spaceBefore))
        #expect(flags[4].contains(.lineStart) && !flags[4].contains(.paragraphStart))
    }

    @Test("every non-space scalar is in exactly one token, in order")
    func coverage() throws {
        let text = "Le 17 novembre, l’équipe d'OpenAI a-t-elle dit « non » ? Voir https://x.fr.\r\n\r\n1. À 20h45… 👍🏽 e\u{301} \u{301}"
        let document = try Fixture.segmented(text)
        let scalars = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: scalars.count)
        var previousEnd = 0
        for token in document.tokens! {
            #expect(token.start >= previousEnd && token.end > token.start)
            previousEnd = token.end
            for i in token.start..<token.end { covered[i] = true }
            #expect(String(document[token.span]) == Fixture.scalars(scalars, token.start, token.end))
        }
        for (i, scalar) in scalars.enumerated() where !covered[i] {
            #expect(scalar.properties.isWhitespace, "scalar \(i) \(scalar) is in no token")
        }
    }

    @Test("tokens have the same offsets whatever the chunking of a long text")
    func longLines() throws {
        // One line longer than the chunk limit: cut after a space, tokens unchanged.
        let word = "mot "
        let text = String(repeating: word, count: UTF16Chunk.hardLimit / 4 + 1000)
        let document = try Fixture.segmented(text)
        #expect(document.tokens!.count == UTF16Chunk.hardLimit / 4 + 1000)
        #expect(document.tokens!.allSatisfy { $0.span.length == 3 })
    }
}
