import Gazette
import Testing

/// Expressions and their TIMEX3 values against Tuesday 21 November 2023.
@Suite struct TimexValueTests {
    struct Case: Sendable, CustomStringConvertible {
        let sentence: String
        let expression: String
        let value: String
        var mod: String? = nil
        var description: String { expression }
    }

    static let cases: [Case] = [
        // Absolute dates.
        Case(sentence: "La réunion du conseil a eu lieu le 17 novembre 2023 à Paris.", expression: "17 novembre 2023", value: "2023-11-17"),
        Case(sentence: "Le formulaire daté du 17/11/2023 est valide.", expression: "17/11/2023", value: "2023-11-17"),
        Case(sentence: "Le contrat signé le 03.07.2022 a expiré.", expression: "03.07.2022", value: "2022-07-03"),
        Case(sentence: "Elle est née le 1er mai 1990 à Lille.", expression: "1er mai 1990", value: "1990-05-01"),
        Case(sentence: "Les chiffres de novembre 2023 sont parus.", expression: "novembre 2023", value: "2023-11"),
        Case(sentence: "Elle a quitté la ville en 2019.", expression: "en 2019", value: "2019"),
        Case(sentence: "Jeudi 16 novembre, la direction a tranché.", expression: "Jeudi 16 novembre", value: "2023-11-16"),
        // Relative dates.
        Case(sentence: "Le ministre a démissionné hier.", expression: "hier", value: "2023-11-20"),
        Case(sentence: "Le marché ouvre aujourd'hui.", expression: "aujourd'hui", value: "2023-11-21"),
        Case(sentence: "Le vote aura lieu demain.", expression: "demain", value: "2023-11-22"),
        Case(sentence: "Le colis est parti avant-hier.", expression: "avant-hier", value: "2023-11-19"),
        Case(sentence: "Le verdict tombera après-demain.", expression: "après-demain", value: "2023-11-23"),
        Case(sentence: "Il a parlé lundi dernier devant la presse.", expression: "lundi dernier", value: "2023-11-20"),
        Case(sentence: "Elle reviendra mardi prochain.", expression: "mardi prochain", value: "2023-11-28"),
        Case(sentence: "La grève a commencé la semaine dernière.", expression: "la semaine dernière", value: "2023-W46"),
        Case(sentence: "Les prix augmenteront le mois prochain.", expression: "le mois prochain", value: "2023-12"),
        Case(sentence: "Les ventes ont chuté l'an dernier.", expression: "l'an dernier", value: "2022"),
        Case(sentence: "Le budget de cette année est serré.", expression: "cette année", value: "2023"),
        Case(sentence: "L'accord a été signé il y a trois jours.", expression: "il y a trois jours", value: "2023-11-18"),
        Case(sentence: "Le rapport sortira dans deux semaines.", expression: "dans deux semaines", value: "2023-12-05"),
        Case(sentence: "Le festival se tiendra ce week-end.", expression: "ce week-end", value: "2023-W47-WE"),
        // Parts of day and clock times.
        Case(sentence: "Le président parlera ce soir.", expression: "ce soir", value: "2023-11-21TEV"),
        Case(sentence: "Les portes ouvrent à midi.", expression: "midi", value: "2023-11-21T12:00"),
        Case(sentence: "Le couvre-feu commence à minuit.", expression: "minuit", value: "2023-11-22T00:00"),
        Case(sentence: "Le train part à 14h30 précises.", expression: "14h30", value: "2023-11-21T14:30"),
        Case(sentence: "Le match commence à 18 h 45.", expression: "18 h 45", value: "2023-11-21T18:45"),
        Case(sentence: "Le réveil sonne à 8 heures du matin.", expression: "8 heures du matin", value: "2023-11-21T08:00"),
        Case(sentence: "Il arrivera vers 17 heures.", expression: "vers 17 heures", value: "2023-11-21T17:00", mod: "APPROX"),
        Case(sentence: "Les fossés existaient encore vers 1865.", expression: "vers 1865", value: "1865", mod: "APPROX"),
        Case(sentence: "C'est autour de 1950 que la société est née.", expression: "autour de 1950", value: "1950", mod: "APPROX"),
        Case(sentence: "Il a perdu aux européennes de 2014 puis aux régionales.", expression: "2014", value: "2014"),
        // Seasons, holidays, quarters, decades, centuries.
        Case(sentence: "Les travaux ont débuté à l'automne 2022.", expression: "l'automne 2022", value: "2022-FA"),
        Case(sentence: "La fête de Noël 2022 fut joyeuse.", expression: "Noël 2022", value: "2022-12-25"),
        Case(sentence: "La famille se retrouvera à Noël.", expression: "Noël", value: "2023-12-25"),
        Case(sentence: "Le musée rouvrira à Pâques 2024.", expression: "Pâques 2024", value: "2024-03-31"),
        Case(sentence: "Ils se sont réunis à la Toussaint.", expression: "la Toussaint", value: "2023-11-01"),
        Case(sentence: "Le défilé a eu lieu le 14 juillet.", expression: "14 juillet", value: "2023-07-14"),
        Case(sentence: "Le bénéfice du premier trimestre 2023 a doublé.", expression: "premier trimestre 2023", value: "2023-Q1"),
        Case(sentence: "Ce style date des années 1990.", expression: "des années 1990", value: "199"),
        Case(sentence: "Les années 2000 furent calmes.", expression: "Les années 2000", value: "200"),
        Case(sentence: "Ce mardi, le Sénat examine le texte.", expression: "Ce mardi", value: "2023-11-21"),
        Case(sentence: "Le procès s'ouvrira le 5 octobre prochain.", expression: "5 octobre prochain", value: "2024-10-05"),
        Case(sentence: "Ils sont rentrés tard ce soir-là.", expression: "ce soir-là", value: "2023-11-21TEV"),
        Case(sentence: "La permanence ouvre de 11h30 à 1h30.", expression: "de 11h30 à 1h30", value: "2023-11-21T11:30/2023-11-21T13:30"),
        Case(sentence: "Le pont fut construit au XIXe siècle.", expression: "XIXe siècle", value: "18"),
        Case(sentence: "Le défi de cette décennie est climatique.", expression: "cette décennie", value: "202"),
        Case(sentence: "Dans la nuit de samedi à dimanche, un incendie a ravagé l'entrepôt.", expression: "Dans la nuit de samedi à dimanche", value: "2023-11-18TNI"),
        Case(sentence: "La neutralité carbone est visée d'ici 2050.", expression: "d'ici 2050", value: "2050", mod: "ON_OR_BEFORE"),
        Case(sentence: "À la fin des années 1990, le marché s'est effondré.", expression: "la fin des années 1990", value: "199", mod: "END"),
        Case(sentence: "Les attaques du 7-Octobre ont marqué la région.", expression: "7-Octobre", value: "2023-10-07"),
        Case(sentence: "La croissance reprendra mi-2024.", expression: "mi-2024", value: "2024", mod: "MID"),
        Case(sentence: "La saison 2023-2024 commence.", expression: "2023-2024", value: "2023/2024"),
        Case(sentence: "Le bilan du second semestre 2022 est positif.", expression: "second semestre 2022", value: "2022-H2"),
        // Durations and sets.
        Case(sentence: "La panne a duré quatre jours.", expression: "quatre jours", value: "P4D"),
        Case(sentence: "Il a attendu un mois entier.", expression: "un mois entier", value: "P1M"),
        Case(sentence: "Elle a parlé pendant deux heures.", expression: "deux heures", value: "PT2H"),
        Case(sentence: "Cela prendra quelques semaines.", expression: "quelques semaines", value: "PXW"),
        Case(sentence: "La pause dure une demi-heure.", expression: "une demi-heure", value: "PT30M"),
        Case(sentence: "Le trajet prend trois quarts d'heure.", expression: "trois quarts d'heure", value: "PT45M"),
        Case(sentence: "Le chantier a duré vingt et un jours.", expression: "vingt et un jours", value: "P21D"),
        Case(sentence: "La perfusion dure de 4 à 12 heures.", expression: "12 heures", value: "PT12H"),
        Case(sentence: "Il est revenu 12 ans après avoir quitté le club.", expression: "12 ans", value: "P12Y"),
        Case(sentence: "La décision a été prise il y a plusieurs années.", expression: "il y a plusieurs années", value: "PAST_REF"),
        Case(sentence: "Le contrat court sur dix-huit mois.", expression: "dix-huit mois", value: "P18M"),
        Case(sentence: "Le marché se tient tous les lundis.", expression: "tous les lundis", value: "XXXX-WXX-1"),
        Case(sentence: "Le rapport est publié chaque année.", expression: "chaque année", value: "P1Y"),
        // Modifiers.
        Case(sentence: "La loi entrera en vigueur début mars 2024.", expression: "début mars 2024", value: "2024-03", mod: "START"),
        Case(sentence: "Il partira mi-décembre.", expression: "mi-décembre", value: "2023-12", mod: "MID"),
        Case(sentence: "Le chantier finira fin 2024.", expression: "fin 2024", value: "2024", mod: "END"),
        Case(sentence: "L'enquête a été ouverte il y a une dizaine de jours.", expression: "il y a une dizaine de jours", value: "2023-11-11", mod: "APPROX"),
        Case(sentence: "Le suspect, âgé d'une trentaine d'années, a été arrêté.", expression: "une trentaine d'années", value: "P30Y", mod: "APPROX"),
        Case(sentence: "Il vivait là depuis plus de dix ans.", expression: "plus de dix ans", value: "P10Y", mod: "MORE_THAN"),
        Case(sentence: "Le verdict est attendu d'ici à la fin du mois.", expression: "d'ici à la fin du mois", value: "2023-11", mod: "ON_OR_BEFORE"),
        Case(sentence: "Le procès s'est ouvert le 14 novembre dernier.", expression: "14 novembre dernier", value: "2023-11-14"),
        Case(sentence: "Cela a duré environ trois semaines.", expression: "environ trois semaines", value: "P3W", mod: "APPROX"),
        // Ranges and open ranges.
        Case(sentence: "Le salon se tiendra du 3 au 5 juin 2024.", expression: "du 3 au 5 juin 2024", value: "2024-06-03/2024-06-05"),
        Case(sentence: "Les 20 et 21 novembre 2024, le salon ouvrira.", expression: "20", value: "2024-11-20"),
        Case(sentence: "Les 20 et 21 novembre 2024, le salon ouvrira.", expression: "21 novembre 2024", value: "2024-11-21"),
        Case(sentence: "Le congrès se tient du 14 au 20 sept. 2014 à Lyon.", expression: "du 14 au 20 sept. 2014", value: "2014-09-14/2014-09-20"),
        Case(sentence: "La permanence est ouverte de 9h30 à 11h.", expression: "de 9h30 à 11h", value: "2023-11-21T09:30/2023-11-21T11:00"),
        Case(sentence: "Les ventes ont doublé entre 2020 et 2022.", expression: "entre 2020 et 2022", value: "2020/2022"),
        Case(sentence: "Le guichet ferme avant le 3 mars 2024.", expression: "avant le 3 mars 2024", value: "2024-03-03", mod: "BEFORE"),
        Case(sentence: "La route sera fermée après 14h.", expression: "après 14h", value: "2023-11-21T14:00", mod: "AFTER"),
    ]

    @Test(arguments: cases)
    func value(_ c: Case) throws {
        let found = try TimexHarness.timexes(c.sentence)
        let hit = found.first { $0.text == c.expression }
        #expect(hit != nil, "\(c.expression) not found in \(found.map(\.text))")
        #expect(hit?.value == c.value)
        #expect(hit?.mod == c.mod)
    }
}
