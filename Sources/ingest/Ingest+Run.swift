import ArgumentParser
import Foundation
import Gazette
import Logging

extension Ingest {
    /// The pipeline file (`--pipeline`, else the built-in one), checked by building it before
    /// any input is read (the pipeline built is the first worker's). A broken file is reported
    /// with its name and key, and exits with 64.
    func loadPipeline() throws -> (PipelineDefinition, Pipeline) {
        do {
            var definition = try pipeline.map { try PipelineDefinition(contentsOf: $0) } ?? PipelineDefinition.builtInSet()
            if let language {
                definition.routing = definition.routing?.forcing(language)
                    ?? LanguageRouting(pipelines: [:], floor: nil, forcedLanguage: language)
            }
            try gazetteers.apply(to: &definition)
            return (definition, try definition.makePipeline())
        } catch {
            Diagnostics.error("pipeline: \(error)")
            throw ExitCode(64)
        }
    }

    /// `--stream`: JSON Lines in, one record per line out.
    func runStream(_ pipeline: Pipeline) throws {
        let logger = Logger(label: "ingest")
        let failures = try StreamMode(pipeline: pipeline, writer: RecordWriter(include: include.set),
                                      defaultReferenceDate: referenceDate?.value, maxLineBytes: maxBytes,
                                      timeout: timeoutSeconds).run()
        if failures > 0 { logger.warning("\(failures) stream line(s) failed; see their error records") }
    }

    /// Files and folders: records on standard output in input order, or one file per input
    /// under `--output` with a manifest.
    func runBatch(_ definition: PipelineDefinition, built: Pipeline, inputs: [BatchInput]) throws {
        let singleFile = inputs.count == 1 && !self.inputs.contains(where: Self.isDirectory)
        let pretty = (format ?? (output != nil || singleFile ? .json : .jsonl)) == .json
        let options = BatchRunner.Options(jobs: min(jobs, max(1, inputs.count)), maxBytes: maxBytes, include: include.set,
                                          pretty: pretty, referenceDate: referenceDate?.value, timeout: timeoutSeconds)
        let runner: BatchRunner
        do { runner = try BatchRunner(definition: definition, options: options, built: built) } catch {
            Diagnostics.error("pipeline: \(error)")
            throw ExitCode(64)
        }
        let logger = Logger(label: "ingest")
        let progress = ProgressBar(total: inputs.count)
        let report = { (input: BatchInput, outcome: BatchRunner.Outcome) in
            let entry = outcome.entry
            if !entry.warnings.isEmpty { progress.clearLine() }
            for warning in entry.warnings where !(outcome.isSkipped) {
                Diagnostics.warning(warning.hasPrefix(input.source) ? warning : "\(input.source): \(warning)")
            }
            if let error = entry.error {
                progress.clearLine()
                Diagnostics.error(error.hasPrefix(input.source) ? error : "\(input.source): \(error)")
            } else if verbose {
                progress.clearLine()
                let state = if case .skipped = outcome { "up to date" } else { "ok" }
                logger.info("\(input.source): \(state), \(entry.counts["tokens"] ?? 0) tokens, \(entry.counts["sentences"] ?? 0) sentences")
            }
            progress.advance()
        }
        let summary: BatchRunner.Summary
        if let output {
            let folder: OutputFolder
            do { folder = try OutputFolder(path: output) } catch {
                Diagnostics.error(error.description)
                throw ExitCode(1)
            }
            do { summary = try runner.run(inputs, into: folder, report: report) } catch {
                progress.finish()
                Diagnostics.error("\(error)")
                throw ExitCode(1)
            }
            progress.finish()
            if summary.failed > 0 || verbose || progress.isShown {
                logger.info("\(summary.processed) processed, \(summary.skipped) up to date, \(summary.failed) failed; manifest: \(output)/\(Manifest.fileName)")
            }
        } else {
            let out = StandardOutput()
            do {
                summary = try runner.run(inputs) { input, outcome in
                    if case let .processed(_, record) = outcome {
                        try out.write(record + [0x0A])
                    }
                    report(input, outcome)
                }
            } catch {
                progress.finish()
                Diagnostics.error("\(error)")
                throw ExitCode(1)
            }
            progress.finish()
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }

    /// `--timeout`, nil for 0 (no limit).
    var timeoutSeconds: Double? { timeout > 0 ? timeout : nil }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}

/// `ingest --list-stages`.
enum StageListing {
    static func text(_ registry: StageRegistry) -> String {
        var lines: [String] = []
        for name in registry.names {
            let d = registry[name]!
            lines.append("\(name) (versions: \(d.versions.map(String.init).joined(separator: ", ")))")
            for option in d.options {
                var line = "  \(option.name): \(option.type), default \(option.defaultValue)"
                if let allowed = option.allowedValues { line += " (one of: \(allowed.joined(separator: ", ")))" }
                lines.append(line + " — " + option.help)
            }
        }
        return lines.joined(separator: "\n")
    }
}
