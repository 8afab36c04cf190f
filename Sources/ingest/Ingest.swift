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

        With --output FOLDER, each input's record goes to its own JSON file below FOLDER \
        (mirroring the input's path relative to its folder, written atomically) and \
        FOLDER/manifest.jsonl gets one line per input (status, error, sha256, counts, pipeline). \
        A rerun skips inputs whose output is up to date (same bytes, same pipeline and options), \
        so an interrupted batch is resumed by running the same command again. --jobs N workers \
        give byte-identical output to one worker.

        The built-in pipelines route each document by its language (identified, or --language): \
        pipelines/fr-news.yaml for French, pipelines/en-news.yaml for English, \
        pipelines/icu-floor.yaml (ICU words, sentences, gazetteers, dates) for others. \
        --pipeline FILE runs that file for every document; \
        a pipeline file that cannot be used is reported (file, line, key) before any input is read.

        Examples:
          ingest corpus/fr/openai-2023-11.fr.txt > events.json
          ingest --include tokens,sentences article.txt
          cat article.txt | ingest -
          ingest --format jsonl corpus/ > records.jsonl
          ingest corpus/ --output out/ --jobs 4
          ingest --stream < documents.jsonl > records.jsonl

        Exit status: 0 when every input was processed, 1 when an input failed (the others are \
        still processed), 64 for a usage error or an unusable pipeline file. --stream exits 0 \
        even when lines fail: each failed line gets an error record.
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

    @Option(help: "Largest input accepted, in bytes (with --stream: the longest input line).")
    var maxBytes: Int = DocumentReader.defaultMaxBytes

    @Option(help: ArgumentHelp("Time budget per document, in seconds (0: none); a document over it fails with an error naming it and the others go on.", valueName: "SECONDS"))
    var timeout: Double = 120

    @Option(help: ArgumentHelp("Pipeline file to run instead of the built-in pipelines/fr-news.yaml.", valueName: "FILE"))
    var pipeline: String?

    @Option(help: ArgumentHelp("Language of every document (fr, en, or any ICU locale code such as de, zh), instead of identifying it per document; with the built-in pipelines it chooses the pipeline.", valueName: "CODE"))
    var language: String?

    @Option(help: ArgumentHelp("Write one JSON file per input below this folder (mirroring the inputs' relative paths) and manifest.jsonl; a rerun skips inputs whose output is up to date.", valueName: "FOLDER"))
    var output: String?

    @Option(help: ArgumentHelp("Worker threads (default: the number of cores).", valueName: "N"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "List the registered stages, their versions and options, and exit.")
    var listStages = false

    @OptionGroup var gazetteers: GazetteerOptions

    @Flag(name: .shortAndLong, help: "Log each document on standard error.")
    var verbose = false

    func validate() throws {
        if listStages { return }
        if stream && !inputs.isEmpty { throw ValidationError("--stream reads standard input; give no INPUT") }
        if stream && output != nil { throw ValidationError("--stream writes standard output; --output needs INPUT files or folders") }
        if !stream && inputs.isEmpty { throw ValidationError("give at least one INPUT (a file, a folder or -), or --stream") }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if jobs <= 0 { throw ValidationError("--jobs must be positive") }
        if !(timeout >= 0) || !timeout.isFinite { throw ValidationError("--timeout must be a number of seconds, 0 or more") }
        if let language, language.isEmpty || !language.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == "_") }) {
            throw ValidationError("--language takes a language code such as fr, en, de or zh-Hant")
        }
        if inputs.filter({ $0 == "-" }).count > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        if listStages {
            print(StageListing.text(StageRegistry.standard))
            return
        }
        // The inputs are listed on another core while the pipeline is built (neither needs
        // the other): a folder of a thousand articles takes about 5 ms to list.
        let listing = stream ? nil : Background { [inputs, output] in InputWalker(excluding: output).inputs(for: inputs) }
        let (definition, built) = try loadPipeline()
        AllocatorPolicy.keepFreedMemory()
        if let listing {
            try runBatch(definition, built: built, inputs: listing.value)
        } else {
            try runStream(built)
        }
    }
}

/// `--include tokens,sentences`.
struct IncludeOption: ExpressibleByArgument, CustomStringConvertible {
    var set: RecordWriter.Include = []

    var description: String {
        let names = [set.contains(.tokens) ? "tokens" : nil, set.contains(.sentences) ? "sentences" : nil].compactMap { $0 }
        return names.isEmpty ? "none" : names.joined(separator: ",")
    }

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
        guard ReferenceDate.isValid(argument) else { return nil }
        value = argument
    }
}
