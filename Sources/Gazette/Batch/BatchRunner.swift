#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a pipeline over many inputs with several workers, writing records in input order.
///
/// ```
///                      ┌─ worker 1: read ─ decode ─ pipeline ─ record ─ (write file) ─┐
/// inputs (sorted) ─────┼─ worker 2: …                                                 ├─▶ in input order:
///                      └─ worker N: …                                                 ┘   manifest line / stdout
/// ```
///
/// Every worker has its own ``Pipeline`` (stages are not thread-safe). Results are delivered
/// in input order whatever the number of workers, so the output is byte-identical with one
/// worker or eight; at most a few results per worker wait in memory. A bad input (binary,
/// undecodable, unreadable, too large) becomes a failed outcome and the batch goes on.
///
/// With an ``OutputFolder`` the runner writes one JSON file per input (atomically) and a
/// ``Manifest``, and skips inputs whose previous output is still valid (same input bytes,
/// same ``fingerprint``): a batch killed at any point and rerun ends complete.
public final class BatchRunner {
    /// What decides the record besides the pipeline.
    public struct Options: Sendable {
        /// Worker threads.
        public var jobs: Int
        /// Largest input accepted, in bytes.
        public var maxBytes: Int
        /// Optional layers written in records.
        public var include: RecordWriter.Include
        /// Indented records (one JSON file per input) or compact ones (JSON Lines).
        public var pretty: Bool
        /// The documents' reference date, if given.
        public var referenceDate: String?
        /// Seconds allowed per document, from decoding to the record (``Deadline``); nil: no
        /// limit. Not part of the fingerprint: it changes whether a record is written, not what.
        public var timeout: Double?

        /// Options with `jobs` workers and the defaults otherwise.
        public init(jobs: Int, maxBytes: Int = DocumentReader.defaultMaxBytes, include: RecordWriter.Include = [],
                    pretty: Bool = false, referenceDate: String? = nil, timeout: Double? = nil) {
            self.jobs = jobs
            self.maxBytes = maxBytes
            self.include = include
            self.pretty = pretty
            self.referenceDate = referenceDate
            self.timeout = timeout
        }
    }

    /// What became of one input.
    public enum Outcome: Sendable {
        /// The record (written to stdout mode's sink, or already in its file) and its manifest entry.
        case processed(entry: ManifestEntry, record: [UInt8])
        /// A valid output from an earlier run was kept.
        case skipped(ManifestEntry)
        /// The input failed; the entry says why.
        case failed(ManifestEntry)

        /// Whether an earlier run's output was kept.
        public var isSkipped: Bool {
            if case .skipped = self { return true }
            return false
        }

        /// The manifest entry.
        public var entry: ManifestEntry {
            switch self {
            case let .processed(entry, _), let .skipped(entry), let .failed(entry): entry
            }
        }
    }

    /// Totals of a run.
    public struct Summary: Sendable, Equatable {
        /// Inputs processed now.
        public var processed = 0
        /// Inputs skipped because their output was already valid.
        public var skipped = 0
        /// Inputs that failed.
        public var failed = 0
    }

    /// The pipeline run on every input.
    public let definition: PipelineDefinition
    /// The options.
    public let options: Options
    /// SHA-256 of the pipeline's fingerprint and the options that change the record: an
    /// output is reused only when this matches.
    public let fingerprint: String
    private let pipelines: [WorkerPipeline]

    /// Builds the first worker's pipeline now, so that a broken pipeline fails before any input
    /// is read (`built`, a pipeline the caller has made from `definition` already, serves as
    /// that one). Each other worker builds its own when it starts, while the first one already
    /// runs: building one takes a few milliseconds, a large part of a batch of small articles.
    public init(definition: PipelineDefinition, options: Options, built: Pipeline? = nil) throws {
        self.definition = definition
        self.options = options
        var pipelines = [WorkerPipeline(definition: definition, built: try built ?? definition.makePipeline())]
        while pipelines.count < max(1, options.jobs) { pipelines.append(WorkerPipeline(definition: definition, built: nil)) }
        self.pipelines = pipelines
        let settings = "\(definition.fingerprint)|include=\(options.include.rawValue)|pretty=\(options.pretty)|referenceDate=\(options.referenceDate ?? "")"
        fingerprint = SHA256.hex(of: Array(settings.utf8))
    }

    /// Processes `inputs` into the output folder; `report` is called once per input, in input
    /// order, on the calling thread.
    public func run(_ inputs: [BatchInput], into folder: OutputFolder,
                    report: (BatchInput, Outcome) -> Void = { _, _ in }) throws -> Summary {
        // The manifest starts as the earlier run's good entries; a line is appended for each
        // input as it is delivered, so a run killed at any point leaves every finished input
        // listed (``ManifestLog``).
        let manifest = try ManifestLog(folder: folder)
        let summary = try run(inputs, folder: folder, previous: manifest.previous) { input, outcome in
            if case .skipped = outcome {} else { try manifest.append(outcome.entry.line, input: input.name) }
            report(input, outcome)
        }
        // Every record synced and in place before the manifest that lists them.
        try folder.flush()
        try manifest.finish()
        folder.sync()
        return summary
    }

