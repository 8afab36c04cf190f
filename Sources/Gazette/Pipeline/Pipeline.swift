/// An ordered chain of stages, checked when it is built.
///
/// ```
/// bytes ─▶ TextDecoder ─▶ Document ─▶ segmenter@1 ─▶ … ─▶ RecordWriter ─▶ JSON
///                                    (tokens, sentences)
/// ```
///
/// A pipeline owns its stages' per-worker state: use one per thread.
public final class Pipeline {
    /// The stages, in order.
    public let stages: [any Stage]
    /// The pipeline file this pipeline was built from, if any (nil for ``init(stages:)``).
    public let definition: PipelineDefinition?
    /// Routes documents to the pipeline of their language (``PipelineDefinition/routing``).
    private let router: LanguageRouter?

    /// Builds a pipeline, checking that every stage's required layers are produced by a stage
    /// before it.
    public convenience init(stages: [any Stage]) throws(PipelineError) {
        try self.init(stages: stages, definition: nil)
    }

    /// Builds a pipeline from `definition`'s stage instances.
    init(stages: [any Stage], definition: PipelineDefinition?) throws(PipelineError) {
        var available: [String] = []
        for stage in stages {
            let missing = stage.requires.filter { !available.contains($0) }
            if !missing.isEmpty {
                throw PipelineError.missingLayers(stage: stage.qualifiedName, missing: missing, available: available)
            }
            available.append(contentsOf: stage.produces)
        }
        self.stages = stages
        self.definition = definition
        router = definition?.routing.map(LanguageRouter.init)
    }

    /// The default French pipeline: the built-in `pipelines/fr-news.yaml`.
    public static func french() throws -> Pipeline {
        try PipelineDefinition.builtIn().makePipeline()
    }

    /// The standard pipeline set: French (`pipelines/fr-news.yaml`), English
    /// (`pipelines/en-news.yaml`) and the ICU floor for every other language, chosen per
    /// document by language identification.
    public static func standard() throws -> Pipeline {
        try PipelineDefinition.builtInSet().makePipeline()
    }

    /// Runs every stage on `document` (with a routing: identifies the document's language and
    /// runs the stages of its language's pipeline). With a ``Document/deadline``, throws
    /// ``GazetteError/timedOut(file:stage:seconds:)`` once it has passed (checked before each
    /// stage and by the stages themselves).
    public func process(_ document: inout Document) throws {
        if let router {
            try router.process(&document, primary: self)
        } else {
            try runStages(&document)
        }
    }

    /// Runs this pipeline's own stages on `document`.
    func runStages(_ document: inout Document) throws {
        for stage in stages {
            try document.checkDeadline(stage: stage.qualifiedName)
            do {
                try stage.process(&document)
            } catch let error as GazetteError {
                throw error
            } catch {
                throw GazetteError.stageFailed(stage: stage.qualifiedName, document: document.id, reason: "\(error)")
            }
        }
    }
}

/// A pipeline that cannot be built.
public enum PipelineError: Error, CustomStringConvertible, Equatable {
    /// A stage requires layers that no stage before it produces.
    case missingLayers(stage: String, missing: [String], available: [String])

    public var description: String {
        switch self {
        case let .missingLayers(stage, missing, available):
            let have = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "stage \(stage) requires \(missing.joined(separator: ", ")), which no earlier stage produces (available: \(have))"
        }
    }
}
