import ArgumentParser
import Foundation
import Gazette
import Logging

/// `ingest`: news articles in, `gazette/1` records out.
@main
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Turn French news articles into structured records: tokens, sentences, entities, dates, events.",
        discussion: """
        Reads each INPUT (a file, a folder searched for .txt files in sorted order, or - for \
        standard input), decodes it (UTF-8, UTF-16 with BOM, or a legacy charset detected by ICU, \
        with a warning) and prints one gazette/1 record per document on standard output. \
        Offsets are Unicode scalars, half-open. Logs and errors go to standard error.

        Examples:
          ingest corpus/fr/openai-2023-11.fr.txt > events.json
          ingest --include tokens,sentences article.txt
          cat article.txt | ingest -
          ingest --format jsonl corpus/ > records.jsonl

        Exit status: 0 when every input was processed, 1 when an input failed (the others are \
        still processed), 64 for a usage error.
        """,
        version: GazetteVersion.string
    )

    @Argument(help: ArgumentHelp("Files, folders (every .txt below, sorted) or - for standard input.", valueName: "INPUT"))
    var inputs: [String] = []

    @Flag(help: "Read JSON Lines {\"id\", \"text\", \"referenceDate\"} on standard input and write one record per line, in order (for Spark's RDD.pipe and Hadoop Streaming).")
    var stream = false

    @Option(help: ArgumentHelp("Optional layers to add to each record, comma-separated: tokens, sentences.", valueName: "LAYERS"))
    var include: IncludeOption = IncludeOption()

    @Option(help: "Output format: json (one indented record; the default for one input) or jsonl (one record per line; the default for several).")
    var format: OutputFormat?

    @Option(help: ArgumentHelp("Reference date of the documents (ISO 8601 date or local date-time, e.g. 2023-11-21).", valueName: "DATE"))
    var referenceDate: ReferenceDateOption?

    @Option(help: "Largest input accepted, in bytes.")
    var maxBytes: Int = DocumentReader.defaultMaxBytes

    @OptionGroup var gazetteers: GazetteerOptions

    @Flag(name: .shortAndLong, help: "Log each document on standard error: tokens, sentences, entities and the time of each stage.")
    var verbose = false

    func validate() throws {
        if stream && !inputs.isEmpty { throw ValidationError("--stream reads standard input; give no INPUT") }
        if !stream && inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a folder or -), or --stream") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        let logger = Logger(label: "ingest")
        if stream {
            let pipeline: Pipeline
            do { pipeline = try gazetteers.pipeline() } catch {
                Diagnostics.error("cannot build the pipeline: \(error)")
                throw ExitCode(1)
            }
            let failures = try StreamMode(pipeline: pipeline, writer: RecordWriter(include: include.set),
                                          defaultReferenceDate: referenceDate?.value).run()
            if failures > 0 { logger.warning("\(failures) stream line(s) failed; see their error records") }
            return
        }
        let (files, missing) = InputDiscovery.expand(inputs)
        var failed = !missing.isEmpty
        for problem in missing { Diagnostics.error(problem) }
        let format = self.format ?? (files.count == 1 && !inputs.contains(where: InputDiscovery.isDirectory) ? .json : .jsonl)
        let writer = RecordWriter(include: include.set, pretty: format == .json)
        let reader = DocumentReader(maxBytes: maxBytes)
        let pipeline: Pipeline
        do { pipeline = try gazetteers.pipeline() } catch {
            Diagnostics.error("cannot build the pipeline: \(error)")
            throw ExitCode(1)
        }
        let stageNames = pipeline.stages.map(\.qualifiedName)
        let out = StandardOutput()
        for file in files {
            do {
                var document = try reader.read(path: file)
                if let date = referenceDate { document.referenceDate = ReferenceDate(value: date.value, source: .option) }
                var timings: [String] = []
                let megabytes = Double(document.text.utf8Count) / 1e6
                try pipeline.process(&document, timing: verbose ? { name, seconds in
                    timings.append("\(name) \(String(format: "%.3f", seconds)) s (\(String(format: "%.1f", megabytes / max(seconds, 1e-9))) MB/s)")
                } : nil)
                for warning in document.warnings { logger.warning("\(warning.message)") }
                if verbose { logger.info("\(file): \(document.tokens?.count ?? 0) tokens, \(document.sentences?.count ?? 0) sentences, \(document.entities?.count ?? 0) entities; \(timings.joined(separator: ", "))") }
                var bytes = writer.record(document, stages: stageNames)
                bytes.append(0x0A)
                try out.write(bytes)
            } catch let error as GazetteError {
                Diagnostics.error(error.description)
                failed = true
            } catch let error as StandardOutput.Failure {
                Diagnostics.error(error.description)
                throw ExitCode(1)
            }
        }
        if failed { throw ExitCode(1) }
    }
}

/// `--include tokens,sentences`.
struct IncludeOption: ExpressibleByArgument {
    var set: RecordWriter.Include = []

    init() {}

    init?(argument: String) {
        for name in argument.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            switch name {
            case "tokens": set.insert(.tokens)
            case "sentences": set.insert(.sentences)
            default: return nil
            }
        }
    }

    static var allValueStrings: [String] { ["tokens", "sentences"] }
}

/// `--format json|jsonl`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl
}

/// `--reference-date 2023-11-21` or `2013-02-12T04:30:00`.
struct ReferenceDateOption: ExpressibleByArgument {
    let value: String

    init?(argument: String) {
        guard ReferenceDateOption.isValid(argument) else { return nil }
        value = argument
    }

    /// `YYYY-MM-DD` with an optional `THH:MM[:SS]`, with a real month and day.
    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let date = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
              let y = Int(date[0]), let m = Int(date[1]), let d = Int(date[2]),
              (1...12).contains(m), d >= 1, d <= CalendarMath.daysInMonth(year: y, month: m) else { return false }
        guard parts.count == 2 else { return true }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2 || time.count == 3, time.allSatisfy({ $0.count == 2 && Int($0) != nil }) else { return false }
        return Int(time[0])! < 24 && Int(time[1])! < 60 && (time.count == 2 || Int(time[2])! < 60)
    }
}
