import Testing
@testable import Gazette

@Suite("Event records")
struct EventStageTests {
    /// A pipeline with its own small gazetteer, so that the cases do not depend on the shipped lists.
    static func pipeline() throws -> Pipeline {
        let tsv = """
        sam-altman\tPER\tSam Altman\t
        mira-murati\tPER\tMira Murati\t
        ilya-sutskever\tPER\tIlya Sutskever\t
        openai\tORG\tOpenAI\t
        microsoft\tORG\tMicrosoft\t
        nuance\tORG\tNuance\t
        gpt-4\tPRODUCT\tGPT-4\t
        paris\tLOC\tParis\t

        """
        let source = GazetteerSource(name: "fixture.tsv", format: .tsv, bytes: Array(tsv.utf8))
        return try Pipeline(stages: [Segmenter(), EntityRecognizer.french(extra: [source], includeDefaults: false),
                                     TimexStage(), EventStage()])
    }

    static func events(_ text: String, reference: String? = "2023-11-21") throws -> (Document, [Event]) {
        var document = Document(id: "t", text: text)
        if let reference { document.referenceDate = ReferenceDate(value: reference, source: .option) }
        try pipeline().process(&document)
        return (document, document.events ?? [])
    }

    static func roles(_ e: Event) -> [String: String] {
        Dictionary(uniqueKeysWithValues: e.participants.map { ($0.name, $0.role) })
    }

    @Test("a passive with a par agent, dated by its own clause")
    func passive() throws {
        let (d, events) = try Self.events("Le 17 novembre, Sam Altman a été licencié par OpenAI.")
        #expect(events.count == 1)
        let e = try #require(events.first)
        #expect(e.type == "Personnel.EndPosition" && e.lemma == "licencier")
        #expect(d[e.trigger] == "licencié")
        #expect(e.date?.value == "2023-11-17" && e.date?.inheritance == .own)
        #expect(Self.roles(e) == ["Sam Altman": "patient", "OpenAI": "agent"])
    }

    @Test("an active verb: subject is the agent, object the patient")
    func active() throws {
        let (_, events) = try Self.events("OpenAI a nommé Mira Murati à la tête de l'entreprise.")
        let e = try #require(events.first)
        #expect(e.type == "Personnel.StartPosition")
        #expect(Self.roles(e) == ["OpenAI": "agent", "Mira Murati": "patient"])
        #expect(e.date == nil)
    }

    @Test("a dated heading dates the paragraphs under it; a later undated heading ends it")
    func heading() throws {
        let text = "Vendredi 17 novembre, heure locale\n\nOpenAI a annoncé le départ de Sam Altman.\n\nLa suite\n\nMicrosoft a annoncé un accord."
        let (_, events) = try Self.events(text)
        #expect(events.count == 2)
        #expect(events[0].date?.value.hasPrefix("2023-11-17") == true && events[0].date?.inheritance == .heading)
        #expect(events[1].date == nil)
    }

    @Test("the previous sentence of the paragraph dates the next; a participial clause keeps its date")
    func inheritance() throws {
        let (_, events) = try Self.events("Le 3 mars 2021, Microsoft a annoncé le rachat de Nuance. OpenAI a déclaré son soutien.")
        #expect(events.count == 2)
        #expect(events[1].date?.value == "2021-03-03" && events[1].date?.inheritance == .previous)
        let text = "Jeudi 16 novembre, heure locale\n\nSam Altman a reçu un message d'Ilya Sutskever demandant une réunion vendredi à midi."
        let (_, message) = try Self.events(text)
        let first = try #require(message.first)
        #expect(first.lemma == "message" && first.date?.value.hasPrefix("2023-11-16") == true)
        #expect(message.count == 2 && message[1].date?.value.hasPrefix("2023-11-17") == true)
    }

    @Test("the type follows the participants: a product launch or a statement")
    func fallbackType() throws {
        #expect(try Self.events("OpenAI a publié GPT-4.").1.first?.type == "Product.Launch")
        #expect(try Self.events("OpenAI a publié un communiqué.").1.first?.type == "Statement")
    }

    @Test("verbs built with être are not passives; places are locations")
    func intransitive() throws {
        let e = try #require(try Self.events("Sam Altman est arrivé à Paris.").1.first)
        #expect(Self.roles(e) == ["Sam Altman": "agent", "Paris": "place"])
        #expect(e.location?.name == "Paris")
    }

    @Test("an event whose sentence names no one takes the next sentence's people as context")
    func context() throws {
        let (_, events) = try Self.events("En octobre, les conflits se sont intensifiés. Sam Altman voulait écarter Ilya Sutskever.")
        let e = try #require(events.first)
        #expect(e.lemma == "conflit" && e.date?.value == "2023-10")
        #expect(Self.roles(e) == ["Sam Altman": "context", "Ilya Sutskever": "context"])
    }

    @Test("no trigger, no event; capitalised words inside names are not triggers")
    func negatives() throws {
        #expect(try Self.events("Le ciel est bleu sur Paris.").1.isEmpty)
        #expect(try Self.events("Il regarde la série Annonce Spéciale.").1.isEmpty)
    }

    @Test("every span's text is the text at its offsets")
    func spans() throws {
        let text = "Le 17 novembre, Sam Altman a été licencié par OpenAI ; Mira Murati a été nommée, déclenchant une crise."
        let (d, events) = try Self.events(text)
        #expect(events.count >= 2)
        let scalars = Array(text.unicodeScalars)
        for e in events {
            for span in [e.trigger, e.evidence] + e.participants.map(\.span) {
                #expect(String(d[span]) == Fixture.scalars(scalars, span.start, span.end))
            }
            #expect(e.evidence.contains(e.trigger))
            #expect(e.confidence > 0 && e.confidence <= 1)
        }
    }

    @Test("French inflection gives the forms of regular and spelling-change verbs", arguments: [
        ("licencier", ["licencié", "licenciés", "licenciait", "licencieront", "licencient"]),
        ("lancer", ["lançait", "lança", "lance", "lancé"]),
        ("amener", ["amène", "amènera", "amenait"]),
        ("changer", ["changeait", "changea", "changent"]),
        ("investir", ["investit", "investissent", "investi", "investissait"]),
    ])
    func inflection(_ lemma: String, _ expected: [String]) {
        let forms = Set(FrenchInflection.forms(of: .verb(lemma, "X")).map(\.form))
        for form in expected { #expect(forms.contains(form), "\(lemma): \(form)") }
        #expect(FrenchInflection.forms(of: .verb(lemma, "X")).first { $0.form == lemma + "" }?.isParticiple == false)
        #expect(FrenchInflection.plural("journal") == "journaux" && FrenchInflection.plural("procès") == "procès")
    }
}
