import Foundation
import Testing
@testable import Gazette

@Suite struct DefaultGazetteersTests {
    @Test func defaultsCompile() throws {
        var count = 0
        for source in DefaultGazetteers.sources() { try source.forEachEntry { _ in count += 1 } }
        #expect(count > 30_000)
        // Every language gets the embedded lists after its own country names.
        let other = DefaultGazetteers.sources(language: "de")
        #expect(other.count == DefaultGazetteers.sources().count && other[0].name == "icu:regions@de")
    }

    @Test(arguments: [("DE", "Allemagne"), ("JP", "Japon"), ("US", "États-Unis")])
    func countriesComeFromICU(code: String, name: String) throws {
        let entries = try TSVGazetteerLoader.entries(
            in: String(decoding: DefaultGazetteers.countries(displayLocale: "fr").bytes, as: UTF8.self), file: "icu")
        #expect(entries.contains { $0.id == "iso3166:\(code)" && $0.name == name && $0.type == .location })
    }

    @Test func excludedRegionsAreLeftOut() throws {
        let text = String(decoding: DefaultGazetteers.countries(displayLocale: "fr", excluding: ["DM"]).bytes, as: UTF8.self)
        #expect(!text.contains("iso3166:DM"))
        #expect(text.contains("iso3166:FR"))
    }

    /// The embedded copy equals `pipelines/gazetteers/*.tsv` (run scripts/embed-gazetteers.py).
    @Test func embeddedCopyIsUpToDate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        for (name, text) in DefaultGazetteers.embedded {
            let path = root.appendingPathComponent("pipelines/gazetteers/\(name)").path
            guard let onDisk = FileManager.default.contents(atPath: path) else { continue }
            #expect(String(decoding: onDisk, as: UTF8.self) == text, "\(name) differs from its embedded copy")
        }
    }

    @Test func pipelineHasTheStage() throws {
        let pipeline = try Pipeline.french()
        #expect(pipeline.stages.map(\.qualifiedName).prefix(2) == ["segmenter@1", "entities@1"])
        #expect(throws: PipelineError.self) { try Pipeline(stages: [EntityRecognizer.french(includeDefaults: false)]) }
    }

    @Test func recordWritesEntitiesWithSortedKeys() throws {
        let source = GazetteerSource(name: "f.tsv", format: .tsv, bytes: Array("x\tORG\tExample Corp\t\n".utf8))
        let pipeline = try Pipeline(stages: [Segmenter(), EntityRecognizer.french(extra: [source], includeDefaults: false)])
        var document = Document(id: "d", text: "Chez Example Corp.")
        try pipeline.process(&document)
        let json = String(decoding: RecordWriter().record(document, stages: []), as: UTF8.self)
        #expect(json.contains(#""entities":[{"end":17,"id":"x","match":"exact","name":"Example Corp","start":5,"text":"Example Corp","type":"ORG","wikidata":null}]"#))
    }
}
