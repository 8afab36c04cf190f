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

    /// Builds a pipeline, checking that every stage's required layers are produced by a stage
    /// before it.
    public init(stages: [any Stage]) throws(PipelineError) {
        var available: [String] = []
        for stage in stages {
            let missing = stage.requires.filter { !available.contains($0) }
            if !missing.isEmpty {
                throw PipelineError.missingLayers(stage: stage.qualifiedName, missing: missing, available: available)
            }
            available.append(contentsOf: stage.produces)
        }
        self.stages = stages
    }

    /// The default French pipeline for this version of the library.
    public static func french() throws -> Pipeline {
        try Pipeline(stages: [Segmenter(rules: .french), TimexStage(language: .french)])
    }

    /// Runs every stage on `document`.
    public func process(_ document: inout Document) throws {
        for stage in stages {
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
