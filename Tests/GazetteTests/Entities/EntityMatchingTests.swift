import Testing
@testable import Gazette

@Suite struct EntityMatchingTests {
    @Test(arguments: [
        // token boundaries
        ("Le Pageé de Paris.", [String]()),
        ("La Page de garde.", ["Page=page-corp/exact"]),
        ("Il a testé GPT-45 puis GPT-4.", ["GPT-4=gpt-4/exact"]),
        ("OpenAIs et OpenAI.", ["OpenAI=openai/exact"]),
        // elision outside the span
        ("Les employés d'OpenAI et l’OpenAI de demain.", ["OpenAI=openai/exact", "OpenAI=openai/exact"]),
        ("qu'OpenAI", ["OpenAI=openai/exact"]),
        ("la Côte d'Ivoire", ["Côte d'Ivoire=cote-divoire/exact"]),
        ("la Cote d’Ivoire", ["Cote d’Ivoire=cote-divoire/folded"]),
        // folding
        ("aux Etats-Unis", ["Etats-Unis=etats-unis/folded"]),
        ("JEAN-LUC MELENCHON", ["JEAN-LUC MELENCHON=melenchon/folded"]),
        ("le Sacré-Coeur", ["Sacré-Coeur=coeur/folded"]),
        ("New\u{A0}York Times", ["New\u{A0}York Times=new-york-times/folded"]),
        // scalars above the folding table: ideographs, fullwidth letters, emoji
        ("据新华社报道，OpenAI 与 ＯｐｅｎＡＩ 👍🏽 OpenAI", ["OpenAI=openai/exact", "OpenAI=openai/exact"]),
        // longest-leftmost
        ("le New York Times de New York", ["New York Times=new-york-times/exact", "New York=new-york/exact"]),
        // case policy auto
        ("à Tours, trois tours", ["Tours=tours/exact"]),
        ("Orange vend des oranges, une orange", ["Orange=orange/exact"]),
        ("le RN, pas rn", ["RN=rn/exact"]),
        ("le Rassemblement National", ["Rassemblement National=rn/folded"]),
        ("le Nouveau Front Populaire", ["Nouveau Front Populaire=nfp/folded"]),
        ("le NOUVEAU FRONT POPULAIRE", ["NOUVEAU FRONT POPULAIRE=nfp/folded"]),
        ("le nouveau front populaire", [String]()),
        ("la suisse et les openai", [String]()),
        ("Le Monde écrit que le monde change. Le monde entier", ["Le Monde=le-journal/exact"]),
        // honorifics stay outside
        ("M. Jean-Luc Mélenchon", ["Jean-Luc Mélenchon=melenchon/exact"]),
    ])
    func matches(text: String, expected: [String]) throws {
        let mentions = try recognize(text, gazetteer: fixtureGazetteer)
        #expect(described(mentions, in: text) == expected)
    }

    @Test func caseSensitivePolicyAndForms() throws {
        let tsv = "a\tORG\tAlpha Beta\t\tcase=sensitive\nb\tORG\tgamma\t\tcase=insensitive\n"
        #expect(described(try recognize("alpha beta, Alpha Beta, GAMMA", gazetteer: tsv), in: "alpha beta, Alpha Beta, GAMMA")
                == ["Alpha Beta=a/exact", "GAMMA=b/folded"])
    }

    @Test func linksToEntry() throws {
        let m = try recognize("OpenAI", gazetteer: fixtureGazetteer)
        #expect(m == [EntityMention(span: Span(0, 6), type: .organization, id: "openai", name: "OpenAI", wikidata: "Q21708200", match: .exact)])
    }

    @Test func firstEntryWinsTies() throws {
        let tsv = "first\tLOC\tMercure\t\nsecond\tPER\tMercure\t\n"
        #expect(try recognize("Mercure", gazetteer: tsv).map(\.id) == ["first"])
    }

    @Test func mergesEntriesById() throws {
        let tsv = "x\tORG\tExample Corp\t\nx\tORG\tExco\t\twikidata=Q1\n"
        let m = try recognize("Exco", gazetteer: tsv)
        #expect(m.map(\.name) == ["Example Corp"] && m.map(\.wikidata) == ["Q1"])
    }

    @Test(arguments: [
        "Selon M. Jean-Luc Mélenchon, l’État‑Unis… d'OpenAI\u{202F}! E\u{301}tats-Unis, Ada Lovelace puis Lovelace 👍🏽 OpenAI.",
        "Cote d’Ivoire\n\nNew York\r\nTimes, 🇫🇷 Marie Curie : Curie, Marie",
    ])
    func spansCoverTheirText(text: String) throws {
        let t = DocumentText(text)
        let mentions = try recognize(text, gazetteer: fixtureGazetteer)
        #expect(!mentions.isEmpty)
        for m in mentions {
            #expect(t[m.span].unicodeScalars.count == m.span.length)
            #expect(!t[m.span].hasPrefix(" ") && !t[m.span].hasSuffix(" "))
        }
        for (a, b) in zip(mentions, mentions.dropFirst()) { #expect(a.span.end <= b.span.start) }
    }

    @Test func noMatchAcrossParagraphs() throws {
        #expect(try recognize("New\n\nYork Times", gazetteer: fixtureGazetteer).isEmpty)
    }
}

@Suite struct PartialNameTests {
    @Test(arguments: [
        ("Jean-Luc Mélenchon parle. Mélenchon ajoute, Jean-Luc aussi.",
         ["Jean-Luc Mélenchon=melenchon/exact", "Mélenchon=melenchon/partial-name", "Jean-Luc=melenchon/partial-name"]),
        // a partial name before the full name is not linked
        ("Curie puis Marie Curie.", ["Marie Curie=marie-curie/exact"]),
        // lowercase is not a name
        ("Marie Curie. La curie romaine.", ["Marie Curie=marie-curie/exact"]),
        // ambiguous: Ada fits two people of the document
        ("Ada Lovelace et Ada Yonath. Ada sourit ; Lovelace et Yonath aussi.",
         ["Ada Lovelace=ada-lovelace/exact", "Ada Yonath=ada-yonath/exact", "Lovelace=ada-lovelace/partial-name", "Yonath=ada-yonath/partial-name"]),
        // tails of longer names
        ("Alan Mathison Turing, dit Turing ou Mathison Turing.",
         ["Alan Mathison Turing=alan-turing/exact", "Turing=alan-turing/partial-name", "Mathison Turing=alan-turing/partial-name"]),
        // folded partial: accents
        ("Jean-Luc Mélenchon puis Melenchon.", ["Jean-Luc Mélenchon=melenchon/exact", "Melenchon=melenchon/partial-name"]),
        // elision and honorific stay outside
        ("Marie Curie. Le labo de M. Curie, l'équipe d'Curie.",
         ["Marie Curie=marie-curie/exact", "Curie=marie-curie/partial-name", "Curie=marie-curie/partial-name"]),
    ])
    func resolves(text: String, expected: [String]) throws {
        let mentions = try recognize(text, gazetteer: fixtureGazetteer)
        #expect(described(mentions, in: text) == expected)
        for m in mentions where m.match == .partialName { #expect(m.type == .person) }
    }

    @Test func partialCarriesCanonicalName() throws {
        let m = try recognize("Marie Curie. Curie.", gazetteer: fixtureGazetteer)
        #expect(m.last == EntityMention(span: Span(13, 18), type: .person, id: "marie-curie", name: "Marie Curie", wikidata: nil, match: .partialName))
    }
}
