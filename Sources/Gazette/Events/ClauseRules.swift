/// The language data the event stage reads clauses and roles with.
public struct ClauseRules: Sendable {
    /// Words that open a new clause after a comma (`et`, `mais`, `qui`), lower case.
    public var clauseOpenersAfterComma: Set<String> = []
    /// Openers of relative or subordinate clauses (`qui`, `dont`, `lorsque`), whose dates
    /// stay their own, lower case.
    public var subordinators: Set<String> = []
    /// Words that open a new clause anywhere (`tandis`), lower case.
    public var clauseOpeners: Set<String> = []
    /// Marks after which a new clause starts (`;`, `:`).
    public var clauseMarks: Set<String> = []
    /// The ending of present participles, which open a participial clause (`-ant`).
    public var participleEnding: String?
    /// Words ending like a participle that are not one (`pendant`, `enfant`), lower case.
    public var participleExceptions: Set<String> = []
    /// Words after which a participle-like word is a noun or adjective (`le`, `un`), lower case.
    public var determiners: Set<String> = []
    /// The word that makes a gerund of a participle (`en choisissant`), lower case.
    public var gerundMarker: String?
    /// Forms of the passive auxiliary (`été`, `est`, `sont`), lower case.
    public var passiveAuxiliaries: Set<String> = []
    /// The preposition that introduces the agent of a passive (`par`), lower case.
    public var agentPreposition: String?

    public init() {}
}
