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

    /// The French pipeline with these gazetteers; compiled gazetteers are cached under
    /// $XDG_CACHE_HOME/gazette or ~/.cache/gazette when one of them is set.
    func pipeline() throws -> Pipeline {
        let sources = try files.map { (path) throws(GazetteerError) in try GazetteerSource(contentsOf: path) }
        let cache = GazetteerCache.defaultDirectory(environment: ProcessInfo.processInfo.environment).map(GazetteerCache.init)
        return try Pipeline.french(entities: EntityRecognizer.french(extra: sources, includeDefaults: !noDefaults, cache: cache))
    }
}
