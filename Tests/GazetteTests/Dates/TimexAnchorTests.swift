import Gazette
import Testing

/// Anchoring on the discourse, on dated headings and on tense; year inference without a
/// reference date.
@Suite struct TimexAnchorTests {
    struct Case: Sendable, CustomStringConvertible {
        let text: String
        let expression: String
        let value: String
        let anchor: Timex.Anchor
        var reference: String? = "2023-11-21"
        var description: String { "\(expression) in \(text.prefix(30))" }
    }

    static let cases: [Case] = [
        Case(text: "Le 17 novembre 2023, le conseil s'est réuni. La veille, rien n'était décidé.",
             expression: "La veille", value: "2023-11-16", anchor: .previous),
        Case(text: "Le 17 novembre 2023, le conseil s'est réuni. Le lendemain, il a voté.",
             expression: "Le lendemain", value: "2023-11-18", anchor: .previous),
        Case(text: "Le 3 mars 2020, l'usine a fermé. Seize jours plus tard, elle a rouvert.",
             expression: "Seize jours plus tard", value: "2020-03-19", anchor: .previous),
        Case(text: "À l'automne 2022, le projet a démarré ; en novembre, il a été présenté.",
             expression: "en novembre", value: "2022-11", anchor: .previous),
        Case(text: "Vendredi 17 novembre, heure locale\nLe conseil se réunit le soir.",
             expression: "le soir", value: "2023-11-17TEV", anchor: .heading),
        Case(text: "Vendredi 17 novembre, heure locale\nLa décision tombe à midi.",
             expression: "midi", value: "2023-11-17T12:00", anchor: .heading),
        Case(text: "En 2019, la firme a grandi. L'année précédente, elle avait perdu de l'argent.",
             expression: "L'année précédente", value: "2018", anchor: .previous),
        Case(text: "Le 17 novembre 2023, la réunion a commencé. Elle a fini à 15h10.",
             expression: "15h10", value: "2023-11-17T15:10", anchor: .previous),
        Case(text: "Le magasin sera inauguré mercredi.", expression: "mercredi", value: "2023-11-22", anchor: .reference),
        Case(text: "Le magasin, inauguré mercredi, est plein.", expression: "mercredi", value: "2023-11-15", anchor: .reference),
        Case(text: "Le Sénat examine mardi le texte.", expression: "mardi", value: "2023-11-21", anchor: .reference),
        Case(text: "Le Sénat examine jeudi le texte.", expression: "jeudi", value: "2023-11-23", anchor: .reference),
        Case(text: "Vendredi 17 novembre, heure locale\nLe lendemain matin, rien. Samedi soir, le conseil a publié un texte.",
             expression: "Samedi soir", value: "2023-11-18TEV", anchor: .heading),
        Case(text: "Depuis le 12 décembre, la région est en guerre.", expression: "12 décembre", value: "2022-12-12", anchor: .reference),
        Case(text: "Il est malade depuis lundi.", expression: "lundi", value: "2023-11-20", anchor: .reference),
        Case(text: "Mardi 21 novembre 2023\n\nLe ministre viendra samedi.", expression: "samedi", value: "2023-11-25", anchor: .heading),
        Case(text: "Mardi 21 novembre 2023\n\nLe conseil a voté jeudi.", expression: "jeudi", value: "2023-11-16", anchor: .heading),
        Case(text: "Lundi 20 novembre, il a signé. Le mois de mai sera chaud.", expression: "Le mois de mai", value: "2024-05", anchor: .previous),
        Case(text: "Il est parti samedi.", expression: "samedi", value: "2023-11-18", anchor: .reference),
        Case(text: "Il viendra samedi.", expression: "samedi", value: "2023-11-25", anchor: .reference),
        Case(text: "Elle partait mercredi pour Rome.", expression: "mercredi", value: "2023-11-15", anchor: .reference),
        Case(text: "Le 6 novembre, le patron a annoncé la nouvelle.", expression: "6 novembre", value: "2023-11-06", anchor: .reference),
        Case(text: "Le 6 décembre, le patron annoncera la nouvelle.", expression: "6 décembre", value: "2023-12-06", anchor: .reference),
        // Tense in the clause, a participle right before, quotations.
        Case(text: "Le mouvement, lancé lundi soir, devrait durer.", expression: "lundi soir", value: "2023-11-20TEV", anchor: .reference),
        Case(text: "La grève devrait durer jusqu'à dimanche, a indiqué la direction.", expression: "jusqu'à dimanche", value: "2023-11-26", anchor: .reference),
        Case(text: "« Nous espérons un accord lundi », a déclaré le ministre.", expression: "lundi", value: "2023-11-27", anchor: .reference),
        Case(text: "Deux mois plus tôt, le 3 mars 2023, un accord avait été signé. Les syndicats reprendront les négociations le 2 avril.",
             expression: "2 avril", value: "2024-04-02", anchor: .reference),
        Case(text: "Le record datait de 2018, avec trois mois de grève entre avril et juin.",
             expression: "entre avril et juin", value: "2018-04/2018-06", anchor: .previous),
        // No reference date: the year comes from a weekday + day + month near the stated years.
        Case(text: "La société est née en 2022.\nJeudi 16 novembre, le conseil s'est réuni. Le 20 novembre, il a cédé.",
             expression: "Jeudi 16 novembre", value: "2023-11-16", anchor: .reference, reference: nil),
        Case(text: "La société est née en 2022.\nJeudi 16 novembre, le conseil s'est réuni. Le 20 novembre, il a cédé.",
             expression: "20 novembre", value: "2023-11-20", anchor: .previous, reference: nil),
        // Nothing to fix the year: underspecified, not guessed.
        Case(text: "Le 17 novembre, il est parti.", expression: "17 novembre", value: "XXXX-11-17", anchor: .none, reference: nil),
    ]

    @Test(arguments: cases)
    func anchored(_ c: Case) throws {
        let found = try TimexHarness.timexes(c.text, reference: c.reference)
        let hit = found.first { $0.text == c.expression }
        #expect(hit != nil, "\(c.expression) not found in \(found.map(\.text))")
        #expect(hit?.value == c.value)
        #expect(hit?.anchor == c.anchor)
    }

    @Test func inferredReferenceIsRecorded() throws {
        let d = try TimexHarness.run("La société est née en 2022.\nJeudi 16 novembre, le conseil s'est réuni.", reference: nil)
        #expect(d.referenceDate.source == .inferred)
        #expect(d.referenceDate.value == "2023-11-16")
    }

    @Test func datelineIsTheInferredReference() throws {
        let d = try TimexHarness.run("Mardi 21 novembre 2023\n\nLe conseil se réunira demain à 9 heures.", reference: nil)
        #expect(d.referenceDate.source == .inferred)
        #expect(d.referenceDate.value == "2023-11-21")
        let demain = (d.timexes ?? []).first { d[$0.span] == "demain à 9 heures" }
        #expect(demain?.value == "2023-11-22T09:00")
    }

    @Test func noReferenceWithoutEvidence() throws {
        let d = try TimexHarness.run("Le 17 novembre, il est parti.", reference: nil)
        #expect(d.referenceDate.source == ReferenceDate.Source.none)
        #expect(d.referenceDate.value == nil)
    }

    @Test func givenReferenceIsKept() throws {
        let d = try TimexHarness.run("Il est parti hier.", reference: "2023-11-21")
        #expect(d.referenceDate.source == .option)
        #expect(d.referenceDate.value == "2023-11-21")
    }
}
