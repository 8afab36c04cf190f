import ArgumentParser
import Foundation
import Gazette

/// `--gazetteer FILE` (repeatable) and `--no-default-gazetteers`.
struct GazetteerOptions: ParsableArguments {
    @Option(name: .customLong("gazetteer"),
            help: ArgumentHelp("A gazetteer to add: TSV (id, type, name, aliases, key=value…) or spaCy EntityRuler patterns (.jsonl). Repeatable; these win ties over the defaults.", valueName: "FILE"))
    var files: [String] = []

    @Flag(name: .customLong("no-default-gazetteers"), help: "Do not load the built-in gazetteers (countries, cities, curated people, organisations, products).")
    var noDefaults = false

    /// `definition` with these flags applied to its `entities` stage (if it has one).
    func apply(to definition: inout PipelineDefinition) throws {
        guard definition.stageNames.contains(where: { $0.hasPrefix("entities@") }) else {
            if !files.isEmpty || noDefaults {
                throw ValidationError("--gazetteer and --no-default-gazetteers need a pipeline with an entities stage")
            }
            return
        }
        if !files.isEmpty {
            let cwd = FileManager.default.currentDirectoryPath
            let absolute = files.map { $0.hasPrefix("/") ? $0 : cwd + "/" + $0 }
            try definition.setOption("gazetteers", ofStage: "entities", to: .strings(absolute))
        }
        if noDefaults { try definition.setOption("defaultGazetteers", ofStage: "entities", to: .bool(false)) }
    }
}
