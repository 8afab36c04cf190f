/// How a pipeline set routes each document to the pipeline of its language: the pipelines by
/// language, the ICU floor for every other language, the identifier and an optional forced
/// language. Attached to the primary pipeline's ``PipelineDefinition/routing``; a ``Pipeline``
/// built from such a definition identifies each document's language, records how it was
/// decided (`document.languageSource`, `document.languageConfidence`) and runs the document
/// through the chosen pipeline (`document.stageNames`), so that batches, streams and the
/// library all route alike.
///
/// Immutable, `Sendable`: one value is shared by every worker.
public final class LanguageRouting: Sendable {
    /// Pipelines for languages other than the primary one, by language code.
    public let pipelines: [String: PipelineDefinition]
    /// The pipeline for every other language; each stage's `language` option is set to the
    /// document's language (its ICU locale) before it runs. Nil: the primary pipeline runs.
    public let floor: PipelineDefinition?
    /// Identifies the language of documents whose language was not given.
    public let identifier: LanguageIdentifier
    /// A language forced on every document (`--language`), unless the document states one.
    public let forcedLanguage: String?

    /// A routing over `pipelines` and `floor`.
    public init(pipelines: [String: PipelineDefinition], floor: PipelineDefinition?,
                identifier: LanguageIdentifier = LanguageIdentifier(), forcedLanguage: String? = nil) {
        self.pipelines = pipelines
        self.floor = floor
        self.identifier = identifier
        self.forcedLanguage = forcedLanguage
    }

    /// The same routing with `language` forced on every document.
    public func forcing(_ language: String?) -> LanguageRouting {
        LanguageRouting(pipelines: pipelines, floor: floor, identifier: identifier, forcedLanguage: language)
    }

    /// What decides the output: the routes' fingerprints, the floor's, the forced language and
    /// the identifier's profiles.
    var fingerprint: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("floor", floor?.fingerprint)
        w.field("forced", forcedLanguage)
        w.key("pipelines")
        w.beginObject()
        for code in pipelines.keys.sorted() { w.field(code, pipelines[code]!.fingerprint) }
        w.endObject()
        w.key("profiles")
        w.beginArray()
        for p in identifier.profiles { w.string(p.code + ":" + p.words.joined(separator: " ")) }
        w.endArray()
        w.endObject()
        return SHA256.hex(of: w.bytes)
    }

    /// The floor definition for `language`: every stage with a `language` option gets it.
    func floorDefinition(for language: String) -> PipelineDefinition? {
        guard var definition = floor else { return nil }
        for i in definition.steps.indices where definition.steps[i].descriptor.option(named: "language") != nil {
            definition.steps[i].settings.values["language"] = .string(language)
        }
        definition.language = language
        return definition
    }
}

/// One worker's pipelines of a ``LanguageRouting``, built on first use. Not thread-safe: owned
/// by one ``Pipeline``.
final class LanguageRouter {
    let routing: LanguageRouting
    private var built: [String: Pipeline] = [:]

    init(_ routing: LanguageRouting) { self.routing = routing }

    /// Decides `document`'s language, then runs the pipeline of that language (`primary`
    /// for the primary language).
    func process(_ document: inout Document, primary: Pipeline) throws {
        if document.languageSource != .option, let forced = routing.forcedLanguage {
            document.language = forced
            document.languageSource = .option
        }
        if document.languageSource != .option {
            let guess = document.text.withUTF8 { routing.identifier.identify(utf8: $0) }
            document.language = guess.language
            document.languageSource = guess.isConfident ? .detected : .default
            document.languageConfidence = guess.confidence
        }
        let pipeline = try self.pipeline(for: document.language, primary: primary)
        document.stageNames = pipeline.stages.map(\.qualifiedName)
        try pipeline.runStages(&document)
    }

    private func pipeline(for language: String, primary: Pipeline) throws -> Pipeline {
        if language == primary.definition?.language { return primary }
        if let p = built[language] { return p }
        let definition = routing.pipelines[language] ?? routing.floorDefinition(for: language)
        guard let definition else { return primary }
        let p = try definition.makePipeline()
        built[language] = p
        return p
    }
}
