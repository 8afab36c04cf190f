import Testing
@testable import Gazette

/// A stage for registry tests: counts documents, adds nothing.
final class CountingStage: Stage {
    static let name = "counter"
    static let version = 2
    let requires = ["tokens"]
    let produces: [String] = []
    let label: String
    let paths: [String]
    init(label: String, paths: [String]) { self.label = label; self.paths = paths }
    func process(_ document: inout Document) throws {
        if document.id == "fail" { throw GazetteError.stageFailed(stage: "counter@2", document: document.id, reason: "asked to") }
    }

    static let descriptor = StageDescriptor(
        name: name, versions: [1, 2],
        options: [StageOption("label", .string, default: .string("x"), help: "A label."),
                  StageOption("files", .paths, default: .strings([]), help: "Files."),
                  StageOption("strict", .bool, default: .bool(false), help: "A flag.")]
    ) { settings in CountingStage(label: settings.string("label")!, paths: settings.strings("files")!) }
}

@Suite struct StageRegistryTests {
    @Test func standardRegistryListsTheShippedStages() {
        #expect(StageRegistry.standard.names == ["entities", "events", "segmenter", "timex"])
        #expect(StageRegistry.standard["segmenter"]?.versions == [1])
        #expect(StageRegistry.standard["segmenter"]?.options.map(\.name) == ["language"])
    }

    @Test func aRegisteredStageIsUsableFromAFile() throws {
        var registry = StageRegistry.standard
        registry.register(CountingStage.descriptor)
        let yaml = """
        version: 1
        name: custom
        language: fr
        stages:
          - name: segmenter
            version: 1
          - name: counter
            version: 2
            options: { label: hello, files: [a.txt, /abs/b.txt], strict: true }
        """
        let d = try PipelineDefinition(yaml: yaml, source: "dir/custom.yaml", baseDirectory: "dir", registry: registry)
        let pipeline = try d.makePipeline()
        let counter = try #require(pipeline.stages.last as? CountingStage)
        #expect(counter.label == "hello")
        #expect(counter.paths == ["dir/a.txt", "/abs/b.txt"])
        #expect(d.stageNames == ["segmenter@1", "counter@2"])
        // Each call builds new instances: one per worker.
        let other = try d.makePipeline()
        #expect(other.stages.last !== pipeline.stages.last)
    }

    @Test func workersShareTheStagesImmutableData() throws {
        func pipeline(_ language: String) throws -> Pipeline {
            let stages = ["segmenter", "entities", "timex", "events"].map { "  - {name: \($0), version: 1, options: {language: \(language)}}" }
            let yaml = "version: 1\nname: \(language)\nlanguage: \(language)\nstages:\n" + stages.joined(separator: "\n") + "\n"
            return try PipelineDefinition(yaml: yaml, source: "\(language).yaml", baseDirectory: nil).makePipeline()
        }
        let first = try pipeline("fr"), second = try pipeline("fr"), english = try pipeline("en")
        // The compiled gazetteer and the event tables: one instance per language.
        #expect(first.stages[1] === second.stages[1] && first.stages[3] === second.stages[3])
        #expect(first.stages[1] !== english.stages[1] && first.stages[3] !== english.stages[3])
        // Stages with scratch state are the worker's own; the date vocabulary is shared.
        #expect(first.stages[0] !== second.stages[0] && first.stages[2] !== second.stages[2])
        let timex = try [first, second, english].map { try #require($0.stages[2] as? TimexStage) }
        #expect(timex[0].lexicon === timex[1].lexicon && timex[0].lexicon !== timex[2].lexicon)
    }

    @Test(arguments: [("strict: yes please", "expected true or false"), ("strict: 1", "expected true or false"),
                      ("files: a.txt", "expected a list of file paths"), ("files: ['']", "non-empty")])
    func optionTypesAreChecked(option: String, words: String) {
        var registry = StageRegistry.standard
        registry.register(CountingStage.descriptor)
        let yaml = "version: 1\nname: c\nlanguage: fr\nstages:\n  - {name: segmenter, version: 1}\n  - name: counter\n    version: 1\n    options:\n      \(option)\n"
        #expect {
            _ = try PipelineDefinition(yaml: yaml, source: "c.yaml", baseDirectory: nil, registry: registry)
        } throws: { error in
            (error as? PipelineFileError)?.message.contains(words) == true
        }
    }

    @Test func chainIsCheckedWhenThePipelineIsBuilt() throws {
        var registry = StageRegistry.standard
        registry.register(CountingStage.descriptor)
        let yaml = "version: 1\nname: c\nlanguage: fr\nstages:\n  - {name: counter, version: 2}\n"
        let d = try PipelineDefinition(yaml: yaml, source: "c.yaml", baseDirectory: nil, registry: registry)
        #expect(throws: PipelineError.missingLayers(stage: "counter@2", missing: ["tokens"], available: [])) {
            _ = try d.makePipeline()
        }
    }
}
