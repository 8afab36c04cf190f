/// French verb and noun inflection for trigger lexicons: every surface form of a lemma.
///
/// Regular `-er` verbs get their indicative, conditional and subjunctive forms, participles
/// and the spelling changes of `-cer` (`lança`), `-ger` (`changea`) and `e`/`é` + consonant
/// + `er` stems (`amène`, `cède`); `-ir` verbs of the second group (`finir`) theirs; nouns
/// their plural. Irregular verbs list their forms in the table.
public enum FrenchInflection {
    /// Every surface form of `entry`, lower case, with whether it is a past participle.
    public static func forms(of entry: TriggerEntry) -> [(form: String, isParticiple: Bool)] {
        var out: [(String, Bool)] = []
        switch entry.partOfSpeech {
        case .noun:
            out.append((entry.lemma, false))
            out += entry.forms.map { ($0, false) }
            if entry.forms.isEmpty { out.append((plural(entry.lemma), false)) }
        case .verb:
            out.append((entry.lemma, false))
            if !entry.forms.isEmpty || !entry.participles.isEmpty {
                out += entry.forms.map { ($0, false) }
                out += entry.participles.map { ($0, true) }
            } else if entry.lemma.hasSuffix("er") {
                out += firstGroup(String(entry.lemma.dropLast(2)))
            } else if entry.lemma.hasSuffix("ir") {
                out += secondGroup(String(entry.lemma.dropLast(2)))
            }
        }
        return out
    }

    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("z") { return noun }
        if noun.hasSuffix("al") { return String(noun.dropLast(2)) + "aux" }
        if noun.hasSuffix("eau") || noun.hasSuffix("eu") { return noun + "x" }
        return noun + "s"
    }

    private static let firstGroupSoft = ["e", "es", "ent"]           // the stem takes è: amène
    private static let firstGroupHard = ["er", "ons", "ez", "ions", "iez", "ais", "ait", "aient", "ai", "as", "a",
                                         "âmes", "âtes", "èrent", "ant"]
    private static let firstGroupFuture = ["erai", "eras", "era", "erons", "erez", "eront", "erais", "erait", "erions",
                                           "eriez", "eraient"]
    private static let participleEndings = ["é", "ée", "és", "ées"]

    static func firstGroup(_ stem: String) -> [(String, Bool)] {
        var out: [(String, Bool)] = []
        for ending in firstGroupSoft + firstGroupHard + firstGroupFuture {
            out.append((spell(stem, ending), false))
        }
        // amener → amène, amènera; céder → cède.
        if let grave = graveStem(stem) {
            for ending in firstGroupSoft + firstGroupFuture { out.append((grave + ending, false)) }
        }
        for ending in participleEndings { out.append((stem + ending, true)) }
        return out
    }

    /// `lanc` + `ait` → `lançait`; `chang` + `ons` → `changeons`.
    static func spell(_ stem: String, _ ending: String) -> String {
        guard let first = ending.first, first == "a" || first == "o" || first == "â" else { return stem + ending }
        if stem.hasSuffix("c") { return String(stem.dropLast()) + "ç" + ending }
        if stem.hasSuffix("g") { return stem + "e" + ending }
        return stem + ending
    }

    /// The stem with `è` for `e`/`é` before its last consonant(s): `amen` → `amèn`, `céd` → `cèd`.
    static func graveStem(_ stem: String) -> String? {
        var scalars = Array(stem.unicodeScalars)
        var i = scalars.count - 1
        while i >= 0 && !"aeiouéèêy".unicodeScalars.contains(scalars[i]) { i -= 1 }
        guard i > 0, i < scalars.count - 1, scalars[i] == "e" || scalars[i] == "é" else { return nil }
        scalars[i] = "è"
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    static func secondGroup(_ stem: String) -> [(String, Bool)] {
        let endings = ["is", "it", "issons", "issez", "issent", "issais", "issait", "issions", "issiez", "issaient",
                       "irai", "iras", "ira", "irons", "irez", "iront", "irais", "irait", "irions", "iriez", "iraient",
                       "irent", "issant"]
        return endings.map { (stem + $0, false) } + ["i", "ie", "is", "ies"].map { (stem + $0, true) }
    }
}
