/// English verb and noun inflection for trigger lexicons: every surface form of a lemma.
///
/// Regular verbs get `-s`, `-ed` and `-ing` with the usual spelling changes (`hire` → `hired`,
/// `hiring`; `resign` → `resigned`; `try` → `tried`; `stop` → `stopped`); the `-ed` form is
/// also the past participle. Irregular verbs list their forms and participles in the table;
/// nouns get their plural.
public enum EnglishInflection {
    /// Every surface form of `entry`, lower case, with whether it is a past participle.
    public static func forms(of entry: TriggerEntry) -> [(form: String, isParticiple: Bool)] {
        let lemma = entry.lemma
        switch entry.partOfSpeech {
        case .noun:
            return [(lemma, false)] + (entry.forms.isEmpty ? [plural(lemma)] : entry.forms).map { ($0, false) }
        case .verb:
            var out: [(String, Bool)] = [(lemma, false), (thirdPerson(lemma), false), (ing(lemma), false)]
            out += entry.forms.map { ($0, false) }
            if entry.participles.isEmpty {
                out.append((past(lemma), true))
            } else {
                out += entry.participles.map { ($0, true) }
            }
            return out
        }
    }

    private static let vowels = Set("aeiou")

    static func plural(_ noun: String) -> String {
        if noun.hasSuffix("s") || noun.hasSuffix("x") || noun.hasSuffix("z") || noun.hasSuffix("ch") || noun.hasSuffix("sh") {
            return noun + "es"
        }
        if noun.hasSuffix("y"), noun.count > 1, !vowels.contains(noun.dropLast().last!) { return noun.dropLast() + "ies" }
        return noun + "s"
    }

    static func thirdPerson(_ verb: String) -> String { plural(verb) }

    /// Whether the last three letters are consonant-vowel-consonant with a short final
    /// syllable (`stop`, `ban`), so the consonant doubles.
    private static func doubles(_ verb: String) -> Bool {
        let c = Array(verb)
        guard c.count >= 3, c.count <= 4 else { return false }
        let last = c[c.count - 1], mid = c[c.count - 2], first = c[c.count - 3]
        return !vowels.contains(last) && !"wxy".contains(last) && vowels.contains(mid) && !vowels.contains(first)
    }

    static func past(_ verb: String) -> String {
        if verb.hasSuffix("e") { return verb + "d" }
        if verb.hasSuffix("y"), verb.count > 1, !vowels.contains(verb.dropLast().last!) { return verb.dropLast() + "ied" }
        if doubles(verb) { return verb + String(verb.last!) + "ed" }
        return verb + "ed"
    }

    static func ing(_ verb: String) -> String {
        if verb.hasSuffix("ie") { return verb.dropLast(2) + "ying" }
        if verb.hasSuffix("e"), !verb.hasSuffix("ee") { return verb.dropLast() + "ing" }
        if doubles(verb) { return verb + String(verb.last!) + "ing" }
        return verb + "ing"
    }
}
