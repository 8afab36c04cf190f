import Foundation
import Testing
@testable import Gazette

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

@Suite struct PipelineFileTests {
    @Test func builtInMatchesTheFileInTheRepository() throws {
        let file = try String(contentsOfFile: repositoryRoot + "/pipelines/fr-news.yaml", encoding: .utf8)
        #expect(BuiltInPipelines.frNews == file)
    }

    @Test func builtInLoads() throws {
        let definition = try PipelineDefinition.builtIn()
        #expect(definition.name == "fr-news")
        #expect(definition.language == "fr")
        #expect(definition.fileVersion == 1)
        #expect(definition.stageNames == ["segmenter@1", "entities@1", "timex@1", "events@1"])
        let pipeline = try Pipeline.french()
        #expect(pipeline.stages.map(\.qualifiedName) == definition.stageNames)
        #expect(pipeline.definition?.fingerprint == definition.fingerprint)
    }

    static let valid = """
    version: 1
    name: test
    language: fr
    stages:
      - name: segmenter
        version: 1
        options:
          language: fr
    """

    /// (YAML, key named in the error, words of the message, line)
    static let broken: [(String, String, String, Int?)] = [
        ("", "", "empty", nil),
        ("version: 1\nname: t\nlanguage: fr\nstages: [ {name: segmenter, version: 1}\n", "", "not valid YAML", nil),
        ("- a\n- b\n", "", "expected a mapping", 1),
        ("name: t\nlanguage: fr\nstages: []\n", "", "no 'version:'", 1),
        ("version: 2\nname: t\nlanguage: fr\nstages: []\n", "version", "unsupported pipeline file version '2'", 1),
        ("version: one\nname: t\nlanguage: fr\nstages: []\n", "version", "unsupported pipeline file version 'one'", 1),
        ("version: 1\nname: t\nlanguage: fr\nstages: []\nextra: 1\n", "extra", "unknown key 'extra'", 5),
        ("version: 1\nname: t\nlanguage: fr\nstages: []\n", "stages", "empty", 4),
        ("version: 1\nlanguage: fr\nstages: [{name: segmenter, version: 1}]\n", "name", "missing", 1),
        ("version: 1\nname: t\nname: u\nlanguage: fr\nstages: [{name: segmenter, version: 1}]\n", "name", "duplicate key", 3),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmentor\n    version: 1\n", "stages[0].name", "unknown stage 'segmentor' (registered: ", 5),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 3\n", "stages[0].version", "unsupported version '3' of stage segmenter (supported: 1)", 6),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n", "stages[0]", "no 'version:' for stage segmenter", 5),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 1\n    options:\n      langage: fr\n", "stages[0].options.langage", "unknown option 'langage' for stage segmenter (accepted: language)", 8),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 1\n    options:\n      language: xx\n", "stages[0].options.language", "unsupported value 'xx' (accepted: en, fr, icu)", 8),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 1\n    options:\n      language: [fr]\n", "stages[0].options.language", "expected a string", 8),
        ("version: 1\nname: t\nlanguage: fr\nstages:\n  - name: segmenter\n    version: 1\n    extra: 1\n", "stages[0].extra", "unknown key 'extra'", 7),
    ]

    @Test(arguments: broken)
    func brokenFilesNameTheFileAndTheKey(yaml: String, key: String, words: String, line: Int?) {
        #expect {
            _ = try PipelineDefinition(yaml: yaml, source: "p.yaml", baseDirectory: nil)
        } throws: { error in
            guard let error = error as? PipelineFileError else { return false }
            let ok = error.file == "p.yaml" && error.key == key && error.message.contains(words)
                && (line == nil || error.line == line) && error.description.hasPrefix("p.yaml")
            if !ok { print("unexpected: \(error)") }
            return ok
        }
    }

    @Test func missingFileIsNamed() {
        #expect {
            _ = try PipelineDefinition(contentsOf: "/nonexistent/p.yaml")
        } throws: { error in
            (error as? PipelineFileError)?.description == "/nonexistent/p.yaml: no such file"
        }
    }

    @Test func validFileLoadsAndOptionsGetDefaults() throws {
        let d = try PipelineDefinition(yaml: Self.valid, source: "p.yaml", baseDirectory: nil)
        #expect(d.steps.map(\.settings.values) == [["language": .string("fr")]])
        let noOptions = try PipelineDefinition(yaml: "version: 1\nname: t\nlanguage: fr\nstages: [{name: segmenter, version: 1}]\n",
                                               source: "q.yaml", baseDirectory: nil)
        #expect(noOptions.steps[0].settings.string("language") == "fr")
    }

    @Test func fingerprintFollowsWhatDecidesTheOutput() throws {
        let a = try PipelineDefinition(yaml: Self.valid, source: "a.yaml", baseDirectory: nil)
        let b = try PipelineDefinition(yaml: Self.valid + "\n# a comment\n", source: "b.yaml", baseDirectory: "/x")
        #expect(a.fingerprint == b.fingerprint)
        #expect(a.fingerprint.count == 64)
        let renamed = try PipelineDefinition(yaml: Self.valid.replacingOccurrences(of: "name: test", with: "name: other"),
                                             source: "c.yaml", baseDirectory: nil)
        #expect(renamed.fingerprint != a.fingerprint)
        #expect(a.identity == "test@" + a.fingerprint.prefix(12))
    }

    @Test func setOptionOverridesAndRejectsUnknowns() throws {
        var d = try PipelineDefinition.builtIn()
        try d.setOption("language", ofStage: "segmenter", to: .string("fr"))
        #expect(throws: PipelineFileError.self) { try d.setOption("nope", ofStage: "segmenter", to: .bool(true)) }
        #expect(throws: PipelineFileError.self) { try d.setOption("gazetteers", ofStage: "no-such-stage", to: .strings([])) }
    }
}
