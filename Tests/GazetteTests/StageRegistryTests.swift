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
