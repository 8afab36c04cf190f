import Foundation
import Yams

/// A pipeline file, parsed and checked against a ``StageRegistry``: the whole pipeline in
/// one value, from which each worker builds its own ``Pipeline``.
///
/// ```yaml
/// version: 1            # the file format's version
/// name: fr-news
/// language: fr
/// stages:               # run in this order
///   - name: segmenter   # a registered stage
///     version: 1        # one of the versions it supports
///     options: { language: fr }
/// ```
///
/// Every problem (unknown key, stage, option or version; a value of the wrong type; a
/// missing file) is a ``PipelineFileError`` naming the file, the position and the key,
/// raised when the file is loaded — before any document is read. Value type, `Sendable`:
/// share one definition between workers and call ``makePipeline()`` once per worker.
public struct PipelineDefinition: Sendable {
    /// One stage of the pipeline: what the registry knows of it and its checked settings.
    public struct Step: Sendable {
        /// The registry entry.
        public var descriptor: StageDescriptor
        /// The version and options from the file, defaults filled in.
        public var settings: StageSettings
    }

    /// Pipeline file format versions this build reads.
    public static let supportedFileVersions = [1]

    /// The file format version (`version:`).
    public var fileVersion: Int
    /// The pipeline's name (`name:`), e.g. `fr-news`.
    public var name: String
    /// Language code of the documents (`language:`), e.g. `fr`.
    public var language: String
    /// The stages in order.
    public var steps: [Step]
    /// Where the definition came from: a path, or `<built-in fr-news.yaml>`.
    public var source: String
    /// Pipelines for other languages: with a routing, every document's language is decided
    /// (identified or forced) and the document runs through its language's pipeline.
    public var routing: LanguageRouting?

    /// Loads the pipeline file at `path`; relative paths inside it are resolved against its folder.
    public init(contentsOf path: String, registry: StageRegistry = .standard) throws(PipelineFileError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
            throw PipelineFileError(file: path, key: "", message: reason)
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw PipelineFileError(file: path, key: "", message: "not UTF-8 text")
        }
        let folder = (path as NSString).deletingLastPathComponent
        try self.init(yaml: yaml, source: path, baseDirectory: folder.isEmpty ? "." : folder, registry: registry)
    }

    /// Parses pipeline YAML read from `source` (named in errors); relative paths in options are
    /// resolved against `baseDirectory` (nil: left relative to the working directory).
    public init(yaml: String, source: String, baseDirectory: String?,
                registry: StageRegistry = .standard) throws(PipelineFileError) {
        let parser = PipelineFileParser(source: source, baseDirectory: baseDirectory, registry: registry)
        let parsed = try parser.parse(yaml)
        fileVersion = parsed.fileVersion
        name = parsed.name
        language = parsed.language
        steps = parsed.steps
        self.source = source
    }

    /// The default pipeline compiled into the binary (`pipelines/fr-news.yaml`).
    public static func builtIn(registry: StageRegistry = .standard) throws(PipelineFileError) -> PipelineDefinition {
        try PipelineDefinition(yaml: BuiltInPipelines.frNews, source: "<built-in fr-news.yaml>",
                               baseDirectory: nil, registry: registry)
    }

    /// Builds a pipeline for one worker: fresh stage instances, chain checked.
    public func makePipeline() throws -> Pipeline {
        var stages: [any Stage] = []
        for step in steps {
            do { stages.append(try step.descriptor.make(step.settings)) } catch {
                throw PipelineFileError(file: source, key: "stages[\(stages.count)]",
                                        message: "cannot build stage \(step.settings.qualifiedName): \(error)")
            }
        }
        return try Pipeline(stages: stages, definition: self)
    }

    /// Changes option `option` of every stage named `stage` (command-line overrides such as
    /// `--gazetteer`), here and in the pipelines of its ``routing``, so that every routed
    /// language gets it. Throws if no pipeline has such a stage or the stage no such option.
    public mutating func setOption(_ option: String, ofStage stage: String, to value: StageOptionValue) throws(PipelineFileError) {
        var found = try setOwnOption(option, ofStage: stage, to: value)
        if let routing {
            var pipelines = routing.pipelines
            for code in pipelines.keys {
                if try pipelines[code]!.setOwnOption(option, ofStage: stage, to: value) { found = true }
            }
            var floor = routing.floor
            if try floor?.setOwnOption(option, ofStage: stage, to: value) == true { found = true }
            self.routing = LanguageRouting(pipelines: pipelines, floor: floor, identifier: routing.identifier,
                                           forcedLanguage: routing.forcedLanguage)
        }
        if !found { throw PipelineFileError(file: source, key: "stages", message: "the pipeline has no stage '\(stage)'") }
    }

    /// Sets the option on this pipeline's own stages; false when it has no stage `stage`.
    private mutating func setOwnOption(_ option: String, ofStage stage: String, to value: StageOptionValue) throws(PipelineFileError) -> Bool {
        var found = false
        for i in steps.indices where steps[i].settings.name == stage {
            guard steps[i].descriptor.option(named: option) != nil else {
                throw PipelineFileError(file: source, key: "stages[\(i)].options",
                                        message: "stage \(stage) has no option '\(option)'")
            }
            steps[i].settings.values[option] = value
            found = true
        }
        return found
    }

    /// `name@version` of each stage, in order.
    public var stageNames: [String] { steps.map(\.settings.qualifiedName) }

    /// SHA-256 (hex) of everything that decides the output: the library version, the file
    /// version, name, language, stages with their versions and options, and the contents of
    /// files named by path options. Two runs with the same fingerprint on the same bytes
    /// write the same record.
    public var fingerprint: String {
        var w = JSONWriter()
        w.beginObject()
        w.field("fileVersion", fileVersion)
        w.field("gazette", GazetteVersion.string)
        w.field("language", language)
        w.field("name", name)
        if let routing { w.field("routing", routing.fingerprint) }
        w.key("stages")
        w.beginArray()
        for step in steps {
            w.beginObject()
            w.field("name", step.settings.name)
            w.key("options")
            w.beginObject()
            for key in step.settings.values.keys.sorted() {
                w.key(key)
                step.settings.values[key]!.write(&w)
                if step.descriptor.option(named: key)?.type == .paths, case let .strings(paths)? = step.settings.values[key] {
                    w.key(key + "#sha256")
                    w.beginArray()
                    for path in paths {
                        let bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
                        w.string(bytes.map { SHA256.hex(of: $0) } ?? "missing")
                    }
                    w.endArray()
                }
            }
            w.endObject()
            w.field("version", step.settings.version)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return SHA256.hex(of: w.bytes)
    }

    /// `name@` and the first 12 hex digits of the ``fingerprint``, as manifests write it.
    public var identity: String { "\(name)@\(fingerprint.prefix(12))" }
}
