import ICUText

/// The gazetteers of the default French pipeline, embedded in the library so that `ingest`
/// works from any folder.
///
/// * Countries and territories: their French names from ICU's locale data, generated at run
///   time (no data file), ids `iso3166:XX`.
/// * `pipelines/gazetteers/*.tsv`: country aliases and Wikidata ids, cities from GeoNames
///   cities15000 (CC BY 4.0), and curated people, organisations, products and events. They
///   are compiled into `DefaultGazetteers.embedded` by `scripts/embed-gazetteers.py`
///   (checked in; `--check` tells whether it is up to date).
public enum DefaultGazetteers {
    /// The default sources for `language` (only `fr` has any), in priority order.
    public static func sources(language: String = "fr") -> [GazetteerSource] {
        guard language == "fr" else { return [] }
        var result = [countries(displayLocale: language, excluding: FrenchEntityData.regionsNotNamedByICU)]
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
    /// The French entity stage: `extra` gazetteers first (they win ties and define merged
    /// ids), then the defaults unless `includeDefaults` is false; compiled through `cache`
    /// when given.
    public static func french(extra: [GazetteerSource] = [], includeDefaults: Bool = true,
                              cache: GazetteerCache? = nil) throws(GazetteerError) -> EntityRecognizer {
        let sources = extra + (includeDefaults ? DefaultGazetteers.sources(language: "fr") : [])
        let rules = EntityRules.french
        let compiled = try CompiledGazetteer.load(sources: sources, rules: rules, cache: cache)
        return EntityRecognizer(gazetteer: compiled, rules: rules)
    }
}
