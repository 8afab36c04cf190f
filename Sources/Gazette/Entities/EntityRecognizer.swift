/// The `entities` stage: gazetteer mentions, linked to their entries, plus the partial names
/// of the people they mention.
///
/// ```
/// tokens ──FoldedTokens (shared layer)──▶ folded view ──GazetteerMatcher──▶ mentions ──PartialNameResolver──▶ entities
/// ```
///
/// Requires `tokens`, produces `entities` (``Document/entities``): mentions in text order,
/// not overlapping, each span on token boundaries with `text[span]` the mention's text.
/// Holds only immutable data: one instance may serve several threads.
public final class EntityRecognizer: Stage {
    /// `entities`.
    public static let name = "entities"
    /// Bumped when the output changes.
    public static let version = 1
    /// `tokens`.
    public let requires = [TokensLayer.name]
    /// `entities`.
    public let produces = [EntitiesLayer.name]

    /// The compiled gazetteer searched.
    public let gazetteer: CompiledGazetteer
    /// The language data used for partial names.
    public let rules: EntityRules
    let matcher: GazetteerMatcher
    let resolver: PartialNameResolver

    /// A stage over a compiled gazetteer.
    public init(gazetteer: CompiledGazetteer, rules: EntityRules) {
        self.gazetteer = gazetteer
        self.rules = rules
        matcher = GazetteerMatcher(gazetteer: gazetteer)
        resolver = PartialNameResolver(rules: rules)
    }

    /// Adds the `entities` layer; throws when the document has no tokens, or when its
    /// ``Document/deadline`` passes (checked between the folding, matching and resolving passes,
    /// and every 4,096 tokens while matching).
    public func process(_ document: inout Document) throws {
        guard let tokens = document.tokens, let view = document.foldTokens() else {
            throw GazetteError.stageFailed(stage: qualifiedName, document: document.id, reason: "no tokens layer")
        }
        let doc = document
        document.entities = try mentions(text: document.text, tokens: tokens, view: view) {
            try doc.checkDeadline(stage: qualifiedName)
        }
    }

    /// The mentions of a text with its tokens, in text order.
    public func mentions(text: DocumentText, tokens: TokenLayer) -> [EntityMention] {
        mentions(text: text, tokens: tokens, view: FoldedTokens(text: text, tokens: tokens))
    }

    /// The mentions of a text with its tokens and their folded view (``Document/foldTokens()``).
    public func mentions(text: DocumentText, tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        mentions(text: text, tokens: tokens, view: view, between: {})
    }

    /// The mentions, calling `between` after each pass and within the matching pass (a
    /// deadline check).
    func mentions(text: DocumentText, tokens: TokenLayer, view: FoldedTokens, between: () throws -> Void) rethrows -> [EntityMention] {
        try between()
        let found = try matcher.mentions(text: text, tokens: tokens, view: view, every: between)
        try between()
        let partial = resolver.resolve(mentions: found, text: text, tokens: tokens, view: view)
        if partial.isEmpty { return found }
        return (found + partial).sorted { $0.span < $1.span }
    }
}
