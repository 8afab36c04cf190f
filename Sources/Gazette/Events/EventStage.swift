/// The event stage: one event per event-bearing clause, with its date, participants and evidence.
///
/// ```
/// sentence ─▶ clauses ─▶ trigger (verb first) ─▶ type ─▶ date: own clause → earlier in the
///   sentence → previous sentence of the paragraph → dated heading above → none
///   ─▶ participants: the sentence's entities, roles from the clause (active/passive, `par`)
/// ```
///
/// Triggers come from the language's ``TriggerLexicon``; clauses and roles from its
/// ``ClauseRules``. Holds only immutable data: pipelines share one instance per language
/// (``descriptor``), workers included.
public final class EventStage: Stage {
    public static let name = "events"
    public static let version = 1
    public let requires = [TokensLayer.name, SentencesLayer.name, EntitiesLayer.name, TimexesLayer.name]
    public let produces = [EventsLayer.name]

    let lexicon: TriggerLexicon
    let rules: ClauseRules
    let words: FoldedWordTable<WordInfo>

    /// The UTF-8 of the rules' participle ending (`ant`), if any.
    let participleSuffix: [UInt8]?

    /// The trigger senses, indexed by ``WordInfo/senseIndex``.
    let senses: [TriggerLexicon.Sense]

    /// The trigger forms, by folded hash: a sentence none of whose words passes holds no event.
    let triggerFilter: FoldedHashFilter
    /// Every word of ``words``, by folded hash: a non-ASCII token that does not pass is not
    /// looked up.
    let wordFilter: FoldedHashFilter

    /// What the stage knows of a word (a plain value: no reference to count when copied).
    struct WordInfo: Sendable {
        var roles: WordRoles = []
        /// Index in ``EventStage/senses``, or -1 when the word is no trigger.
        var senseIndex: Int32 = -1
    }

    /// Grammatical jobs of function words.
    struct WordRoles: OptionSet, Sendable {
        let rawValue: UInt16
        static let opensAfterComma = WordRoles(rawValue: 1)
        static let opensClause = WordRoles(rawValue: 2)
        static let determiner = WordRoles(rawValue: 4)
        static let gerund = WordRoles(rawValue: 8)
        static let passiveAuxiliary = WordRoles(rawValue: 16)
        static let agentPreposition = WordRoles(rawValue: 32)
        static let notParticiple = WordRoles(rawValue: 64)
        static let clauseMark = WordRoles(rawValue: 128)
        static let subordinate = WordRoles(rawValue: 256)
        /// Not from the tables: set by ``EventReader`` on a lower-case word of five letters or
        /// more with the participle ending that is no exception (`demandant`): a participle
        /// unless a determiner comes before it.
        static let participleForm = WordRoles(rawValue: 512)
    }

    /// A stage for a language's triggers and clause rules.
    public init(lexicon: TriggerLexicon = .french, rules: ClauseRules = .french) {
        self.lexicon = lexicon
        self.rules = rules
        // Words by form; sorted by UTF-8 bytes (the order of `String`'s `<` on these NFC
        // literals, far cheaper to compare) so that the table is the same on every run.
        // A trigger form's sense index is the lexicon's.
        let forms = lexicon.senseIndices
        var table: [String: WordInfo] = [:]
        table.reserveCapacity(forms.count + 512)
        for (form, k) in forms { table[form, default: WordInfo()].senseIndex = k }
        participleSuffix = rules.participleEnding.map { Array($0.utf8) }
        func add(_ words: Set<String>, _ role: WordRoles) {
            for w in words { table[w, default: WordInfo()].roles.insert(role) }
        }
        add(rules.clauseOpenersAfterComma, .opensAfterComma)
        add(rules.clauseOpeners, .opensClause)
        add(rules.determiners, .determiner)
        add(rules.gerundMarker.map { [$0] } ?? [], .gerund)
        add(rules.passiveAuxiliaries, .passiveAuxiliary)
        add(rules.agentPreposition.map { [$0] } ?? [], .agentPreposition)
        add(rules.participleExceptions, .notParticiple)
        add(rules.clauseMarks, .clauseMark)
        add(rules.subordinators, .subordinate)
        var sorted = table.map { (utf8: Array($0.key.utf8), value: $0.value) }
        sorted.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        var entries: [([UInt8], WordInfo)] = []
        entries.reserveCapacity(sorted.count)
        var allHashes: [UInt64] = [], triggerHashes: [UInt64] = []
        allHashes.reserveCapacity(sorted.count)
        let folder = TextFolder.shared
        for (utf8, value) in sorted {
            let isTrigger = value.senseIndex >= 0
            entries.append((utf8, value))
            // Each word folded and hashed once, for both filters; lower-case ASCII letters
            // fold to themselves.
            let h = utf8.allSatisfy({ $0 &- 0x61 < 26 })
                ? utf8.withUnsafeBufferPointer { FoldedTokens.hash($0) }
                : folder.fold(String(decoding: utf8, as: UTF8.self)).withUnsafeBufferPointer { FoldedTokens.hash($0) }
            allHashes.append(h)
            if isTrigger { triggerHashes.append(h) }
        }
        senses = lexicon.senses
        words = FoldedWordTable(utf8: entries)
        triggerFilter = FoldedHashFilter(hashes: triggerHashes)
        wordFilter = FoldedHashFilter(hashes: allHashes)
    }

    public func process(_ document: inout Document) throws {
        guard let tokens = document.tokens, let sentences = document.sentences, let folded = document.foldTokens() else { return }
        let context = EventContext(document: document, tokens: tokens, sentences: sentences)
        document.events = document.text.withUTF8 { bytes in
            let reader = EventReader(stage: self, context: context, bytes: bytes, folded: folded)
            return reader.events()
        }
    }
}

/// What the event stage reads of one document, indexed for look-ups by position.
struct EventContext {
    let document: Document
    let tokens: TokenLayer
    let sentences: [Span]
    let entities: [EntityMention]
    let timexes: [Timex]

    init(document: Document, tokens: TokenLayer, sentences: [Span]) {
        self.document = document
        self.tokens = tokens
        self.sentences = sentences
        entities = document.entities ?? []
        timexes = document.timexes ?? []
    }
}
