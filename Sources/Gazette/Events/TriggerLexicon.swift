/// Words that signal an event, with their event type, by surface form.
///
/// Built once from a language's ``TriggerEntry`` table and its inflection function (French:
/// ``FrenchInflection``), so a look-up is one hash probe per token. Immutable, thread-safe.
public struct TriggerLexicon: Sendable {
    /// What a surface form of the lexicon means.
    public struct Sense: Sendable, Hashable {
        /// The lemma, e.g. `licencier`.
        public let lemma: String
        /// The event type, e.g. `Personnel.EndPosition`.
        public let type: String
        /// The type used instead when the clause holds no entity of ``TriggerEntry/requiredType``.
        public let fallbackType: String?
        /// The entity type the main type needs among the clause's entities (`PRODUCT` for a launch).
        public let requiredType: String?
        /// Whether the form is a verb (a noun otherwise).
        public let isVerb: Bool
        /// Whether the form is a past participle (a passive after `être`: `a été licencié`).
        public let isParticiple: Bool
        /// Whether a participle after `être` is a passive (not for `arriver`, `mourir`).
        public let hasPassive: Bool
    }

    /// Each surface form's index in ``senses`` (a small value: no strings copied per form).
    private let forms: [String: Int32]
    /// The senses, at most two per entry (its participle and its other forms), in entry order.
    let senses: [Sense]

    /// Expands `entries` with `inflect`, which returns every surface form of an entry and
    /// whether it is a past participle.
    public init(_ entries: [TriggerEntry], inflect: (TriggerEntry) -> [(form: String, isParticiple: Bool)]) {
        var forms: [String: Int32] = [:]
        forms.reserveCapacity(entries.count * 16)
        var senses: [Sense] = []
        for entry in entries {
            // The entry's sense for its participles and for its other forms, made when first used.
            var made: [Int32?] = [nil, nil]
            for (form, participle) in inflect(entry) {
                let k = participle ? 1 : 0
                let index: Int32
                if let m = made[k] {
                    index = m
                } else {
                    index = Int32(senses.count)
                    made[k] = index
                    senses.append(Sense(lemma: entry.lemma, type: entry.type, fallbackType: entry.fallbackType,
                                        requiredType: entry.requiredType, isVerb: entry.partOfSpeech == .verb,
                                        isParticiple: participle, hasPassive: !entry.isIntransitive))
                }
                // The first entry listing a form wins: tables list the stronger reading first.
                // One look-up for a new form (most): an earlier sense is put back.
                if let earlier = forms.updateValue(index, forKey: form) { forms[form] = earlier }
            }
        }
        self.forms = forms
        self.senses = senses
    }

    /// The sense of a lower-case surface form, if it is a trigger.
    public func sense(of form: String) -> Sense? { forms[form].map { senses[Int($0)] } }

    /// The number of surface forms.
    public var count: Int { forms.count }

    /// Every surface form with its sense.
    public var allForms: [(form: String, sense: Sense)] { forms.map { ($0.key, senses[Int($0.value)]) } }

    /// Every surface form with the index of its sense in ``senses``.
    var senseIndices: [String: Int32] { forms }
}

/// One trigger of a language's table: a lemma, its event type and how it inflects.
public struct TriggerEntry: Sendable {
    /// Verb or noun.
    public enum PartOfSpeech: Sendable { case verb, noun }

    /// The lemma (infinitive of a verb, singular of a noun), lower case.
    public let lemma: String
    /// The event type, e.g. `Personnel.StartPosition`.
    public let type: String
    public let partOfSpeech: PartOfSpeech
    /// Irregular forms, listed in full; when empty, the language's rules inflect the lemma.
    public let forms: [String]
    /// Irregular past participles (`élu`, `mort`), listed in full.
    public let participles: [String]
    /// An entity type the main type needs in the clause (`PRODUCT` for `publier`)…
    public let requiredType: String?
    /// …and the type used without it (`Statement`).
    public let fallbackType: String?
    /// An intransitive verb built with `être` (`arriver`, `mourir`): never a passive.
    public let isIntransitive: Bool

    /// A verb; `forms` and `participles` for irregular ones.
    public static func verb(_ lemma: String, _ type: String, forms: [String] = [], participles: [String] = [],
                            intransitive: Bool = false,
                            unless requiredType: String? = nil, then fallbackType: String? = nil) -> TriggerEntry {
        TriggerEntry(lemma: lemma, type: type, partOfSpeech: .verb, forms: forms, participles: participles,
                     requiredType: requiredType, fallbackType: fallbackType, isIntransitive: intransitive)
    }

    /// A noun; `forms` for an irregular plural.
    public static func noun(_ lemma: String, _ type: String, forms: [String] = [],
                            unless requiredType: String? = nil, then fallbackType: String? = nil) -> TriggerEntry {
        TriggerEntry(lemma: lemma, type: type, partOfSpeech: .noun, forms: forms, participles: [],
                     requiredType: requiredType, fallbackType: fallbackType, isIntransitive: false)
    }
}
