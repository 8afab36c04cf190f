/// One entity of a gazetteer: an id, a type, a canonical name and other names it goes by.
///
/// The surface forms of an entry are its ``name`` followed by its ``aliases``; any of them in
/// the text is a mention of the entry, linked to ``id``, ``name`` and ``wikidata``.
public struct GazetteerEntry: Hashable, Sendable {
    /// A stable identifier, unique within the gazetteers of a pipeline (`sam-altman`,
    /// `geonames:2988507`). A later entry with the same id adds its names as aliases.
    public var id: String
    /// What the entity is.
    public var type: EntityType
    /// The canonical name, written in the output as `name`.
    public var name: String
    /// Other names, abbreviations and spellings (`Altman` is not needed: partial names of
    /// people are found in each document).
    public var aliases: [String]
    /// The Wikidata item (`Q95`), when known.
    public var wikidata: String?
    /// How letter case must agree with the text.
    public var casePolicy: CasePolicy

    /// An entry; `aliases` should not repeat `name`.
    public init(id: String, type: EntityType, name: String, aliases: [String] = [],
                wikidata: String? = nil, casePolicy: CasePolicy = .auto) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.wikidata = wikidata
        self.casePolicy = casePolicy
    }

    /// The name, then the aliases: every string that names this entry.
    public var surfaceForms: [String] { [name] + aliases }
}
