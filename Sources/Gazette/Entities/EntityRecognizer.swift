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

    /// Adds the `entities` layer; throws when the document has no tokens.
    public func process(_ document: inout Document) throws {
        guard let tokens = document.tokens, let view = document.foldTokens() else {
            throw GazetteError.stageFailed(stage: qualifiedName, document: document.id, reason: "no tokens layer")
        }
        document.entities = mentions(text: document.text, tokens: tokens, view: view)
    }

    /// The mentions of a text with its tokens, in text order.
    public func mentions(text: DocumentText, tokens: TokenLayer) -> [EntityMention] {
        mentions(text: text, tokens: tokens, view: FoldedTokens(text: text, tokens: tokens))
    }

    /// The mentions of a text with its tokens and their folded view (``Document/foldTokens()``).
    public func mentions(text: DocumentText, tokens: TokenLayer, view: FoldedTokens) -> [EntityMention] {
        let found = matcher.mentions(text: text, tokens: tokens, view: view)
        let partial = resolver.resolve(mentions: found, text: text, tokens: tokens, view: view)
        if partial.isEmpty { return found }
        return (found + partial).sorted { $0.span < $1.span }
    }
}