    /// Processes `inputs` and hands each outcome to `deliver` in input order on the calling
    /// thread (a processed outcome carries the record, without a trailing newline, when
    /// there is no folder). Stops early only if `deliver` throws.
    public func run(_ inputs: [BatchInput], deliver: (BatchInput, Outcome) throws -> Void) throws -> Summary {
        try run(inputs, folder: nil, previous: nil, deliver: deliver)
    }

    private func run(_ inputs: [BatchInput], folder: OutputFolder?, previous: ManifestLog.Previous?,
                     deliver: (BatchInput, Outcome) throws -> Void) throws -> Summary {
        let job = Job(definition: definition, options: options, fingerprint: fingerprint, folder: folder, previous: previous)
        var summary = Summary()
        // With a folder, a result waiting for delivery is only its manifest entry, so workers
        // may run far ahead of a long document; without one it holds the record.
        let perWorker = folder == nil ? 4 : 32
        let workers = OrderedWorkers<WorkerPipeline, Outcome>(count: inputs.count, window: perWorker * pipelines.count)
        try workers.run(workers: pipelines, work: { pipeline, index in
            job.process(inputs[index], with: pipeline)
        }, deliver: { index, outcome in
            switch outcome {
            case .processed: summary.processed += 1
            case .skipped: summary.skipped += 1
            case .failed: summary.failed += 1
            }
            try deliver(inputs[index], outcome)
        })
        return summary
    }
}

/// The work done on one input by a worker: everything it needs, immutable and shareable.
private struct Job: @unchecked Sendable {
    let definition: PipelineDefinition
    let options: BatchRunner.Options
    let fingerprint: String
    let folder: OutputFolder?
    let previous: ManifestLog.Previous?

    func process(_ input: BatchInput, with worker: WorkerPipeline) -> BatchRunner.Outcome {
        var entry = ManifestEntry(input: input.name, output: nil, outputBytes: nil, sha256: nil, status: .failed, error: nil,
                                  counts: [:], fingerprint: fingerprint, pipelineName: definition.name, stages: definition.stageNames)
        do {
            let bytes = try input.readBytes(maxBytes: options.maxBytes)
            let sha = SHA256.hex(of: bytes)
            entry.sha256 = sha
            if let folder, let line = previous?.line(of: input.name), let old = ManifestEntry(line: line), old.status == .ok, old.sha256 == sha,
               old.fingerprint == fingerprint, let name = old.output, folder.size(of: name) == old.outputBytes {
                return .skipped(old)
            }
            let started = Deadline.now()
            let reader = DocumentReader(maxBytes: options.maxBytes)
            var document = try reader.document(from: bytes, source: input.source, id: input.id, language: definition.language, sha256: sha)
            if let timeout = options.timeout { document.deadline = Deadline(seconds: timeout, from: started) }
            if let date = options.referenceDate { document.referenceDate = ReferenceDate(value: date, source: .option) }
            try worker.pipeline().process(&document)
            if let ran = document.stageNames { entry.stages = ran }
            var record = RecordWriter(include: options.include, pretty: options.pretty).record(document, stages: definition.stageNames)
            var counts = ["warnings": document.warnings.count]
            for layer in ["tokens", "sentences", "entities", "timexes", "events"] {
                counts[layer] = document.layers.count(of: layer) ?? 0
            }
            entry.counts = counts
            entry.warnings = document.warnings.map(\.message)
            if let folder {
                record.append(0x0A)
                try folder.write(record, to: input.outputName, syncLater: true)
                entry.output = input.outputName
                entry.outputBytes = record.count
            }
            entry.status = .ok
            return .processed(entry: entry, record: folder == nil ? record : [])
        } catch {
            entry.error = "\(error)"
            return .failed(entry)
        }
    }
}

/// A worker's pipeline: given, or built by the worker on its first document and kept for
/// later runs. Used by one thread at a time (a run's workers have all stopped before the next
/// run starts). Should the build fail (it succeeded for the first worker from the same
/// definition: memory, a gazetteer file removed since), each document of that worker fails
/// with the reason and the batch goes on.
private final class WorkerPipeline: @unchecked Sendable {
    let definition: PipelineDefinition
    private var built: Pipeline?

    init(definition: PipelineDefinition, built: Pipeline?) {
        self.definition = definition
        self.built = built
    }

    func pipeline() throws -> Pipeline {
        if let built { return built }
        let made = try definition.makePipeline()
        built = made
        return made
    }
}
