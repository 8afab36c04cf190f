extension PipelineDefinition {
    /// The built-in pipeline set: `pipelines/fr-news.yaml` (primary; also for documents that
    /// give too little evidence), `pipelines/en-news.yaml` for English and
    /// `pipelines/icu-floor.yaml` for every other language, chosen per document by
    /// ``LanguageIdentifier`` unless `forcedLanguage` is given.
    public static func builtInSet(forcedLanguage: String? = nil, registry: StageRegistry = .standard) throws(PipelineFileError) -> PipelineDefinition {
        var primary = try builtIn(registry: registry)
        let english = try PipelineDefinition(yaml: BuiltInPipelines.enNews, source: "<built-in en-news.yaml>",
                                             baseDirectory: nil, registry: registry)
        let floor = try PipelineDefinition(yaml: BuiltInPipelines.icuFloor, source: "<built-in icu-floor.yaml>",
                                           baseDirectory: nil, registry: registry)
        primary.routing = LanguageRouting(pipelines: ["en": english], floor: floor,
                                          identifier: LanguageIdentifier(fallback: primary.language),
                                          forcedLanguage: forcedLanguage)
        return primary
    }
}
