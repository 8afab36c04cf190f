/// A mention of a gazetteer entity in a document, linked to its entry.
public struct EntityMention: Hashable, Sendable {
    /// How the mention was found.
    public enum Match: String, Sendable {
        /// The text is a surface form exactly as the gazetteer writes it.
        case exact
        /// The text equals a surface form once folded (case, diacritics, apostrophes…).
        case folded
        /// Part of the name of a person mentioned earlier in the document (`Altman` after
        /// `Sam Altman`).
        case partialName = "partial-name"
    }

    /// Where the mention is, in Unicode scalars; starts and ends on token boundaries.
    public var span: Span
    /// The entity's type.
    public var type: EntityType
    /// The entry's id.
    public var id: String
    /// The entry's canonical name.
    public var name: String
    /// The entry's Wikidata item, if known.
    public var wikidata: String?
    /// How it was found.
    public var match: Match

    /// A mention of an entry at `span`.
    public init(span: Span, type: EntityType, id: String, name: String, wikidata: String?, match: Match) {
        self.span = span
        self.type = type
        self.id = id
        self.name = name
        self.wikidata = wikidata
        self.match = match
    }
}

/// The entity layer: mentions in text order, not overlapping. Produced by the `entities` stage.
public enum EntitiesLayer: LayerKey {
    public typealias Value = [EntityMention]
    /// `entities`.
    public static let name = "entities"
}

extension Document {
    /// The entity mentions, once the `entities` stage has run.
    public var entities: [EntityMention]? {
        get { layers[EntitiesLayer.self] }
        set { layers[EntitiesLayer.self] = newValue }
    }
}
