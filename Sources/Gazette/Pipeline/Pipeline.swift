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

    /// The default French pipeline for this version of the library. `entities` replaces the
    /// default entity stage (``EntityRecognizer/french(extra:includeDefaults:cache:)``).
    public static func french(entities: EntityRecognizer? = nil) throws -> Pipeline {
        try Pipeline(stages: [Segmenter(rules: .french), entities ?? EntityRecognizer.french()])
    }

    /// Runs every stage on `document`; `timing`, when given, receives each stage's qualified
    /// name and wall-clock duration in seconds.
    public func process(_ document: inout Document, timing: ((String, Double) -> Void)? = nil) throws {
        for stage in stages {
            do {
                let start = timing == nil ? nil : ContinuousClock.now
                try stage.process(&document)
                if let timing, let start {
                    let d = ContinuousClock.now - start
                    timing(stage.qualifiedName, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
                }
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
