import ICUText

/// The built-in gazetteers, embedded in the library so that `ingest` works from any folder.
///
/// * Countries and territories: their names in the document's language from ICU's locale
///   data, generated at run time (no data file), ids `iso3166:XX`.
/// * `pipelines/gazetteers/*.tsv`: country aliases and Wikidata ids, cities from GeoNames
///   cities15000 (CC BY 4.0), and curated people, organisations, products and events. They
///   are compiled into `DefaultGazetteers.embedded` by `scripts/embed-gazetteers.py`
///   (checked in; `--check` tells whether it is up to date).
public enum DefaultGazetteers {
    /// The default sources for `language` (an ICU locale), in priority order: the country
    /// names in that language first (they give the canonical names), then the embedded lists.
    public static func sources(language: String = "fr") -> [GazetteerSource] {
        var result = [countries(displayLocale: language, excluding: EntityRules.forLanguage(language).regionsNotNamedByICU)]
        for (name, text) in embedded {
            result.append(GazetteerSource(name: "default:\(name)", format: .tsv, bytes: Array(text.utf8)))
        }
        return result
    }

    /// Countries and territories named in `displayLocale`, as a TSV source. Codes in
    /// `excluding`, codes that ICU cannot name and names equal to the code are left out.
    public static func countries(displayLocale: String, excluding: Set<String> = []) -> GazetteerSource {
        var tsv = "#id\ttype\tname\taliases\n"
        for code in LocaleData.regionCodes() where !excluding.contains(code) {
            guard let name = (try? LocaleData.regionName(code, in: displayLocale)) ?? nil else { continue }
            let clean = name.replacingTabs
            tsv += "iso3166:\(code)\tLOC\t\(clean)\t\n"
        }
        return GazetteerSource(name: "icu:regions@\(displayLocale)", format: .tsv, bytes: Array(tsv.utf8))
    }
}

extension String {
    var replacingTabs: String { String(unicodeScalars.map { $0 == "\t" || $0 == "\n" || $0 == "|" ? " " : Character($0) }) }
}

extension EntityRecognizer {
    /// The entity stage for `language` (an ICU locale: ``EntityRules/forLanguage(_:)``):
    /// `extra` gazetteers first (they win ties and define merged ids), then the defaults in
    /// that language unless `includeDefaults` is false; compiled through `cache` when given.
    public static func forLanguage(_ language: String, extra: [GazetteerSource] = [], includeDefaults: Bool = true,
                                   cache: GazetteerCache? = nil) throws(GazetteerError) -> EntityRecognizer {
        let sources = extra + (includeDefaults ? DefaultGazetteers.sources(language: language) : [])
        let rules = EntityRules.forLanguage(language)
        let compiled = try CompiledGazetteer.load(sources: sources, rules: rules, cache: cache)
        return EntityRecognizer(gazetteer: compiled, rules: rules)
    }

    /// The French entity stage (``forLanguage(_:extra:includeDefaults:cache:)`` for `fr`).
    public static func french(extra: [GazetteerSource] = [], includeDefaults: Bool = true,
                              cache: GazetteerCache? = nil) throws(GazetteerError) -> EntityRecognizer {
        try forLanguage("fr", extra: extra, includeDefaults: includeDefaults, cache: cache)
    }
}
