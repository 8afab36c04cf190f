import Gazette
import Testing

/// Words that look like dates but are not: each must yield no timex over the trap.
@Suite struct TimexTrapTests {
    struct Trap: Sendable, CustomStringConvertible {
        let text: String
        /// The part that must not be (inside) a timex.
        let trap: String
        var description: String { trap }
    }

    static let traps: [Trap] = [
        Trap(text: "Sam Altman a rejoint la société.", trap: "Sam"),
        Trap(text: "Plus je vois des vidéos de ce jeu, plus je veux y jouer.", trap: "ce jeu"),
        Trap(text: "Les hommes de la 21e ont refusé de monter au front.", trap: "la 21e"),
        Trap(text: "La version 1.2.3 corrige le défaut.", trap: "1.2.3"),
        Trap(text: "Le projet a été abandonné par la direction.", trap: "été"),
        Trap(text: "Elle est arrivée premier de sa promotion.", trap: "premier"),
        Trap(text: "Le premier ministre a parlé.", trap: "premier"),
        Trap(text: "Une sonde vers Mars doit partir bientôt.", trap: "Mars"),
        Trap(text: "Avril Lavigne chante à Lyon.", trap: "Avril"),
        Trap(text: "Le gouvernement a utilisé le 49.3 pour la réforme.", trap: "49.3"),
        Trap(text: "Le modèle GPT-4 surpasse son prédécesseur.", trap: "GPT-4"),
        Trap(text: "Les ventes ont baissé de 12 % sur un an.", trap: "12 %"),
        Trap(text: "Au total, 710 employés ont signé la lettre.", trap: "710 employés"),
        Trap(text: "Il y avait environ 1500 personnes.", trap: "1500"),
        Trap(text: "L'incendie a fait un bilan de 1500 victimes.", trap: "1500"),
        Trap(text: "Points clés :\n12. La direction a changé.", trap: "12."),
        Trap(text: "La réunion du 30 février n'a jamais eu lieu.", trap: "30 février"),
        Trap(text: "Il a obtenu deux trois points de plus.", trap: "deux trois"),
        Trap(text: "Ce chiffre atteint 74 cette fois.", trap: "74"),
        Trap(text: "Selon Midi Libre, la pluie arrive.", trap: "Midi"),
        Trap(text: "Le Salon de Mai expose des peintres.", trap: "Mai"),
        Trap(text: "La Pologne a gagné sur le score de 4 à 3.", trap: "de 4 à 3"),
        Trap(text: "Les effets touchent (1/10) des patients.", trap: "1/10"),
        Trap(text: "Une taxe de 3 à 5 % a été votée.", trap: "de 3 à 5"),
        Trap(text: "Une quinzaine de policiers étaient présents.", trap: "quinzaine"),
        Trap(text: "Il a abdiqué une seconde fois.", trap: "seconde"),
        Trap(text: "La cathédrale de l'Assomption a rouvert.", trap: "Assomption"),
        Trap(text: "Il a couru les 24 Heures du Mans.", trap: "24 Heures"),
        Trap(text: "La guerre de Trente Ans a ravagé l'Europe.", trap: "Trente Ans"),
    ]

    @Test(arguments: traps)
    func notADate(_ t: Trap) throws {
        let document = try TimexHarness.run(t.text)
        let text = Array(t.text.unicodeScalars), trap = Array(t.trap.unicodeScalars)
        let trapStart = (0...(text.count - trap.count)).first { Array(text[$0..<$0 + trap.count]) == trap }!
        let trapSpan = Span(trapStart, trapStart + trap.count)
        let hits = (document.timexes ?? []).filter { $0.span.overlaps(trapSpan) }
        #expect(hits.isEmpty, "\(t.trap): \(hits.map { "\(document[$0.span]) \($0.value)" })")
    }
}
