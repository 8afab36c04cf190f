import Foundation
import ICUText

extension EntityRecognizer {
    /// The registry entry: `entities@1`, options `language` (whose rules and country names),
    /// `gazetteers` (files to add), `defaultGazetteers` (whether to load the built-in lists) and
    /// `cache` (keep compiled gazetteers on disk).
    ///
    /// Workers share one recognizer per set of gazetteers (it holds only immutable data), so
    /// a large gazetteer is compiled or loaded once per process, not once per worker.
    public static let descriptor = StageDescriptor(
        name: name,
        versions: [version],
        options: [
            StageOption("language", .string, default: .string("fr"), allowedValues: ["en", "fr", "icu"],
                        help: "Language of the name rules (common words, particles, month and weekday names) and of the built-in country names (icu: ICU's names for the document's language; a pipeline set replaces it by the document's language)."),
            StageOption("gazetteers", .paths, default: .strings([]),
                        help: "Gazetteer files to add: TSV (id, type, name, aliases, key=value…) or spaCy EntityRuler patterns (.jsonl); they win ties over the built-in lists."),
            StageOption("defaultGazetteers", .bool, default: .bool(true),
                        help: "Also load the built-in gazetteers: countries (ICU), cities (GeoNames cities15000), curated people, organisations, products."),
            StageOption("cache", .bool, default: .bool(true),
                        help: "Keep compiled gazetteers by content hash in $XDG_CACHE_HOME/gazette or ~/.cache/gazette (skipped when neither is set)."),
        ]
    ) { settings in
        let language = settings.string("language") ?? "fr"
        return try shared(language: language == "icu" ? "und" : language, files: settings.strings("gazetteers") ?? [],
                          defaults: settings.bool("defaultGazetteers") ?? true, cache: settings.bool("cache") ?? true)
    }
}

extension EntityRecognizer {
    /// One recognizer per language and set of gazetteer files in a process, shared by workers.
    static let sharedRecognizers = SharedInstances<EntityRecognizer>()

    /// The shared recognizer for `language` and `files` (and the built-in lists when
    /// `defaults`); files are keyed by path, size and modification time, so an edited file is
    /// compiled again.
    static func shared(language: String, files: [String], defaults: Bool, cache: Bool) throws(GazetteerError) -> EntityRecognizer {
        var key = "\(language)|\(defaults)|\(cache)"
        for path in files {
            var info = stat()
            let stamp = stat(path, &info) == 0 ? "\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "?"
            key += "|\(path)@\(stamp)"
        }
        return try sharedRecognizers.value(for: key) { () throws(GazetteerError) in
            let sources = try files.map { (path) throws(GazetteerError) in try GazetteerSource(contentsOf: path) }
            let directory = cache ? GazetteerCache.defaultDirectory(environment: ProcessInfo.processInfo.environment) : nil
            return try EntityRecognizer.forLanguage(language, extra: sources, includeDefaults: defaults, cache: directory.map(GazetteerCache.init))
        }
    }
}
